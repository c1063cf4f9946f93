/**
 * The recurring duties of a year's plan, read off the assessment's norm table: each duty
 * names the norms (shared/assessment/norms) that impose it and set how often, and when in the
 * year the texts place it. Nothing here restates a norm; the few clauses the plan needs
 * beyond the table (when a duty falls, how long a 预备期 lasts) are quoted in
 * TIMING_CLAUSES, verbatim, and checked against the corpus by tests/build/plan-quotes.test.ts.
 *
 * planTable() resolves it all at build time: the page hands the result to the island as
 * JSON, so the norm table does not travel in the plan page's JavaScript.
 */
import { citationKey } from '../assessment/citable';
import { cite, citeNorm, type SourceTitles } from '../assessment/citations';
import { findNorm, unmetLevel, type Norm } from '../assessment/norms';
import { BWR, PC } from '../assessment/norms/sources';
import type { Applies, Cadence, DutyId, PlanClause, PlanTable, ResolvedDuty } from './types';

/** A clause the plan quotes for timing, not for an obligation: it has no strength of its own. */
export interface TimingClause {
  slug: string;
  article: number;
  quote: string;
}

export const TIMING_CLAUSES = {
  themedDayFixed: { slug: BWR, article: 16, quote: '党支部每月相对固定1天开展主题党日' },
  lifeMeetingQ4: { slug: BWR, article: 17, quote: '一般安排在第四季度' },
  reviewWithLifeMeeting: { slug: BWR, article: 18, quote: '民主评议党员可以结合组织生活会一并进行' },
  probationYear: { slug: PC, article: 7, quote: '预备党员的预备期为一年' },
  probationDue: { slug: PC, article: 7, quote: '预备党员预备期满，党的支部应当及时讨论他能否转为正式党员' },
} as const satisfies Record<string, TimingClause>;

export interface DutyDefinition {
  id: DutyId;
  /** What the calendar event is called. */
  title: string;
  /** The norms that impose the duty and set its frequency, the frequency's first. */
  norms: readonly string[];
  timing?: readonly TimingClause[];
  cadence: Cadence;
  applies: Applies;
  note?: string;
  higherNote?: string;
}

const YEAR_END_NOTE = '条文没有规定具体日期，本表安排在第四季度组织生活会的同一天，可按上级党组织的安排调整（本站的安排）。';

export const DUTIES: readonly DutyDefinition[] = [
  {
    id: 'themed-day',
    title: '主题党日',
    norms: ['med16-themed-day'],
    timing: [TIMING_CLAUSES.themedDayFixed],
    cadence: { kind: 'monthly', rule: 'themed' },
    applies: 'own',
  },
  {
    id: 'general-meeting',
    title: '党员大会',
    norms: ['bwr11-general', 'bwr16-duty'],
    cadence: { kind: 'quarterly', rule: 'themed' },
    applies: 'own',
    note: '本表安排在每季度第一个月的主题党日当天（本站的安排）。',
  },
  {
    id: 'committee-meeting',
    title: '委员会会议',
    norms: ['bwr12-committee', 'bwr16-duty'],
    cadence: { kind: 'monthly', rule: 'committee' },
    applies: 'committee',
    higherNote: '本站收录的法规只规定了党支部委员会会议的频次，党总支、党委委员会会议这里参照执行。',
  },
  {
    id: 'group-meeting',
    title: '党小组会',
    norms: ['bwr13-group-meeting', 'bwr16-duty'],
    cadence: { kind: 'monthly', rule: 'themed' },
    applies: 'groups',
    note: '本表安排在主题党日当天（本站的安排）。',
  },
  {
    id: 'party-lecture',
    title: '党课',
    norms: ['bwr16-duty'],
    cadence: { kind: 'as-due', words: '按期' },
    applies: 'own',
    note: '本站收录的法规没有规定党支部党课的频次，本表不排日期，请按上级党组织的安排确定。',
  },
  {
    id: 'life-meeting',
    title: '组织生活会',
    norms: ['bwr17-life-meeting'],
    timing: [TIMING_CLAUSES.lifeMeetingQ4],
    cadence: { kind: 'year-end' },
    applies: 'own',
    note: '本表安排在第四季度中安排期间内最后一个月的主题党日当天（本站的安排）。',
  },
  {
    id: 'democratic-review',
    title: '民主评议党员',
    norms: ['bwr18-review', 'med18-review'],
    timing: [TIMING_CLAUSES.reviewWithLifeMeeting],
    cadence: { kind: 'year-end' },
    applies: 'own',
    note: '本表与组织生活会安排在同一天。',
  },
  {
    id: 'secretary-report',
    title: '书记述职',
    norms: ['bwr27-report'],
    cadence: { kind: 'year-end' },
    applies: 'branch-secretary',
    note: YEAR_END_NOTE,
  },
  {
    id: 'heart-to-heart',
    title: '谈心谈话',
    norms: ['bwr19-talks', 'bwr19-talks-yearly'],
    cadence: { kind: 'as-due', words: '经常开展' },
    applies: 'own',
    note: '条文要求经常开展，不规定日期，本表不排日期；组织生活会前应当谈心谈话、听取意见（支部工作条例第十七条）。',
  },
  {
    id: 'secretary-training',
    title: '书记参加集中轮训',
    norms: ['bwr25-training'],
    cadence: { kind: 'superior', words: '由县级以上党组织安排' },
    applies: 'branch-secretary',
    note: '轮训由县级以上党组织举办，日期以其通知为准，本表不排日期。',
  },
  {
    id: 'joint-life',
    title: '参加联合党支部组织生活',
    norms: ['pc8-member-life', 'bwr16-duty'],
    cadence: { kind: 'as-due', words: '按期' },
    applies: 'joint',
    note: '本会党员的组织生活由所在联合党支部安排，日期以联合党支部的通知为准，本表不排日期。',
  },
];

function norms(ids: readonly string[]): Norm[] {
  return ids.map((id) => {
    const found = findNorm(id);
    if (!found) throw new RangeError(`plan: unknown norm ${id}`);
    return found;
  });
}

const normClause = (titles: SourceTitles, n: Norm): PlanClause => {
  const c = citeNorm(titles, n);
  return { label: c.label, key: citationKey(c), quote: n.quote, strength: n.strength };
};

const timingClause = (titles: SourceTitles, t: TimingClause): PlanClause => {
  const c = cite(titles, t.slug, t.article);
  return { label: c.label, key: citationKey(c), quote: t.quote };
};

/** The level an unmet duty gets in the assessment: 须整改 when any of its norms binds the association. */
export function dutyLevel(list: readonly Norm[]): '须整改' | '建议' {
  return list.some((n) => unmetLevel(n) === '须整改') ? '须整改' : '建议';
}

function frequency(duty: DutyDefinition, list: readonly Norm[]): string {
  if (duty.cadence.kind === 'as-due' || duty.cadence.kind === 'superior') {
    const set = list.find((n) => n.frequency !== undefined)?.frequency;
    return set === undefined ? duty.cadence.words : `${duty.cadence.words}，${set}`;
  }
  return list[0]?.frequency ?? '';
}

function resolve(titles: SourceTitles, duty: DutyDefinition): ResolvedDuty {
  const list = norms(duty.norms);
  const resolved: ResolvedDuty = {
    id: duty.id,
    title: duty.title,
    cadence: duty.cadence,
    applies: duty.applies,
    frequency: frequency(duty, list),
    level: dutyLevel(list),
    clauses: list.map((n) => normClause(titles, n)),
    timing: (duty.timing ?? []).map((t) => timingClause(titles, t)),
    notes: duty.note ? [duty.note] : [],
  };
  if (duty.higherNote) resolved.higherNote = duty.higherNote;
  return resolved;
}

/** The plan's duties and clauses; `titles` name the cited sources (SourceTitles). */
export function planTable(titles: SourceTitles): PlanTable {
  const clauses = (ids: readonly string[]): PlanClause[] => norms(ids).map((n) => normClause(titles, n));
  return {
    duties: DUTIES.map((d) => resolve(titles, d)),
    // As shared/assessment/rules/term reads the texts: 党章 for every committee, 支部工作条例 for a
    // branch committee, and for a branch without one only the explainer's 按期换届.
    term: {
      higher: clauses(['pc31-term', 'si1-term']),
      committee: clauses(['pc31-term', 'bwr21-term', 'si1-term']),
      branch: clauses(['si1-term']),
    },
    reminder: clauses(['bwr21-reminder']),
    probation: [TIMING_CLAUSES.probationYear, TIMING_CLAUSES.probationDue].map((t) => timingClause(titles, t)),
  };
}
