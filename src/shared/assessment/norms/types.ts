/**
 * The shape of a norm: what the clause says (quote, modal, strength), whom it
 * addresses, and, for the norms one evaluator judges (rules/evaluate.ts), what the
 * check measures, over which period and for which organisations.
 */
import type { AnswerKey, AnswerValue, Coverage, StepId } from '../types';
import type { OrgForm } from './forms';

/**
 * binding: 应当/必须/设…; normally: 一般; permissive: 可以/注重; recommended: only the
 * explainer says it; task: a 基本任务/职责 clause without a modal word, the legal
 * basis of a field of work rather than a measurable duty.
 */
export type Strength = 'binding' | 'normally' | 'permissive' | 'recommended' | 'task';

/**
 * One vocabulary for questionnaire steps, norm groups and rule files: a group is a step
 * (every step but 基本情况), and each has its data file, norms/<group>.json.
 */
export const NORM_GROUPS = ['organisation', 'term', 'life', 'role', 'development'] as const satisfies readonly Exclude<StepId, 'basics'>[];
export type NormGroup = (typeof NORM_GROUPS)[number];
/** Anchor id of a numbered section of the seed explainer (四（一） is si-1); the section itself, found by it, is node/data/explainers' ExplainerSection. */
export type ExplainerSectionId = 'si-1' | 'si-2' | 'si-3';

export type NormSource =
  | { kind: 'regulation'; slug: string; article: number; /** e.g. 第二款, 第（三）项 */ detail?: string }
  | { kind: 'explainer'; section: ExplainerSectionId };

/** The kinds of party organisation a norm can apply to (rules/applicability.ts derives it from the answers). */
export const ORG_KINDS = [
  'branch-committee', // 党支部 with a 支部委员会
  'branch-secretary', // 党支部 with a secretary and no committee
  'general-branch', // 党总支
  'party-committee', // 党委
  'joint', // members in a 联合党支部 of several units
  'none', // no organisation
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const OWN_KINDS: readonly OrgKind[] = ['branch-committee', 'branch-secretary', 'general-branch', 'party-committee'];
export const BRANCH_KINDS: readonly OrgKind[] = ['branch-committee', 'branch-secretary'];
export const COMMITTEE_KINDS: readonly OrgKind[] = ['branch-committee', 'general-branch', 'party-committee'];

export type Period = 'month' | 'quarter' | 'year';

/** Who a check applies to. */
export interface Applicability {
  kinds: readonly OrgKind[];
  /** Bounds on the branch's own 正式党员 (organisational relation in the branch), inclusive. */
  ownFormal?: { min?: number; max?: number };
  /** Answers that must have these values. */
  when?: readonly (readonly [AnswerKey, AnswerValue])[];
}

/**
 * What a check measures:
 * - count: at least `times` per period, prorated to the months the organisation existed;
 * - any: a count the texts give no frequency for (some = no standard to check, none = unmet);
 * - atMost: a count with an upper bound;
 * - yesno: done or not (or, with `metWhen: false`, a problem there or not); with
 *   `period: 'year'` a yearly duty;
 * - coverage: choice answers all | some | none (other values: not applicable), met
 *   when every answer is 'all', missed when every one is 'none'.
 */
export type Measure =
  | { kind: 'count'; answer: AnswerKey; times: number; period: Period }
  | { kind: 'any'; answer: AnswerKey }
  | { kind: 'atMost'; answer: AnswerKey; max: number }
  | { kind: 'yesno'; answer: AnswerKey; period?: 'year'; /** The answer that means met (default 是). */ metWhen?: boolean }
  | { kind: 'coverage'; answers: readonly AnswerKey[]; period?: 'year' };

/**
 * Texts of a check's finding. Placeholders: {window} (最近12个月, or the months since
 * founding), {n} (the count), {expected} (the prorated target). Text in “” must be
 * verbatim from a cited norm's quote (tested).
 */
export interface CheckTexts {
  met: string;
  /** Partly met (a count below target, some pairs); defaults to `none`. */
  partly?: string;
  none: string;
  action: string;
}

export interface NormCheck {
  /** Id of the finding, stable across answers. */
  finding: string;
  measure: Measure;
  applies: Applicability;
  /** A binding norm that imposes the thing itself: a complete miss takes its level. */
  duty?: string;
  /** Quoted with the finding without deciding its level. */
  context?: readonly string[];
  /** Kinds for which the texts set the rhythm for another body: unmet is at most 建议. */
  referenceFor?: readonly OrgKind[];
  /** Said for those kinds: which body the texts speak of. */
  referenceNote?: string;
  /** Weight in the 工作覆盖 score (work-score.ts); 0 = not scored. */
  weight: number;
  texts: CheckTexts;
}

export interface Norm {
  id: string;
  group: NormGroup;
  coverage: Coverage;
  /** Short name, e.g. 党员大会. */
  topic: string;
  /** What it requires, in plain words. */
  requirement: string;
  /** How often, where the text says so. */
  frequency?: string;
  /** Who it applies to, in words (要求速查). */
  appliesTo: string;
  /**
   * Which forms of the association's organisation the requirement concerns, as 要求速查
   * filters them (a reading of appliesTo; the named sets are in ./forms); [] = shown
   * only when no form is chosen.
   */
  forms: readonly OrgForm[];
  source: NormSource;
  /** The clause, verbatim (after typographic normalisation). */
  quote: string;
  /** The word in the quote that sets the strength, e.g. 应当 or 一般. */
  modal: string;
  strength: Strength;
  /** Set when the duty lies with the superior organisation, not the association. */
  addressee?: 'superior';
  /** What the assessment counts as met. */
  met: string;
  /** The answers the check reads. */
  reads: readonly AnswerKey[];
  /** Set for the norms the table evaluator judges. */
  check?: NormCheck;
}

/** A record of a data file: its group is the file it is in. */
export type NormRecord = Omit<Norm, 'group'>;
