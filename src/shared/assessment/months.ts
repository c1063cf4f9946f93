/**
 * Month arithmetic on plain strings. Terms of office are counted in whole months,
 * so days never matter and no Date object (with its time zone) is needed.
 */

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const ISO_DATE_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Months since year 0 for a YYYY-MM string, or null when it is not one. */
export function monthIndex(value: string): number | null {
  const m = MONTH_RE.exec(value);
  if (m === null) return null;
  return Number(m[1]) * 12 + (Number(m[2]) - 1);
}

/** Month index of an ISO date; a longer ISO timestamp is cut to its date part. */
export function isoDateMonthIndex(value: string): number | null {
  const m = ISO_DATE_RE.exec(value.slice(0, 10));
  if (m === null) return null;
  return Number(m[1]) * 12 + (Number(m[2]) - 1);
}

export function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
