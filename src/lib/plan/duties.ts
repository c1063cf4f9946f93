/**
 * The recurring duties of a year's plan, read off the assessment's norm table: each duty
 * names the norms (lib/assessment/norms) that impose it and set how often, and when in the
 * year the texts place it. Nothing here restates a norm; the few clauses the plan needs
 * beyond the table (when a duty falls, how long a 预备期 lasts) are quoted in
 * TIMING_CLAUSES, verbatim, and checked against the corpus by tests/build/plan-quotes.test.ts.
 */
import { findNorm, unmetLevel, type Norm } from '../assessment/norms';
import type { OrganisationForm } from '../assessment/types';

/** A clause the plan quotes for timing, not for an obligation: it has no strength of its own. */
export interface TimingClause {
  slug: string;
  article: number;
  quote: string;
}

const BWR = 'branch-work-regulations';

export const TIMING_CLAUSES = {
  themedDayFixed: { slug: BWR, article: 16, quote: '党支部每月相对固定1天开展主题党日' },
  lifeMeetingQ4: { slug: BWR, article: 17, quote: '一般安排在第四季度' },
  reviewWithLifeMeeting: { slug: BWR, article: 18, quote: '民主评议党员可以结合组织生活会一并进行' },
  probationYear: { slug: 'party-constitution', article: 7, quote: '预备党员的预备期为一年' },
  probationDue: { slug: 'party-constitution', article: 7, quote: '预备党员预备期满，党的支部应当及时讨论他能否转为正式党员' },
} as const satisfies Record<string, TimingClause>;

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

/** Which of the user's day rules a dated duty follows. */
export type RuleId = 'themed' | 'committee';

/** The answers a duty's applicability reads (a subset of the assessment's Answers). */
export interface DutyAnswers {
  organisationForm: OrganisationForm;
  hasCommittee?: boolean;
  hasPartyGroups?: boolean;
  hasSecretary?: boolean;
}

export type DutyId =
  | 'themed-day'
  | 'general-meeting'
  | 'committee-meeting'
  | 'group-meeting'
  | 'party-lecture'
  | 'life-meeting'
  | 'democratic-review'
  | 'secretary-report'
  | 'heart-to-heart'
  | 'secretary-training'
  | 'joint-life';

export interface DutyDefinition {
  id: DutyId;
  /** What the calendar event is called. */
  title: string;
  /** The norms that impose the duty and set its frequency, the frequency's first. */
  norms: readonly string[];
  timing?: readonly TimingClause[];
  cadence: Cadence;
  applies: (a: DutyAnswers) => boolean;
  /** Our note on how the plan places it (shown as ours, never as the text's). */
  note?: string;
  /** For a 党总支 or 党委, where the texts set the rhythm for a 党支部 only: a reference, so at most 建议. */
  higher?: { note: string };
}

const own = (a: DutyAnswers): boolean => a.organisationForm === 'branch' || a.organisationForm === 'higher';
const committeeBody = (a: DutyAnswers): boolean =>
  a.organisationForm === 'higher' || (a.organisationForm === 'branch' && a.hasCommittee === true);
const branchSecretary = (a: DutyAnswers): boolean => a.organisationForm === 'branch' && a.hasSecretary === true;

const YEAR_END_NOTE = '条文没有规定具体日期，本表安排在第四季度组织生活会的同一天，可按上级党组织的安排调整（本站的安排）。';

export const DUTIES: readonly DutyDefinition[] = [
  {
    id: 'themed-day',
    title: '主题党日',
    norms: ['med16-themed-day'],
    timing: [TIMING_CLAUSES.themedDayFixed],
    cadence: { kind: 'monthly', rule: 'themed' },
    applies: own,
  },
  {
    id: 'general-meeting',
    title: '党员大会',
    norms: ['bwr11-general', 'bwr16-duty'],
    cadence: { kind: 'quarterly', rule: 'themed' },
    applies: own,
    note: '本表安排在每季度第一个月的主题党日当天（本站的安排）。',
  },
  {
    id: 'committee-meeting',
    title: '委员会会议',
    norms: ['bwr12-committee', 'bwr16-duty'],
    cadence: { kind: 'monthly', rule: 'committee' },
    applies: committeeBody,
    higher: { note: '本站收录的法规只规定了党支部委员会会议的频次，党总支、党委委员会会议这里参照执行。' },
  },
  {
    id: 'group-meeting',
    title: '党小组会',
    norms: ['bwr13-group-meeting', 'bwr16-duty'],
    cadence: { kind: 'monthly', rule: 'themed' },
    applies: (a) => own(a) && a.hasPartyGroups === true,
    note: '本表安排在主题党日当天（本站的安排）。',
  },
  {
    id: 'party-lecture',
    title: '党课',
    norms: ['bwr16-duty'],
    cadence: { kind: 'as-due', words: '按期' },
    applies: own,
    note: '本站收录的法规没有规定党支部党课的频次，本表不排日期，请按上级党组织的安排确定。',
  },
  {
    id: 'life-meeting',
    title: '组织生活会',
    norms: ['bwr17-life-meeting'],
    timing: [TIMING_CLAUSES.lifeMeetingQ4],
    cadence: { kind: 'year-end' },
    applies: own,
    note: '本表安排在第四季度最后一个在安排期间内的月份的主题党日当天（本站的安排）。',
  },
  {
    id: 'democratic-review',
    title: '民主评议党员',
    norms: ['bwr18-review', 'med18-review'],
    timing: [TIMING_CLAUSES.reviewWithLifeMeeting],
    cadence: { kind: 'year-end' },
    applies: own,
    note: '本表与组织生活会安排在同一天。',
  },
  {
    id: 'secretary-report',
    title: '书记述职',
    norms: ['bwr27-report'],
    cadence: { kind: 'year-end' },
    applies: branchSecretary,
    note: YEAR_END_NOTE,
  },
  {
    id: 'heart-to-heart',
    title: '谈心谈话',
    norms: ['bwr19-talks', 'bwr19-talks-yearly'],
    cadence: { kind: 'as-due', words: '经常开展' },
    applies: own,
    note: '条文要求经常开展，不规定日期，本表不排日期；组织生活会前谈心谈话、听取意见（支部工作条例第十七条）。',
  },
  {
    id: 'secretary-training',
    title: '书记参加集中轮训',
    norms: ['bwr25-training'],
    cadence: { kind: 'superior', words: '由县级以上党组织安排' },
    applies: branchSecretary,
    note: '轮训由县级以上党组织举办，日期以其通知为准，本表不排日期。',
  },
  {
    id: 'joint-life',
    title: '参加联合党支部组织生活',
    norms: ['pc8-member-life', 'bwr16-duty'],
    cadence: { kind: 'as-due', words: '按期' },
    applies: (a) => a.organisationForm === 'joint',
    note: '本会党员的组织生活由所在联合党支部安排，日期以联合党支部的通知为准，本表不排日期。',
  },
];

/** The norms of a duty; a missing id is a programming error, caught by the unit tests. */
export function dutyNorms(duty: DutyDefinition): Norm[] {
  return duty.norms.map((id) => {
    const found = findNorm(id);
    if (!found) throw new RangeError(`duty ${duty.id}: unknown norm ${id}`);
    return found;
  });
}

/** The level an unmet duty gets in the assessment: 须整改 when any of its norms binds the association. */
export function dutyLevel(norms: readonly Norm[]): '须整改' | '建议' {
  return norms.some((n) => unmetLevel(n) === '须整改') ? '须整改' : '建议';
}
