/**
 * 要求速查's filters and its "一年要做的事" table, read from the one norm table
 * (shared/assessment/norms/). Which organisation forms a requirement concerns is each
 * norm's own `forms` (the sets and their labels in norms/forms.ts).
 */
import type { Norm, Strength } from '../assessment/norms';

export type Cadence = 'monthly' | 'quarterly' | 'yearly' | 'term' | 'none';

export const CADENCE_LABELS: Readonly<Record<Cadence, string>> = {
  monthly: '每月',
  quarterly: '每季度',
  yearly: '每年',
  term: '每届',
  none: '不定期',
};

/** How often, as the norm's 频次 says it (每月…, 每季度…, 每年…, 每届…). */
export function cadenceOf(norm: { frequency?: string | undefined }): Cadence {
  const f = norm.frequency ?? '';
  if (f.includes('每月')) return 'monthly';
  if (f.includes('每季度')) return 'quarterly';
  if (f.includes('每年')) return 'yearly';
  if (/每届|届满/.test(f)) return 'term';
  return 'none';
}

/** Times a year the 频次 asks for at least (每月1次 → 12, 每季度1次 → 4, 每年至少1次 → 1), or undefined. */
export function timesAYear(norm: { frequency?: string | undefined }): number | undefined {
  const f = norm.frequency ?? '';
  const n = Number(/(\d+)次/.exec(f)?.[1] ?? 1);
  switch (cadenceOf(norm)) {
    case 'monthly':
      return 12 * n;
    case 'quarterly':
      return 4 * n;
    case 'yearly':
      return n;
    default:
      return undefined;
  }
}

/** Norms that state one requirement (the same topic and wording, e.g. 民主评议党员 in two 条例): one entry, every source. */
export function groupSameRequirement<T extends Pick<Norm, 'topic' | 'requirement'>>(norms: readonly T[]): T[][] {
  const entries = new Map<string, T[]>();
  for (const n of norms) {
    const key = `${n.topic}\u0000${n.requirement}`;
    entries.set(key, [...(entries.get(key) ?? []), n]);
  }
  return [...entries.values()];
}

export const STRENGTH_ORDER: readonly Strength[] = ['binding', 'normally', 'permissive', 'task', 'recommended'];
