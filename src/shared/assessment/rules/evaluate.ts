/**
 * The one evaluator of the norm table: every norm with a `check` is judged here from
 * what the table says (who it applies to, what it measures, over which period), at the
 * level its wording gives. Newly founded organisations are judged on the months they
 * existed: monthly and quarterly targets are prorated, and a yearly duty is at most
 * 建议 until the first year is complete.
 */
import { CHECKED_NORMS, type Applicability, type Measure, type Norm, type NormCheck, type NormId, type OrgKind } from '../norms';
import type { AnswerKey, Answers, FindingLevel } from '../types';
import { levelIfUnmet, orgKind, ownFormalMembers, type RuleOutcome, type WorkCheck } from './shared';

/** The span the counts cover: the last 12 months, or fewer since the founding. */
export interface Window {
  /** Months the organisation existed within the last 12 (0–12). */
  months: number;
  /** YYYY-MM of the founding, when it falls within the last 12 months. */
  founded?: string;
}

export const FULL_YEAR: Window = { months: 12 };

const PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;
const PERIOD_NAMES = { month: '月', quarter: '季度', year: '年' } as const;

export function windowWords(w: Window): string {
  if (w.founded === undefined) return '最近12个月';
  return w.months === 0 ? `本会党组织成立当月（${w.founded}）` : `本会党组织成立以来（${w.founded}起${w.months}个月）`;
}

export function applies(rule: Applicability, a: Answers, kind: OrgKind): boolean {
  if (!rule.kinds.includes(kind)) return false;
  const own = ownFormalMembers(a);
  if (rule.ownFormal?.min !== undefined && own < rule.ownFormal.min) return false;
  if (rule.ownFormal?.max !== undefined && own > rule.ownFormal.max) return false;
  return (rule.when ?? []).every(([key, value]) => a[key] === value);
}

type Verdict = {
  state: 'met' | 'partly' | 'none' | 'not-due' | 'no-standard' | 'unknown';
  n: number;
  expected: number;
  fulfilment: number;
};

const numberOf = (a: Answers, key: AnswerKey): number | undefined => {
  const v = a[key];
  return typeof v === 'number' ? v : undefined;
};

/** How the answers measure up, or null when the question was not asked. */
function measure(m: Measure, a: Answers, w: Window): Verdict | null {
  switch (m.kind) {
    case 'count': {
      const n = numberOf(a, m.answer);
      if (n === undefined) return null;
      const expected = m.period === 'year' ? m.times : Math.floor(w.months / PERIOD_MONTHS[m.period]) * m.times;
      if (expected === 0) return { state: n > 0 ? 'met' : 'not-due', n, expected, fulfilment: 1 };
      const state = n >= expected ? 'met' : n > 0 ? 'partly' : 'none';
      return { state, n, expected, fulfilment: Math.min(n / expected, 1) };
    }
    case 'any': {
      const n = numberOf(a, m.answer);
      if (n === undefined) return null;
      return n > 0 ? { state: 'no-standard', n, expected: 1, fulfilment: 1 } : { state: 'none', n, expected: 1, fulfilment: 0 };
    }
    case 'atMost': {
      const n = numberOf(a, m.answer);
      if (n === undefined) return null;
      return { state: n <= m.max ? 'met' : 'none', n, expected: m.max, fulfilment: n <= m.max ? 1 : 0 };
    }
    case 'yesno': {
      const v = a[m.answer];
      // 不清楚 is not taken as met: the finding asks to check with the superior (judge).
      if (v === 'unknown') return { state: 'unknown', n: 0, expected: 1, fulfilment: 0 };
      if (typeof v !== 'boolean') return null;
      const met = v === (m.metWhen ?? true);
      return { state: met ? 'met' : 'none', n: met ? 1 : 0, expected: 1, fulfilment: met ? 1 : 0 };
    }
    case 'coverage': {
      const values = m.answers.map((k) => a[k]).filter((v): v is 'all' | 'some' | 'none' => v === 'all' || v === 'some' || v === 'none');
      if (values.length === 0) return null;
      const all = values.filter((v) => v === 'all').length;
      const some = values.filter((v) => v === 'some').length;
      const state = all === values.length ? 'met' : all + some === 0 ? 'none' : 'partly';
      return { state, n: all, expected: values.length, fulfilment: (all + some / 2) / values.length };
    }
  }
}

/** The action of every finding whose answer was 不清楚 (the superior holds the facts). */
export const UNSURE_ACTION = '向上级党组织核实';

const isYearly = (m: Measure): boolean => 'period' in m && m.period === 'year';

function fill(text: string, v: Verdict, w: Window): string {
  return text.replaceAll('{window}', windowWords(w)).replaceAll('{n}', String(v.n)).replaceAll('{expected}', String(v.expected));
}

function judge(n: Norm, check: NormCheck, a: Answers, kind: OrgKind, w: Window): { outcome: RuleOutcome; check?: WorkCheck } | null {
  const v = measure(check.measure, a, w);
  if (v === null) return null;
  const id = n.id as NormId;
  const norms = [id, ...(check.duty ? [check.duty] : []), ...(check.context ?? [])] as NormId[];
  const base = { id: check.finding, coverage: n.coverage, norms };
  const scored = check.weight > 0 ? { id: check.finding, weight: check.weight, fulfilment: v.fulfilment } : undefined;
  const notes: string[] = [];
  const reference = check.referenceFor?.includes(kind) === true;
  if (reference && check.referenceNote) notes.push(check.referenceNote);
  const with_ = (text: string): string => [fill(text, v, w), ...notes].join('');

  if (v.state === 'met') return { outcome: { ...base, level: '已达标', text: with_(check.texts.met) }, ...(scored && { check: scored }) };
  if (v.state === 'no-standard') {
    return {
      outcome: { ...base, level: '供参考', reference: 'no-standard', text: with_(check.texts.met) },
      ...(scored && { check: scored }),
    };
  }
  if (v.state === 'not-due') {
    const m = check.measure;
    const period = m.kind === 'count' ? PERIOD_NAMES[m.period] : '期';
    const text = `${windowWords(w)}，成立还不满一个${period}，${n.topic}的次数暂不核对（已有${v.n}次）。`;
    return { outcome: { ...base, level: '供参考', reference: 'not-due', text } };
  }
  if (v.state === 'unknown') {
    const text = `${n.topic}一项答的是不清楚，无法判断是否做到。请向上级党组织核实：${n.requirement}。`;
    return {
      outcome: { ...base, level: '建议', text: with_(text), action: UNSURE_ACTION },
      ...(scored && { check: scored }),
    };
  }
  let level: FindingLevel = v.state === 'none' && check.duty ? levelIfUnmet(id, check.duty as NormId) : levelIfUnmet(id);
  if (level === '须整改' && reference) level = '建议';
  if (level === '须整改' && isYearly(check.measure) && w.months < 12 && w.founded !== undefined) {
    level = '建议';
    notes.push(`本会党组织成立不满一年，这项每年的要求在满一年前至多列为建议。`);
  }
  const text = v.state === 'partly' ? (check.texts.partly ?? check.texts.none) : check.texts.none;
  return {
    outcome: { ...base, level, text: with_(text), action: check.texts.action },
    ...(scored && { check: scored }),
  };
}

export interface TableAssessment {
  outcomes: RuleOutcome[];
  checks: WorkCheck[];
}

/** Judges every checked norm that applies; at most one finding per finding id (the first applicable norm). */
export function evaluateTable(a: Answers, w: Window): TableAssessment {
  const kind = orgKind(a);
  const outcomes: RuleOutcome[] = [];
  const checks: WorkCheck[] = [];
  const seen = new Set<string>();
  for (const n of CHECKED_NORMS) {
    const check = n.check;
    if (seen.has(check.finding) || !applies(check.applies, a, kind)) continue;
    const judged = judge(n, check, a, kind, w);
    if (judged === null) continue;
    seen.add(check.finding);
    outcomes.push(judged.outcome);
    if (judged.check) checks.push(judged.check);
  }
  return { outcomes, checks };
}
