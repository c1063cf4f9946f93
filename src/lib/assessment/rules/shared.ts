/**
 * Helpers shared by the rule modules.
 *
 * Level policy (see norms.ts): a rule names the norms its finding rests on, and the
 * level follows their wording: 须整改 only when a binding norm addressed to the
 * association is unmet; 建议 for 一般/可以 and for what only the explainer recommends.
 */
import { norm, type NormId, worstUnmetLevel } from '../norms';
import type { AnswerKey, Answers, Coverage, FindingLevel } from '../types';

/** A finding before its citations are resolved, plus the short to-do the action list shows. */
export interface RuleOutcome {
  id: string;
  level: FindingLevel;
  coverage: Coverage;
  text: string;
  norms: NormId[];
  action?: string;
}

/** One input to the work score: weight of the check and how far it is met (0–1). */
export interface WorkCheck {
  id: string;
  weight: number;
  fulfilment: number;
}

export function outcome(id: string, coverage: Coverage, level: FindingLevel, text: string, norms: NormId[], action?: string): RuleOutcome {
  const base: RuleOutcome = { id, level, coverage, text, norms };
  return (level === '须整改' || level === '建议') && action !== undefined ? { ...base, action } : base;
}

/** The level when the given norms are not met (須整改 if any of them binds the association). */
export function levelIfUnmet(...ids: NormId[]): '须整改' | '建议' {
  return worstUnmetLevel(ids.map(norm));
}

/** A check on norms: 已达标 when met, else the level their wording sets, with the to-do. */
export function normCheck(
  id: string,
  coverage: Coverage,
  met: boolean,
  norms: readonly NormId[],
  text: { met: string; unmet: string; action: string },
): RuleOutcome {
  return met
    ? outcome(id, coverage, '已达标', text.met, [...norms])
    : outcome(id, coverage, levelIfUnmet(...norms), text.unmet, [...norms], text.action);
}

export const hasOwnOrganisation = (a: Answers): boolean => a.organisationForm === 'branch' || a.organisationForm === 'higher';

/** A committee exists: a 党支部 with a 支部委员会, or a 党总支/党委. */
export const hasCommitteeBody = (a: Answers): boolean =>
  a.organisationForm === 'higher' || (a.organisationForm === 'branch' && a.hasCommittee === true);

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
