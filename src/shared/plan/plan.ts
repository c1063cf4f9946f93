/**
 * A year's plan for one organisation: which recurring duties apply, on which working days
 * they fall, and the dates that follow from the answers (换届, its reminder, 预备期满).
 * Pure: the calendar of working days is passed in (shared/plan/holidays for the real one).
 */
import { monthIndex } from '../assessment/months';
import { NOTICE_MONTHS, reckonedTermYears } from '../assessment/term-years';
import {
  addYears,
  chineseMonth,
  daysInMonth,
  firstOfMonth,
  formatDay,
  monthOf,
  parseDay,
  weekday,
  weekdayName,
  type IsoDate,
} from './days';
import type { WorkCalendar } from './holidays';
import type { Applies, DutyId, PlanAnswers, PlanClause, PlanTable, ResolvedDuty, RuleId } from './types';

export type { PlanAnswers, PlanClause, PlanTable } from './types';

/** "每月第一个星期五" (nth 1, weekday 5), "每月最后一个星期三" (nth -1), or "每月10日". */
export type DayRule = { kind: 'weekday'; nth: 1 | 2 | 3 | 4 | -1; weekday: number } | { kind: 'date'; day: number };

export interface PlanInput {
  answers: PlanAnswers;
  /** Both days included. */
  period: { start: IsoDate; end: IsoDate };
  rules: Readonly<Record<RuleId, DayRule>>;
  /** The days the 党员大会 admitted each probationary member (the 预备期 starts then). */
  probationStarts?: readonly IsoDate[];
}

export type EventKind = DutyId | 'term-due' | 'term-reminder' | 'probation-due';

export interface PlanEvent {
  kind: EventKind;
  date: IsoDate;
  title: string;
  clauses: readonly PlanClause[];
  /** The day the rule gave, when that was not a working day. */
  moved?: { from: IsoDate; reason: string };
  /** The holiday data has no arrangement for this year: only weekends were avoided. */
  unverified?: true;
}

export interface PlannedDuty {
  id: DutyId;
  title: string;
  /** How often, in the words of the frequency norm (or 按期/经常开展). */
  frequency: string;
  /** What the assessment makes of it when not done. */
  level: '须整改' | '建议';
  clauses: readonly PlanClause[];
  timing: readonly PlanClause[];
  /** dated: the plan gives its days; as-due / superior: no dates, and why. */
  schedule: 'dated' | 'as-due' | 'superior';
  events: readonly PlanEvent[];
  notes: readonly string[];
}

/** A date that follows from the answers; `event` is set when it falls within the period. */
export interface Milestone {
  kind: 'term-due' | 'term-reminder' | 'term-overdue' | 'probation-due';
  text: string;
  clauses: readonly PlanClause[];
  event?: PlanEvent;
}

export interface Plan {
  period: { start: IsoDate; end: IsoDate };
  duties: readonly PlannedDuty[];
  milestones: readonly Milestone[];
  /** Every dated event, duties and milestones, by date. */
  events: readonly PlanEvent[];
  /** Years of the period the holiday data does not cover. */
  uncoveredYears: readonly number[];
  /** Month (index) the plan starts from because the organisation was founded then. */
  foundedFrom?: number;
}

/** The day of the month a rule names (before any move off a holiday). */
export function ruleDay(rule: DayRule, year: number, month: number): number {
  const last = daysInMonth(year, month);
  if (rule.kind === 'date') return Math.min(Math.max(1, Math.trunc(rule.day)), last);
  if (rule.nth === -1) return last - ((weekday(year, month, last) - rule.weekday + 7) % 7);
  return 1 + ((rule.weekday - weekday(year, month, 1) + 7) % 7) + (rule.nth - 1) * 7;
}

/** e.g. 每月第一个星期五, 每月最后一个星期三, 每月10日 */
export function describeRule(rule: DayRule): string {
  if (rule.kind === 'date') return `每月${rule.day}日`;
  const nth = rule.nth === -1 ? '最后一个' : `第${['一', '二', '三', '四'][rule.nth - 1]}个`;
  return `每月${nth}${weekdayName(rule.weekday)}`;
}

/**
 * The working day for `date`: itself, else the next working day of the same month, else
 * (near a month's end) the last working day before it. Null when the month has none.
 */
export function workingDay(date: IsoDate, calendar: WorkCalendar): { date: IsoDate; moved?: { from: IsoDate; reason: string } } | null {
  if (calendar.isWorkday(date)) return { date };
  const p = parseDay(date);
  if (p === null) return null;
  const last = daysInMonth(p.year, p.month);
  const order = [
    ...Array.from({ length: last - p.day }, (_, i) => p.day + 1 + i),
    ...Array.from({ length: p.day - 1 }, (_, i) => p.day - 1 - i),
  ];
  const found = order.map((d) => formatDay(p.year, p.month, d)).find((d) => calendar.isWorkday(d));
  if (found === undefined) return null;
  const reason = calendar.holidayName(date) ?? weekdayName(weekday(p.year, p.month, p.day));
  return { date: found, moved: { from: date, reason } };
}

interface Context {
  input: PlanInput;
  table: PlanTable;
  calendar: WorkCalendar;
  startMonth: number;
  endMonth: number;
}

const inPeriod = (ctx: Context, date: IsoDate): boolean => date >= ctx.input.period.start && date <= ctx.input.period.end;

function makeEvent(
  ctx: Context,
  kind: EventKind,
  title: string,
  clauses: readonly PlanClause[],
  day: { date: IsoDate; moved?: { from: IsoDate; reason: string } },
): PlanEvent {
  const event: PlanEvent = { kind, date: day.date, title, clauses };
  if (day.moved) event.moved = day.moved;
  if (!ctx.calendar.covers(Number(day.date.slice(0, 4)))) event.unverified = true;
  return event;
}

/** The working day a rule gives in a month, if it falls within the period. */
function ruleDate(ctx: Context, rule: DayRule, month: number): { date: IsoDate; moved?: { from: IsoDate; reason: string } } | null {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const day = workingDay(formatDay(year, m, ruleDay(rule, year, m)), ctx.calendar);
  return day && inPeriod(ctx, day.date) ? day : null;
}

/** Months of the period the plan covers: from the founding month on, if it falls later. */
function months(ctx: Context, founded: number | null): number[] {
  const from = founded !== null && founded > ctx.startMonth ? founded : ctx.startMonth;
  return Array.from({ length: Math.max(0, ctx.endMonth - from + 1) }, (_, i) => from + i);
}

/** One day per calendar year, in its fourth quarter: the latest Q4 month of the period with a rule date. */
function yearEndDays(ctx: Context, covered: readonly number[]): ReturnType<typeof ruleDate>[] {
  const years = [...new Set(covered.map((m) => Math.floor(m / 12)))];
  return years.map((y) => {
    const q4 = covered.filter((m) => Math.floor(m / 12) === y && m % 12 >= 9).reverse();
    for (const m of q4) {
      const day = ruleDate(ctx, ctx.input.rules.themed, m);
      if (day) return day;
    }
    return null;
  });
}

function dutyEvents(ctx: Context, duty: ResolvedDuty, clauses: readonly PlanClause[], covered: readonly number[]): PlanEvent[] {
  const c = duty.cadence;
  const days: ReturnType<typeof ruleDate>[] = [];
  if (c.kind === 'monthly') {
    for (const m of covered) days.push(ruleDate(ctx, ctx.input.rules[c.rule], m));
  } else if (c.kind === 'quarterly') {
    const quarters = [...new Set(covered.map((m) => Math.floor(m / 3)))];
    for (const q of quarters) {
      const day = covered
        .filter((m) => Math.floor(m / 3) === q)
        .map((m) => ruleDate(ctx, ctx.input.rules[c.rule], m))
        .find((d) => d !== null);
      days.push(day ?? null);
    }
  } else if (c.kind === 'year-end') {
    days.push(...yearEndDays(ctx, covered));
  }
  return days.flatMap((d) => (d ? [makeEvent(ctx, duty.id, duty.title, clauses, d)] : []));
}

const APPLIES: Readonly<Record<Applies, (a: PlanAnswers) => boolean>> = {
  own: (a) => a.organisationForm === 'branch' || a.organisationForm === 'higher',
  committee: (a) => a.organisationForm === 'higher' || (a.organisationForm === 'branch' && a.hasCommittee === true),
  groups: (a) => (a.organisationForm === 'branch' || a.organisationForm === 'higher') && a.hasPartyGroups === true,
  // 支部工作条例第二十五条、第二十七条 are the branch secretary's duties.
  'branch-secretary': (a) => a.organisationForm === 'branch' && a.hasSecretary === true,
  joint: (a) => a.organisationForm === 'joint',
};

function plannedDuty(ctx: Context, duty: ResolvedDuty, covered: readonly number[]): PlannedDuty {
  const higher = duty.higherNote !== undefined && ctx.input.answers.organisationForm === 'higher' ? duty.higherNote : undefined;
  const schedule = duty.cadence.kind === 'as-due' ? 'as-due' : duty.cadence.kind === 'superior' ? 'superior' : 'dated';
  return {
    id: duty.id,
    title: duty.title,
    frequency: duty.frequency,
    level: higher ? '建议' : duty.level,
    clauses: duty.clauses,
    timing: duty.timing,
    schedule,
    events: schedule === 'dated' ? dutyEvents(ctx, duty, [...duty.clauses, ...duty.timing], covered) : [],
    notes: higher ? [...duty.notes, higher] : duty.notes,
  };
}

function termClauses(a: PlanAnswers, table: PlanTable): PlanClause[] {
  if (a.organisationForm === 'higher') return table.term.higher;
  return a.hasCommittee === true ? table.term.committee : table.term.branch;
}

function termMilestones(ctx: Context): Milestone[] {
  const a = ctx.input.answers;
  if (a.organisationForm !== 'branch' && a.organisationForm !== 'higher') return [];
  const elected = a.lastElection === undefined ? null : monthIndex(a.lastElection);
  if (elected === null) return [];
  // As the assessment reckons it, an unknown term included.
  const known = a.termYears !== undefined && a.termYears !== 'unknown';
  const years = reckonedTermYears(a.termYears, a.organisationForm === 'higher');
  const due = elected + years * 12;
  const reminder = due - NOTICE_MONTHS;
  const term = termClauses(a, ctx.table);
  const reminderClauses = ctx.table.reminder;
  // The first working day of the month; in the period's first month, from the period's first day.
  const monthDay = (month: number) => {
    const day = workingDay(month === ctx.startMonth ? ctx.input.period.start : firstOfMonth(month), ctx.calendar);
    return day && inPeriod(ctx, day.date) ? day : null;
  };
  const out: Milestone[] = [];
  const basis = `按${years}年任期${known ? '' : '（未填批准的任期）'}、上次换届${chineseMonth(elected)}推算`;
  if (due < ctx.startMonth) {
    out.push({ kind: 'term-overdue', text: `${basis}，本届任期已于${chineseMonth(due)}届满，应当及时换届。`, clauses: term });
    return out;
  }
  const dueDay = due <= ctx.endMonth ? monthDay(due) : null;
  const dueMilestone: Milestone = {
    kind: 'term-due',
    text: `${basis}，本届任期于${chineseMonth(due)}届满，届时应当进行换届选举。`,
    clauses: term,
  };
  if (dueDay) dueMilestone.event = makeEvent(ctx, 'term-due', `换届：本届任期于${chineseMonth(due)}届满`, term, dueDay);
  const reminderMilestone: Milestone = {
    kind: 'term-reminder',
    text:
      reminder < ctx.startMonth
        ? `距本届任期届满已不足6个月（届满前6个月为${chineseMonth(reminder)}），应当着手做好换届准备。`
        : `${chineseMonth(reminder)}距届满6个月：上级党组织一般在此时提醒做好换届准备，本会可同时着手准备。`,
    clauses: reminderClauses,
  };
  const reminderDay = reminder >= ctx.startMonth && reminder <= ctx.endMonth ? monthDay(reminder) : null;
  if (reminderDay)
    reminderMilestone.event = makeEvent(ctx, 'term-reminder', '换届提醒：距本届任期届满6个月，做好换届准备', reminderClauses, reminderDay);
  out.push(reminderMilestone, dueMilestone);
  return out;
}

function probationMilestones(ctx: Context): Milestone[] {
  const clauses = ctx.table.probation;
  const starts = [...new Set(ctx.input.probationStarts ?? [])].filter((d) => parseDay(d) !== null).sort();
  return starts.map((start) => {
    const due = addYears(start, 1);
    const admitted = `${Number(start.slice(0, 4))}年${Number(start.slice(5, 7))}月${Number(start.slice(8, 10))}日`;
    const dueText = `${Number(due.slice(0, 4))}年${Number(due.slice(5, 7))}月${Number(due.slice(8, 10))}日`;
    const milestone: Milestone = {
      kind: 'probation-due',
      text:
        due < ctx.input.period.start
          ? `${admitted}接收的预备党员，预备期已于${dueText}期满，尚未讨论转正的应当及时讨论。`
          : `${admitted}接收的预备党员，预备期于${dueText}期满，党支部应当及时讨论其能否转为正式党员。`,
      clauses,
    };
    if (inPeriod(ctx, due))
      milestone.event = makeEvent(ctx, 'probation-due', `预备期满：${admitted}接收的预备党员`, clauses, { date: due });
    return milestone;
  });
}

/** The founding month, read defensively: an answer the questionnaire may or may not have. */
export function foundedMonthOf(answers: unknown): number | null {
  if (typeof answers !== 'object' || answers === null) return null;
  const value = (answers as Record<string, unknown>)['foundedMonth'];
  return typeof value === 'string' ? monthIndex(value) : null;
}

export function buildPlan(input: PlanInput, table: PlanTable, calendar: WorkCalendar): Plan {
  const ctx: Context = { input, table, calendar, startMonth: monthOf(input.period.start), endMonth: monthOf(input.period.end) };
  const founded = foundedMonthOf(input.answers);
  const covered = months(ctx, founded);
  const duties = table.duties.filter((d) => APPLIES[d.applies](input.answers)).map((d) => plannedDuty(ctx, d, covered));
  // 须整改-level duties first; the table's order otherwise (Array.prototype.sort is stable).
  duties.sort((x, y) => (x.level === y.level ? 0 : x.level === '须整改' ? -1 : 1));
  const milestones = [...termMilestones(ctx), ...probationMilestones(ctx)];
  const events = [...duties.flatMap((d) => d.events), ...milestones.flatMap((m) => (m.event ? [m.event] : []))].sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : 0,
  );
  const years = Array.from(
    { length: Math.floor(ctx.endMonth / 12) - Math.floor(ctx.startMonth / 12) + 1 },
    (_, i) => Math.floor(ctx.startMonth / 12) + i,
  );
  const plan: Plan = { period: input.period, duties, milestones, events, uncoveredYears: years.filter((y) => !calendar.covers(y)) };
  if (founded !== null && founded > ctx.startMonth) plan.foundedFrom = founded;
  return plan;
}
