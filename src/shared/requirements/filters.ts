/**
 * 要求速查's filters and its "一年要做的事" table, read from the one norm table
 * (shared/assessment/norms.ts). What the norm table does not say — which organisation forms
 * a requirement concerns — is this page's reading of each norm's 适用 line, written here
 * once and checked to cover every norm (tests/unit/shared/requirements/filters.test.ts).
 */
import type { Norm, Strength } from '../assessment/norms';

export type OrgForm = 'branch' | 'general' | 'committee' | 'joint';

export const FORM_LABELS: Readonly<Record<OrgForm, string>> = {
  branch: '党支部',
  general: '党总支',
  committee: '党委',
  joint: '联合党支部',
};

const SINGLE: readonly OrgForm[] = ['branch', 'general', 'committee'];
const ALL: readonly OrgForm[] = [...SINGLE, 'joint'];
const B: readonly OrgForm[] = ['branch'];

/**
 * The forms each norm concerns. "Single" forms are an association's own 党支部, 党总支 or
 * 党委; a 联合党支部 is one the association's members join with others. The 组织生活 a
 * 党支部 must hold bind a 联合党支部 as well. A norm listed under none (没有正式党员)
 * shows only when no form is chosen.
 */
export const NORM_FORMS: Readonly<Record<string, readonly OrgForm[]>> = {
  'pc30-set-up': SINGLE,
  'bwr4-set-up': SINGLE,
  'bwr4-standalone': ALL,
  'si1-set-up': SINGLE,
  'bwr6-apply': SINGLE,
  'bwr5-joint': ['joint'],
  'bwr5-joint-size': ['joint'],
  'si1-outreach': [],
  'bwr7-adjust': SINGLE,
  'bwr4-size': B,
  'pc30-higher': ['general', 'committee'],
  'bwr20-committee': B,
  'bwr20-small': B,
  'bwr21-vacancy': SINGLE,
  'pc45-discipline': ['branch', 'general'],
  'bwr20-members': B,
  'pc45-committee-discipline': ['committee'],
  'bwr13-groups': SINGLE,
  'bwr24-secretary': SINGLE,
  'med25-transfer': ALL,
  'med25-placement': SINGLE,
  'med32-flowing-org': ALL,
  'pc31-term': SINGLE,
  'bwr21-term': B,
  'bwr21-delay': B,
  'bwr21-reminder': B,
  'si1-term': SINGLE,
  'bwr16-duty': ALL,
  'bwr11-general': ALL,
  'bwr12-committee': ALL,
  'bwr13-group-meeting': ALL,
  'med16-themed-day': ALL,
  'bwr17-life-meeting': ALL,
  'bwr18-review': ALL,
  'med18-review': ALL,
  'bwr19-talks': ALL,
  'bwr19-talks-yearly': ALL,
  'si3-multiple': ALL,
  'bwr16-not-transferred': ALL,
  'pc8-member-life': ['joint'],
  'si3-charter': ALL,
  'sgr18-charter': ALL,
  'si3-cross': SINGLE,
  'si3-supervisor': SINGLE,
  'si3-attend': SINGLE,
  'si2-instructor': ALL,
  'si2-files': SINGLE,
  'med26-files': ALL,
  'med16-dues': ALL,
  'bwr27-report': B,
  'bwr25-training': B,
  // Issue #18's additions: forms from each check's applicability where it has one.
  'bwr5-flowing': ['joint'],
  'bwr20-deputy': B,
  'pc31-approval': ['branch', 'general', 'committee'],
  'bwr21-approval': B,
  'bwr23-qualification': B,
  'bwr25-induction': B,
  'bwr21-delay-limit': B,
  'med32-inflow': SINGLE,
  'bwr16-lecture': ['committee'],
  'med20-hours': SINGLE,
  'pc33-social': SINGLE,
  'bwr10-social': B,
  'bwr9-report': SINGLE,
  'bwr22-report': B,
  'bwr33-dues-support': B,
  'pmd2-regular': SINGLE,
  'pc32-development': SINGLE,
  'bwr9-development': B,
  'pmd37-superior': SINGLE,
  'pmd7-talk': SINGLE,
  'pmd9-mentor': SINGLE,
  'pc7-probation': SINGLE,
  'pmd31-probation': B,
};

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
