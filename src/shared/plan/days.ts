/**
 * Calendar days as plain ISO strings (YYYY-MM-DD). Arithmetic goes through Date.UTC,
 * so the result never depends on the time zone of the machine that runs it.
 */
import { chineseDate as plainChineseDate } from '../dates';

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The parts of a valid ISO date (one that exists in the calendar), else null. */
export function parseDay(value: string): DayParts | null {
  const m = ISO_RE.exec(value);
  if (m === null) return null;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return parts.day <= daysInMonth(parts.year, parts.month) ? parts : null;
}

export function formatDay(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 28–31; February has 29 days in leap years (Date knows the Gregorian rule). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const p = parseDay(date);
  if (p === null) throw new RangeError(`not an ISO date: ${date}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The same day `years` later; a 29 February that does not exist then becomes the 28th
 * (a span of "one year" from a leap day ends on the last day of February).
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const p = parseDay(date);
  if (p === null) throw new RangeError(`not an ISO date: ${date}`);
  const year = p.year + years;
  return formatDay(year, p.month, Math.min(p.day, daysInMonth(year, p.month)));
}

/** Months since year 0, the unit of shared/assessment/months. */
export const monthOf = (date: IsoDate): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

export const firstOfMonth = (index: number): IsoDate => formatDay(Math.floor(index / 12), (index % 12) + 1, 1);

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** e.g. 星期五 */
export const weekdayName = (n: number): string => `星期${WEEKDAY_NAMES[n] ?? ''}`;

/** e.g. 2027年1月8日（星期五） */
export function chineseDate(date: IsoDate, withWeekday = true): string {
  const p = parseDay(date);
  if (p === null) return date;
  const text = plainChineseDate(date);
  return withWeekday ? `${text}（${weekdayName(weekday(p.year, p.month, p.day))}）` : text;
}

/** e.g. 2027年1月 */
export const chineseMonth = (index: number): string => `${Math.floor(index / 12)}年${(index % 12) + 1}月`;
