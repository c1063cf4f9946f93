/**
 * Working days from the `chinese-days` package: the State Council's public holidays and
 * 调休 (weekend days worked in lieu), as it publishes them year by year. We read the data
 * file the package ships for this use (dist/chinese-days.json: holidays and workdays by
 * date); its functions come bundled with lunar calendars we do not need (about 9 kB gz
 * against 2.7 kB). A day is a working day when the data lists it as a workday, or when it
 * is a Monday to Friday the data does not list as a holiday: the package's own rule.
 *
 * A year without any holiday in the data has no arrangement yet (the State Council
 * publishes it late in the year before): such a year is reported as not covered, and the
 * plan says so instead of presenting a guess.
 */
import { holidays, workdays } from 'chinese-days/dist/chinese-days.json';
import { parseDay, weekday, type IsoDate } from './days';

/** What the plan needs of a calendar; tests may pass a synthetic one. */
export interface WorkCalendar {
  isWorkday(date: IsoDate): boolean;
  /** The holiday's Chinese name (e.g. 国庆节) when the day is a public holiday, else null. */
  holidayName(date: IsoDate): string | null;
  /** Whether the year's holiday arrangement is known. */
  covers(year: number): boolean;
}

const HOLIDAYS: Readonly<Record<string, string>> = holidays;
const WORKDAYS: Readonly<Record<string, string>> = workdays;
const YEARS = new Set(Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4))));

export const CHINESE_DAYS: WorkCalendar = {
  isWorkday(date) {
    const p = parseDay(date);
    if (p === null) throw new RangeError(`not an ISO date: ${date}`);
    const day = weekday(p.year, p.month, p.day);
    return date in WORKDAYS || (day >= 1 && day <= 5 && !(date in HOLIDAYS));
  },
  // Named "National Day,国庆节,3": English, Chinese, length of the holiday.
  holidayName: (date) => HOLIDAYS[date]?.split(',')[1] ?? null,
  covers: (year) => YEARS.has(year),
};

/** The first and last year with holiday data. */
export function coveredYears(calendar: WorkCalendar, from = 2000, to = 2100): { first: number; last: number } | null {
  const years: number[] = [];
  for (let y = from; y <= to; y++) if (calendar.covers(y)) years.push(y);
  return years.length === 0 ? null : { first: years[0]!, last: years[years.length - 1]! };
}
