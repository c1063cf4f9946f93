import { describe, expect, it } from 'vitest';
import { CHINESE_DAYS, coveredYears, type WorkCalendar } from '../../../../src/shared/plan/holidays';
import {
  buildPlan,
  describeRule,
  foundedMonthOf,
  ruleDay,
  workingDay,
  type PlanAnswers,
  type PlanInput,
} from '../../../../src/shared/plan/plan';
import { DUTIES, planTable } from '../../../../src/shared/plan/duties';
import { DUTY_IDS } from '../../../../src/shared/plan/types';
import { getDayDetail } from 'chinese-days';
import { assess } from '../../../../src/shared/assessment/engine';
import { answersWith, FULL_CONTEXT, SOURCE_TITLES } from '../../../support/answers';

const TABLE = planTable(SOURCE_TITLES);

const BRANCH: PlanAnswers = {
  organisationForm: 'branch',
  hasCommittee: true,
  hasPartyGroups: true,
  hasSecretary: true,
  probationaryMembers: 1,
  termYears: '3',
  lastElection: '2024-01',
};

const FIRST_FRIDAY = { kind: 'weekday', nth: 1, weekday: 5 } as const;
const FIRST_MONDAY = { kind: 'weekday', nth: 1, weekday: 1 } as const;
const YEAR_2026 = { start: '2026-01-01', end: '2026-12-31' };

function input(answers: PlanAnswers, overrides: Partial<PlanInput> = {}): PlanInput {
  return { answers, period: YEAR_2026, rules: { themed: FIRST_FRIDAY, committee: FIRST_MONDAY }, ...overrides };
}

const plan = (answers: PlanAnswers, overrides: Partial<PlanInput> = {}, calendar: WorkCalendar = CHINESE_DAYS) =>
  buildPlan(input(answers, overrides), TABLE, calendar);
const dates = (p: ReturnType<typeof plan>, kind: string): string[] => p.events.filter((e) => e.kind === kind).map((e) => e.date);
const duty = (p: ReturnType<typeof plan>, id: string) => p.duties.find((d) => d.id === id);

/** Weekends only, and no year covered: what the plan sees beyond the holiday data. */
const WEEKENDS_ONLY: WorkCalendar = {
  isWorkday: (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
  holidayName: () => null,
  covers: () => false,
};

describe('duties table', () => {
  it('resolves every duty’s norms to their quoted clauses, and gives each a frequency', () => {
    expect(TABLE.duties.map((d) => d.id)).toEqual(DUTIES.map((d) => d.id));
    for (const [i, d] of TABLE.duties.entries()) {
      expect(d.clauses.length, d.id).toBe(DUTIES[i]!.norms.length);
      expect(d.frequency, d.id).not.toBe('');
    }
  });

  it('reads the holiday data as the package itself does, day by day over the years it covers', () => {
    const years = coveredYears(CHINESE_DAYS)!;
    for (let y = years.first; y <= years.last; y++) {
      for (let d = new Date(Date.UTC(y, 0, 1)); d.getUTCFullYear() === y; d.setUTCDate(d.getUTCDate() + 1)) {
        const iso = d.toISOString().slice(0, 10);
        const detail = getDayDetail(new Date(y, d.getUTCMonth(), d.getUTCDate()));
        if (CHINESE_DAYS.isWorkday(iso) !== detail.work) expect.fail(`${iso}: ${detail.name}`);
      }
    }
  });
});

describe('per organisation form', () => {
  it('a branch with a committee and party groups: every duty, 须整改 first, on working days', () => {
    const p = plan(BRANCH);
    // Every duty of an own organisation in table order, but 民主评议党员 (一般: 建议) after the 须整改 ones.
    expect(p.duties.map((d) => d.id)).toEqual([
      ...DUTY_IDS.filter((id) => id !== 'democratic-review' && id !== 'joint-life'),
      'democratic-review',
    ]);
    const levels = p.duties.map((d) => d.level);
    expect(levels.indexOf('建议')).toBeGreaterThan(levels.lastIndexOf('须整改'));
    expect(duty(p, 'democratic-review')?.level).toBe('建议');
    expect(duty(p, 'themed-day')?.level).toBe('须整改');
    expect(dates(p, 'themed-day')).toHaveLength(12);
    expect(dates(p, 'committee-meeting')).toHaveLength(12);
    expect(dates(p, 'group-meeting')).toHaveLength(12);
    // 2 January is 元旦; the 4th, a Sunday, is worked in lieu (调休).
    expect(dates(p, 'general-meeting')).toEqual(['2026-01-04', '2026-04-03', '2026-07-03', '2026-10-08']);
    // 第四季度: the latest Q4 month's 主题党日, with 民主评议 and 述职 on the same day.
    expect(dates(p, 'life-meeting')).toEqual(['2026-12-04']);
    expect(dates(p, 'democratic-review')).toEqual(['2026-12-04']);
    expect(dates(p, 'secretary-report')).toEqual(['2026-12-04']);
    for (const e of p.events) expect(CHINESE_DAYS.isWorkday(e.date), `${e.kind} ${e.date}`).toBe(true);
    expect(p.uncoveredYears).toEqual([]);
  });

  it('quotes each duty’s clauses with their strength, and the timing clauses apart', () => {
    const p = plan(BRANCH);
    const themed = duty(p, 'themed-day')!;
    expect(themed.frequency).toBe('每月1次');
    expect(themed.clauses[0]).toMatchObject({
      label: '《中国共产党党员教育管理工作条例》第十六条第二款',
      key: 'member-education-regulations#16',
      quote: '党支部应当每月开展1次主题党日',
      strength: 'binding',
    });
    expect(themed.timing[0]).toMatchObject({ key: 'branch-work-regulations#16', quote: '党支部每月相对固定1天开展主题党日' });
    expect(themed.timing[0]?.strength).toBeUndefined();
    expect(p.events.find((e) => e.kind === 'themed-day')?.clauses.map((c) => c.quote)).toContain('党支部应当每月开展1次主题党日');
  });

  it('党课 at branch level is 按期, with its clause and no date', () => {
    const lecture = duty(plan(BRANCH), 'party-lecture')!;
    expect(lecture).toMatchObject({ frequency: '按期', schedule: 'as-due', events: [], level: '须整改' });
    expect(lecture.clauses[0]?.quote).toContain('上党课');
  });

  it('a branch without a committee or groups: no committee or group meetings', () => {
    const p = plan({ ...BRANCH, hasCommittee: false, hasPartyGroups: false });
    expect(p.duties.map((d) => d.id)).not.toContain('committee-meeting');
    expect(p.duties.map((d) => d.id)).not.toContain('group-meeting');
    expect(dates(p, 'themed-day')).toHaveLength(12);
  });

  it('a 党总支 or 党委: its committee meets as a reference only (建议), and no branch secretary duties', () => {
    const p = plan({ organisationForm: 'higher', hasPartyGroups: false, hasSecretary: true, lastElection: '2024-01', termYears: '5' });
    const committee = duty(p, 'committee-meeting')!;
    expect(committee.level).toBe('建议');
    expect(committee.notes.join('')).toContain('参照执行');
    expect(p.duties.map((d) => d.id)).not.toContain('secretary-report');
    expect(p.duties.map((d) => d.id)).not.toContain('secretary-training');
  });

  it('members in a 联合党支部: the joint branch schedules their life, so no dates', () => {
    const p = plan({ organisationForm: 'joint' });
    expect(p.duties.map((d) => d.id)).toEqual(['joint-life']);
    expect(p.events).toEqual([]);
    expect(p.milestones).toEqual([]);
  });

  it('no organisation: nothing to plan', () => {
    expect(plan({ organisationForm: 'none' }).duties).toEqual([]);
  });
});

describe('founding month', () => {
  it('an organisation founded this year is planned from its founding month', () => {
    const p = plan({ ...BRANCH, foundedMonth: '2026-07' });
    expect(p.foundedFrom).toBe(2026 * 12 + 6);
    expect(dates(p, 'themed-day')).toEqual(['2026-07-03', '2026-08-07', '2026-09-04', '2026-10-08', '2026-11-06', '2026-12-04']);
    expect(dates(p, 'general-meeting')).toEqual(['2026-07-03', '2026-10-08']);
    expect(dates(p, 'life-meeting')).toEqual(['2026-12-04']);
  });

  it('founded mid-quarter, the quarter’s 党员大会 falls in the founding month', () => {
    expect(dates(plan({ ...BRANCH, foundedMonth: '2026-05' }), 'general-meeting')).toEqual(['2026-05-06', '2026-07-03', '2026-10-08']);
  });

  it('founded before the period: the whole period', () => {
    const p = plan({ ...BRANCH, foundedMonth: '2019-03' });
    expect(p.foundedFrom).toBeUndefined();
    expect(dates(p, 'themed-day')).toHaveLength(12);
  });

  it('reads the answer defensively', () => {
    expect(foundedMonthOf({ foundedMonth: '2026-07' })).toBe(2026 * 12 + 6);
    expect(foundedMonthOf({ foundedMonth: '2026-13' })).toBeNull();
    expect(foundedMonthOf({ foundedMonth: 202607 })).toBeNull();
    expect(foundedMonthOf({})).toBeNull();
    expect(foundedMonthOf(null)).toBeNull();
  });
});

describe('holidays moved', () => {
  it('a 主题党日 on 国庆节 moves to the next working day, saying why', () => {
    const october = plan(BRANCH).events.find((e) => e.kind === 'themed-day' && e.date.startsWith('2026-10'))!;
    // First Friday: 2 October, within 1–7 October off.
    expect(october.date).toBe('2026-10-08');
    expect(october.moved).toEqual({ from: '2026-10-02', reason: '国庆节' });
  });

  it('a Saturday worked in lieu (调休) is a working day; a weekday of the 春节 holiday is not', () => {
    const p = plan(BRANCH, { rules: { themed: { kind: 'date', day: 10 }, committee: { kind: 'date', day: 16 } } });
    expect(dates(p, 'themed-day')).toContain('2026-10-10'); // Saturday, 调休
    const february = p.events.find((e) => e.kind === 'committee-meeting' && e.date.startsWith('2026-02'))!;
    expect(february).toMatchObject({ date: '2026-02-24', moved: { from: '2026-02-16', reason: '春节' } });
  });

  it('a weekend day moves within its month; at the month’s end, back to its last working day', () => {
    expect(workingDay('2026-03-07', CHINESE_DAYS)).toEqual({ date: '2026-03-09', moved: { from: '2026-03-07', reason: '星期六' } });
    expect(workingDay('2026-05-31', CHINESE_DAYS)).toEqual({ date: '2026-05-29', moved: { from: '2026-05-31', reason: '星期日' } });
  });

  it('beyond the holiday data, dates only avoid weekends and say so', () => {
    const years = coveredYears(CHINESE_DAYS);
    expect(years?.first).toBeLessThanOrEqual(2026);
    const beyond = (years?.last ?? 2026) + 1;
    const p = plan(BRANCH, { period: { start: `${beyond}-01-01`, end: `${beyond}-12-31` } });
    expect(p.uncoveredYears).toEqual([beyond]);
    expect(p.events.length).toBeGreaterThan(0);
    expect(p.events.every((e) => e.unverified === true)).toBe(true);
    expect(plan(BRANCH).events.some((e) => e.unverified)).toBe(false);
  });
});

describe('a leap year', () => {
  it('a rule on the 29th gives 29 February in a leap year, and the last working day of February otherwise', () => {
    expect(ruleDay({ kind: 'date', day: 29 }, 2028, 2)).toBe(29);
    expect(ruleDay({ kind: 'date', day: 29 }, 2027, 2)).toBe(28);
    const rules = { themed: { kind: 'date', day: 29 }, committee: FIRST_MONDAY } as const;
    const leap = buildPlan(input(BRANCH, { period: { start: '2028-01-01', end: '2028-12-31' }, rules }), TABLE, WEEKENDS_ONLY);
    expect(dates(leap, 'themed-day')).toContain('2028-02-29'); // a Tuesday
    const common = buildPlan(input(BRANCH, { period: { start: '2027-01-01', end: '2027-12-31' }, rules }), TABLE, WEEKENDS_ONLY);
    // 28 February 2027 is a Sunday: back to Friday the 26th.
    expect(common.events.find((e) => e.kind === 'themed-day' && e.date.startsWith('2027-02'))).toMatchObject({
      date: '2027-02-26',
      moved: { from: '2027-02-28' },
    });
  });

  it('the last Friday of February 2028 counts its 29 days', () => {
    expect(ruleDay({ kind: 'weekday', nth: -1, weekday: 5 }, 2028, 2)).toBe(25);
    expect(ruleDay({ kind: 'weekday', nth: -1, weekday: 2 }, 2028, 2)).toBe(29);
  });

  it('a 预备期 that starts on 29 February ends on 28 February of the next year', () => {
    const p = buildPlan(
      input(BRANCH, { period: { start: '2025-01-01', end: '2025-12-31' }, probationStarts: ['2024-02-29'] }),
      TABLE,
      WEEKENDS_ONLY,
    );
    const due = p.milestones.find((m) => m.kind === 'probation-due')!;
    expect(due.event?.date).toBe('2025-02-28');
    expect(due.text).toContain('2025年2月28日期满');
    expect(due.clauses.map((c) => c.quote)).toContain('预备党员的预备期为一年');
  });
});

describe('换届 and its reminder', () => {
  it('the reminder falls six months before the term ends (支部工作条例第二十一条)', () => {
    const p = plan(BRANCH); // elected 2024-01 for 3 years: ends 2027-01, reminder 2026-07
    const reminder = p.milestones.find((m) => m.kind === 'term-reminder')!;
    expect(reminder.event?.date).toBe('2026-07-01');
    expect(reminder.clauses[0]?.quote).toContain('一般提前6个月');
    const due = p.milestones.find((m) => m.kind === 'term-due')!;
    expect(due.event).toBeUndefined(); // January 2027 is after the period
    expect(due.text).toContain('2027年1月届满');
    expect(due.clauses.map((c) => c.key)).toEqual(['party-constitution#31', 'branch-work-regulations#21', 'explainer#si-1']);
  });

  it('a plan across the end of the term dates the election; a reminder already past is said, not dated', () => {
    const p = plan(BRANCH, { period: { start: '2026-12-04', end: '2027-12-03' } });
    const due = p.milestones.find((m) => m.kind === 'term-due')!;
    expect(due.event?.date).toBe('2027-01-01');
    expect(due.event?.unverified).toBe(true); // 2027's holidays are not in the data
    const reminder = p.milestones.find((m) => m.kind === 'term-reminder')!;
    expect(reminder.event).toBeUndefined();
    expect(reminder.text).toContain('已不足6个月');
  });

  it('an overdue term says so without a date', () => {
    const p = plan({ ...BRANCH, lastElection: '2020-01' });
    expect(p.milestones.map((m) => m.kind)).toEqual(['term-overdue']);
    expect(p.milestones[0]?.text).toContain('2023年1月届满，应当及时换届');
  });

  it.each(['branch', 'higher'] as const)('a %s with an unknown term: due when the assessment reckons it', (form) => {
    const answers = { organisationForm: form, lastElection: '2024-01', termYears: 'unknown' } as const;
    const dueMonth = assess(answersWith(answers), FULL_CONTEXT).term?.dueMonth ?? '';
    expect(dueMonth).toBe(form === 'branch' ? '2027-01' : '2029-01');
    const due = plan({ ...BRANCH, ...answers }).milestones.find((m) => m.kind === 'term-due');
    expect(due?.text).toContain(`${dueMonth.slice(0, 4)}年${Number(dueMonth.slice(5))}月届满`);
  });

  it('a branch without a committee cites only the explainer’s 按期换届; a 党总支 the 党章', () => {
    const keys = (a: PlanAnswers) =>
      plan(a)
        .milestones.find((m) => m.kind === 'term-due')
        ?.clauses.map((c) => c.key);
    expect(keys({ ...BRANCH, hasCommittee: false })).toEqual(['explainer#si-1']);
    expect(keys({ organisationForm: 'higher', lastElection: '2024-01', termYears: '5' })).toEqual([
      'party-constitution#31',
      'explainer#si-1',
    ]);
  });
});

describe('day rules', () => {
  it('describes them in Chinese', () => {
    expect(describeRule(FIRST_FRIDAY)).toBe('每月第一个星期五');
    expect(describeRule({ kind: 'weekday', nth: -1, weekday: 3 })).toBe('每月最后一个星期三');
    expect(describeRule({ kind: 'date', day: 10 })).toBe('每月10日');
  });
});
