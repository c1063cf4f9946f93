/**
 * Helpers shared by the rule modules.
 *
 * Level policy (see norms/index.ts): a rule names the norms its finding rests on, and
 * the level follows their wording: 须整改 only when a binding norm addressed to the
 * association is unmet; 建议 for 一般/可以/tasks and for what only the explainer recommends.
 */
import { norm, type NormId, worstUnmetLevel } from '../norms';
import type { Answers, Coverage, FindingLevel, ReferenceKind } from '../types';

import { asksFormalElsewhere, elsewhereCount, memberTotal } from '../facts';
import type { OrgKind } from '../norms/types';

export { hasCommitteeBody, hasOwnOrganisation, memberTotal } from '../facts';

const num = (v: number | undefined): number => (typeof v === 'number' ? v : 0);
type PartialAnswers = Partial<Answers>;

/** A finding before its citations are resolved, plus the short to-do the action list shows. */
export interface RuleOutcome {
  id: string;
  level: FindingLevel;
  coverage: Coverage;
  text: string;
  norms: NormId[];
  action?: string;
  reference?: ReferenceKind;
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

/** A 供参考 outcome and why it is not judged. */
export function reference(id: string, coverage: Coverage, kind: ReferenceKind, text: string, norms: NormId[]): RuleOutcome {
  return { id, level: '供参考', coverage, text, norms, reference: kind };
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

/** 正式党员 whose relation is elsewhere: asked when there are probationary members too, else all of them. */
export const formalElsewhereCount = (a: PartialAnswers): number =>
  Math.min(num(a.formalMembers), asksFormalElsewhere(a) ? num(a.formalElsewhere) : elsewhereCount(a));

/** The branch's own 正式党员: their organisational relation is in it (支部工作条例第二十条 counts these). */
export const ownFormalMembers = (a: PartialAnswers): number => num(a.formalMembers) - formalElsewhereCount(a);

/** The branch's own members, formal and probationary (第四条第二款's 50). */
export const ownMembers = (a: PartialAnswers): number => Math.max(0, memberTotal(a) - elsewhereCount(a));

export function orgKind(a: PartialAnswers): OrgKind {
  switch (a.organisationForm) {
    case 'branch':
      return a.hasCommittee === true ? 'branch-committee' : 'branch-secretary';
    case 'higher':
      return a.higherForm === 'committee' ? 'party-committee' : 'general-branch';
    case 'joint':
      return 'joint';
    default:
      return 'none';
  }
}
