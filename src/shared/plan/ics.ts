/**
 * The plan as an iCalendar file (RFC 5545), written by ical-generator: one all-day event
 * per occurrence (dates moved off holidays do not follow a recurrence rule), with the
 * clauses quoted in the description and a link to each on the site. UIDs are stable for
 * an organisation, so importing an updated plan replaces its events instead of doubling them.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { checksum } from '../assessment/share';
import { addDays, chineseDate, parseDay, type IsoDate } from './days';
import type { Plan, PlanEvent } from './plan';

export interface IcsOptions {
  /** The association's name, as typed on the page (may be empty). */
  organisation: string;
  /** Absolute URL of each clause's article, by citationKey (null: not on the site). */
  links: Readonly<Record<string, string | null>>;
  /** Absolute URL of the plan page. */
  planUrl: string;
  /** DTSTAMP: when the file was made. */
  stamp: Date;
}

/** Midnight UTC of the day: ical-generator writes all-day dates with UTC getters. */
function utcDay(date: IsoDate): Date {
  const p = parseDay(date);
  if (p === null) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

export function eventDescription(event: PlanEvent, links: IcsOptions['links']): string {
  const lines = event.clauses.map((c) => {
    const link = links[c.key];
    return `依据：${c.label}：“${c.quote}”${link ? `\n${link}` : ''}`;
  });
  if (event.moved) lines.push(`按规则原定${chineseDate(event.moved.from)}，当天为${event.moved.reason}，顺延至本日。`);
  if (event.unverified) lines.push(`${event.date.slice(0, 4)}年的节假日安排尚未收录，本日期只避开了周末，请在国务院办公厅公布安排后核对。`);
  return lines.join('\n');
}

export function planFileName(plan: Plan): string {
  return `年度工作安排-${plan.period.start}至${plan.period.end}.ics`;
}

export function planToIcs(plan: Plan, options: IcsOptions): string {
  const name = options.organisation.trim();
  const host = new URL(options.planUrl).host;
  const calendar = ical({
    name: `${name || '本会'}年度党建工作安排`,
    description: `${chineseDate(plan.period.start, false)}至${chineseDate(plan.period.end, false)}，按自评答案生成：${options.planUrl}`,
    prodId: { company: host, product: 'plan', language: 'ZH' },
    // PUBLISH: a set of events to add, not an invitation to answer (how phones import a file).
    method: ICalCalendarMethod.PUBLISH,
  });
  const seen = new Map<string, number>();
  for (const event of plan.events) {
    const base = `${event.date}-${event.kind}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const firstLink = event.clauses.map((c) => options.links[c.key]).find((l) => l);
    calendar.createEvent({
      id: `${base}-${n}-${checksum(name)}@${host}`,
      start: utcDay(event.date),
      end: utcDay(addDays(event.date, 1)),
      allDay: true,
      stamp: options.stamp,
      summary: name ? `${event.title}（${name}）` : event.title,
      description: eventDescription(event, options.links),
      ...(firstLink ? { url: firstLink } : {}),
    });
  }
  return calendar.toString();
}
