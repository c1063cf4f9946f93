/**
 * Types of the year's plan, shared by the duty table (resolved at build time, see
 * duties.json and duties.ts) and the plan logic (in the browser, see plan.ts). Plain data: the resolved
 * table travels to the island as JSON in the page.
 */
import type { Strength } from '../assessment/norms';
import type { OrganisationForm } from '../assessment/types';

/** Which of the user's day rules a dated duty follows. */
export const RULE_IDS = ['themed', 'committee'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * When a duty falls:
 * - monthly / quarterly: on the day its rule gives (the 主题党日's or the committee's);
 * - year-end: once a calendar year, in the fourth quarter (第十七条), on the 主题党日's day;
 * - as-due: the texts say 按期 or 经常 without a frequency, so the plan sets no date;
 * - superior: the superior organisation sets the date (e.g. 集中轮训).
 */
export type Cadence =
  | { kind: 'monthly'; rule: RuleId }
  | { kind: 'quarterly'; rule: RuleId }
  | { kind: 'year-end' }
  | { kind: 'as-due'; words: string }
  | { kind: 'superior'; words: string };

/** Which organisations a duty applies to (predicates in plan.ts). */
export const APPLIES = ['own', 'committee', 'groups', 'branch-secretary', 'joint'] as const;
export type Applies = (typeof APPLIES)[number];

/** The duties of the plan (duties.json has one record each, in this order). */
export const DUTY_IDS = [
  'themed-day',
  'general-meeting',
  'committee-meeting',
  'group-meeting',
  'party-lecture',
  'life-meeting',
  'democratic-review',
  'secretary-report',
  'heart-to-heart',
  'secretary-training',
  'joint-life',
] as const;
export type DutyId = (typeof DUTY_IDS)[number];

export interface PlanClause {
  /** e.g. 《中国共产党支部工作条例（试行）》第十一条 */
  label: string;
  /** citationKey of the article or section, for its link. */
  key: string;
  quote: string;
  /** Set for the norms; timing clauses have none. */
  strength?: Strength;
}

/** A duty with its norms resolved to quoted clauses. */
export interface ResolvedDuty {
  id: DutyId;
  title: string;
  cadence: Cadence;
  applies: Applies;
  /** How often, in the words of the frequency norm (or 按期/经常开展). */
  frequency: string;
  /** What the assessment makes of it when not done. */
  level: '须整改' | '建议';
  clauses: PlanClause[];
  timing: PlanClause[];
  /** Our notes on how the plan places it (shown as ours, never as the text's). */
  notes: string[];
  /** For a 党总支 or 党委, where the texts set the rhythm for a 党支部 only: a reference, so at most 建议. */
  higherNote?: string;
}

/** Everything the plan quotes, resolved from the norm table once, at build time. */
export interface PlanTable {
  duties: ResolvedDuty[];
  /** The clauses that set the term, by kind of organisation (as shared/assessment/rules/term reads them). */
  term: { higher: PlanClause[]; committee: PlanClause[]; branch: PlanClause[] };
  reminder: PlanClause[];
  probation: PlanClause[];
}

/** The answers the plan reads (a subset of the assessment's Answers, plus foundedMonth). */
export interface PlanAnswers {
  organisationForm: OrganisationForm;
  hasCommittee?: boolean;
  hasPartyGroups?: boolean;
  hasSecretary?: boolean;
  probationaryMembers?: number;
  /** As the assessment asks it; 'unknown' (or none) is reckoned as the assessment does (rules/term.ts). */
  termYears?: '3' | '4' | '5' | 'unknown';
  /** YYYY-MM of the last election. */
  lastElection?: string;
  /** YYYY-MM the organisation was founded: its first year is planned from that month on. */
  foundedMonth?: string;
}
