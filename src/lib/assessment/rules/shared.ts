/**
 * Helpers shared by the rule modules.
 *
 * Level policy: a requirement worded as binding in a corpus regulation
 * (应当/必须/一般每…) gives 须整改 when unmet; a practice that only the seed
 * article recommends, or a regulation states as optional, gives at most 建议.
 */
import { cite, citeArticle, citeDocument } from '../citations';
import type { AnswerKey, Answers, Citation, Coverage, Finding, FindingLevel } from '../types';

/** A finding plus the short to-do the action list shows when it is not 已达标. */
export interface RuleOutcome extends Finding {
  action?: string;
}

/** One input to the work score: weight of the check and how far it is met (0–1). */
export interface WorkCheck {
  id: string;
  weight: number;
  fulfilment: number;
}

export const PC = (article: number, detail?: string): Citation => cite('party-constitution', article, detail);
export const BWR = (article: number, detail?: string): Citation => cite('branch-work-regulations', article, detail);
export const MED = (article: number, detail?: string): Citation => cite('member-education-regulations', article, detail);
export const SGR = (article: number, detail?: string): Citation =>
  cite('social-group-registration-regulations', article, detail);
export const ARTICLE = citeArticle;
export const PENDING = citeDocument;

export function outcome(
  id: string,
  coverage: Coverage,
  level: FindingLevel,
  text: string,
  citations: Citation[],
  action?: string,
): RuleOutcome {
  const base: RuleOutcome = { id, level, coverage, text, citations };
  return level !== '已达标' && action !== undefined ? { ...base, action } : base;
}

export const hasOwnOrganisation = (a: Answers): boolean =>
  a.organisationForm === 'branch' || a.organisationForm === 'higher';

export const memberTotal = (a: Answers): number => a.formalMembers + a.probationaryMembers;

/** Reads an optional yes/no answer; absent means the question did not apply. */
export function yesNo(a: Answers, key: AnswerKey): boolean | undefined {
  const v = a[key];
  return typeof v === 'boolean' ? v : undefined;
}

export function count(a: Answers, key: AnswerKey): number | undefined {
  const v = a[key];
  return typeof v === 'number' ? v : undefined;
}
