// The .ics export parsed back with ical.js, an iCalendar parser independent of the
// library that writes it: every event has a date, a title, a description quoting its
// clause, a UID and a DTSTAMP.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CHINESE_DAYS } from '../../../../src/shared/plan/holidays';
import { eventDescription, planToIcs } from '../../../../src/shared/plan/ics';
import { planTable } from '../../../../src/shared/plan/duties';
import { buildPlan, type PlanAnswers } from '../../../../src/shared/plan/plan';
import { SOURCE_TITLES } from '../../../support/answers';

const ANSWERS: PlanAnswers = {
  organisationForm: 'branch',
  hasCommittee: true,
  hasPartyGroups: false,
  hasSecretary: true,
  termYears: '3',
  lastElection: '2024-01',
};

const plan = buildPlan(
  {
    answers: ANSWERS,
    period: { start: '2026-01-01', end: '2026-12-31' },
    rules: { themed: { kind: 'weekday', nth: 1, weekday: 5 }, committee: { kind: 'weekday', nth: 1, weekday: 1 } },
    probationStarts: ['2025-09-20'],
  },
  planTable(SOURCE_TITLES),
  CHINESE_DAYS,
);
const LINKS = {
  'member-education-regulations#16': 'https://example.org/regulations/member-education-regulations/ch-3/#art-16',
};
const STAMP = new Date(Date.UTC(2025, 11, 20, 8, 30));
const text = planToIcs(plan, {
  organisation: '某市示例行业协会',
  links: LINKS,
  planUrl: 'https://example.org/assessment/plan/',
  stamp: STAMP,
});
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent');

describe('the .ics file', () => {
  it('is an iCalendar 2.0 file with a product id and the association’s name', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('example.org');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('某市示例行业协会年度党建工作安排');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('has one event per dated occurrence, each with date, title, description with its clause, UID and DTSTAMP', () => {
    expect(plan.events.length).toBeGreaterThan(25);
    expect(events).toHaveLength(plan.events.length);
    const uids = new Set<string>();
    events.forEach((component, i) => {
      const event = new ICAL.Event(component);
      const planned = plan.events[i]!;
      expect(event.startDate.isDate, planned.title).toBe(true);
      expect(event.startDate.toString()).toBe(planned.date);
      expect(event.endDate.toString()).toBe(
        new Date(Date.UTC(+planned.date.slice(0, 4), +planned.date.slice(5, 7) - 1, +planned.date.slice(8) + 1)).toISOString().slice(0, 10),
      );
      expect(event.summary).toBe(`${planned.title}（某市示例行业协会）`);
      expect(event.description).toBe(eventDescription(planned, LINKS));
      expect(event.description).toContain(`依据：${planned.clauses[0]!.label}：“${planned.clauses[0]!.quote}”`);
      expect(event.uid).toMatch(/@example\.org$/);
      uids.add(event.uid);
      const stamp = component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toJSDate().toISOString()).toBe(STAMP.toISOString());
    });
    expect(uids.size).toBe(events.length);
  });

  it('links each event to its clause on the site, and says when a date was moved off a holiday', () => {
    const themed = events
      .map((c) => new ICAL.Event(c))
      .find((e) => e.startDate.toString() === '2026-10-08' && e.summary.startsWith('主题党日'))!;
    expect(themed.component.getFirstPropertyValue('url')).toBe(LINKS['member-education-regulations#16']);
    expect(themed.description).toContain(LINKS['member-education-regulations#16']);
    expect(themed.description).toContain('按规则原定2026年10月2日（星期五），当天为国庆节，顺延至本日。');
  });

  it('carries the dates that follow from the answers: the 换届 reminder and the end of a 预备期', () => {
    const titles = events.map((c) => `${new ICAL.Event(c).startDate.toString()} ${new ICAL.Event(c).summary}`);
    expect(titles).toContain('2026-07-01 换届提醒：距本届任期届满6个月，做好换届准备（某市示例行业协会）');
    expect(titles).toContain('2026-09-20 预备期满：2025年9月20日接收的预备党员（某市示例行业协会）');
  });

  it('keeps UIDs stable for one association and apart for another', () => {
    const again = planToIcs(plan, {
      organisation: '某市示例行业协会',
      links: LINKS,
      planUrl: 'https://example.org/assessment/plan/',
      stamp: new Date(),
    });
    const other = planToIcs(plan, {
      organisation: '另一协会',
      links: LINKS,
      planUrl: 'https://example.org/assessment/plan/',
      stamp: STAMP,
    });
    const uids = (t: string) => new ICAL.Component(ICAL.parse(t)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).uid);
    expect(uids(again)).toEqual(uids(text));
    expect(uids(other).some((u) => uids(text).includes(u))).toBe(false);
  });

  it('says in the description when the holiday data does not cover the year', () => {
    const beyond = buildPlan(
      {
        answers: ANSWERS,
        period: { start: '2040-01-01', end: '2040-12-31' },
        rules: { themed: { kind: 'date', day: 10 }, committee: { kind: 'date', day: 3 } },
      },
      planTable(SOURCE_TITLES),
      CHINESE_DAYS,
    );
    const first = new ICAL.Event(
      new ICAL.Component(
        ICAL.parse(planToIcs(beyond, { organisation: '', links: {}, planUrl: 'https://example.org/assessment/plan/', stamp: STAMP })),
      ).getFirstSubcomponent('vevent')!,
    );
    expect(first.description).toContain('2040年的节假日安排尚未收录，本日期只避开了周末');
    expect(first.summary).not.toContain('（');
  });
});
