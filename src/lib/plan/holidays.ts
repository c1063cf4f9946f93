/**
 * Working days from the `chinese-days` package: the State Council's public holidays and
 * 调休 (weekend days worked in lieu), as it publishes them year by year. The package's
 * own functions are given Date objects made from local parts: it reads a Date with local
 * getters, so this holds in any time zone.
 *
 * For a year the package has no arrangement for, it only knows weekends; such a year is
 * reported as not covered, and the plan says so instead of presenting a guess.
 */
import { getDayDetail, getHolidaysInRange, isWorkday } from 'chinese-days';
import { parseDay, type IsoDate } from './days';

/** What the plan needs of a calendar; tests may pass a synthetic one. */
export interface WorkCalendar {
  isWorkday(date: IsoDate): boolean;
  /** The holiday's Chinese name (e.g. 国庆节) when the day is a public holiday, else null. */
  holidayName(date: IsoDate): string | null;
  /** Whether the year's holiday arrangement is known. */
  covers(year: number): boolean;
}

const local = (date: IsoDate): Date => {
  const p = parseDay(date);
  if (p === null) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(p.year, p.month - 1, p.day);
};

const coverage = new Map<number, boolean>();

/** A year is covered when the package lists any public holiday in it (元旦 at least). */
function covers(year: number): boolean {
  let known = coverage.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(new Date(year, 0, 1), new Date(year, 11, 31), false).length > 0;
    coverage.set(year, known);
  }
  return known;
}

export const CHINESE_DAYS: WorkCalendar = {
  isWorkday: (date) => isWorkday(local(date)),
  holidayName(date) {
    const detail = getDayDetail(local(date));
    // Holidays are named "National Day,国庆节,3"; ordinary days by their English weekday.
    const name = detail.name.split(',')[1];
    return !detail.work && name !== undefined ? name : null;
  },
  covers,
};

/** The first and last year with holiday data, scanning the years a plan can reach. */
export function coveredYears(calendar: WorkCalendar, from = 2000, to = 2100): { first: number; last: number } | null {
  const years: number[] = [];
  for (let y = from; y <= to; y++) if (calendar.covers(y)) years.push(y);
  return years.length === 0 ? null : { first: years[0]!, last: years[years.length - 1]! };
}
