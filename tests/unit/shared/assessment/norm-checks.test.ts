/**
 * Every norm the table evaluator judges, taken from the table itself: met, partly met,
 * not met at all, not applicable, and newly founded. A new table entry is tested here
 * without a line of test code; the expected levels come from the norm's own wording.
 * Synthetic answers only.
 */
import { describe, expect, it } from 'vitest';
import { CHECKED_NORMS, findNorm, unmetLevel, type Measure, type Norm, type OrgKind } from '../../../../src/shared/assessment/norms';
import { evaluateTable, FULL_YEAR, type Window } from '../../../../src/shared/assessment/rules/evaluate';
import type { Answers, FindingLevel } from '../../../../src/shared/assessment/types';
import { COMPLIANT } from '../../../support/answers';

const FORMS: Readonly<Record<OrgKind, Partial<Answers>>> = {
  'branch-committee': { organisationForm: 'branch', hasCommittee: true },
  'branch-secretary': { organisationForm: 'branch', hasCommittee: false },
  'general-branch': { organisationForm: 'higher', higherForm: 'general-branch' },
  'party-committee': { organisationForm: 'higher', higherForm: 'committee' },
  joint: { organisationForm: 'joint' },
  none: { organisationForm: 'none' },
};
const ALL_KINDS = Object.keys(FORMS) as OrgKind[];
const PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;

type State = 'met' | 'partly' | 'none';

/** The answers that put a measure in a state, or null when it has no such state. */
function values(m: Measure, state: State, months = 12): Partial<Answers> | null {
  const set = (key: string, v: unknown): Partial<Answers> => ({ [key]: v }) as Partial<Answers>;
  switch (m.kind) {
    case 'count': {
      const expected = m.period === 'year' ? m.times : Math.floor(months / PERIOD_MONTHS[m.period]) * m.times;
      if (state === 'partly') return expected > 1 ? set(m.answer, 1) : null;
      return set(m.answer, state === 'met' ? expected : 0);
    }
    case 'any':
      return state === 'partly' ? null : set(m.answer, state === 'met' ? 2 : 0);
    case 'atMost':
      return state === 'partly' ? null : set(m.answer, state === 'met' ? m.max : m.max + 1);
    case 'yesno':
      return state === 'partly' ? null : set(m.answer, (state === 'met') === (m.metWhen ?? true));
    case 'coverage': {
      if (state === 'partly') return Object.fromEntries(m.answers.map((k, i) => [k, i === 0 ? 'some' : 'all'])) as Partial<Answers>;
      return Object.fromEntries(m.answers.map((k) => [k, state === 'met' ? 'all' : 'none'])) as Partial<Answers>;
    }
  }
}

function answersFor(n: Norm, kind: OrgKind, state: State, months = 12): Answers | null {
  const check = n.check!;
  const measured = values(check.measure, state, months);
  if (measured === null) return null;
  return {
    ...(COMPLIANT as unknown as Answers),
    ...FORMS[kind],
    ...Object.fromEntries(check.applies.when ?? []),
    ...measured,
  } as Answers;
}

function levelOf(n: Norm, answers: Answers, w: Window = FULL_YEAR): FindingLevel | undefined {
  const found = evaluateTable(answers, w).outcomes.find((o) => o.id === n.check!.finding && o.norms[0] === n.id);
  return found?.level;
}

const worst = (levels: FindingLevel[]): FindingLevel => (levels.includes('须整改') ? '须整改' : '建议');

describe.each(CHECKED_NORMS.map((n) => [n.id, n] as const))('%s', (_id, n) => {
  const check = n.check;
  const kind = check.applies.kinds[0]!;
  const reference = check.referenceFor?.includes(kind) === true;
  const cap = (l: FindingLevel): FindingLevel => (reference && l === '须整改' ? '建议' : l);

  it('met → 已达标 (供参考 where the texts set no measure)', () => {
    expect(levelOf(n, answersFor(n, kind, 'met')!)).toBe(check.measure.kind === 'any' ? '供参考' : '已达标');
  });

  it('partly met → the level of its own wording', () => {
    const answers = answersFor(n, kind, 'partly');
    if (answers === null) return; // a yes/no or threshold has no partial state
    expect(levelOf(n, answers)).toBe(cap(unmetLevel(n)));
  });

  it('not met at all → its wording, or the binding duty that imposes it', () => {
    const duty = check.duty === undefined ? undefined : findNorm(check.duty);
    const expected = cap(duty ? worst([unmetLevel(n), unmetLevel(duty)]) : unmetLevel(n));
    expect(levelOf(n, answersFor(n, kind, 'none')!)).toBe(expected);
  });

  it('not applicable → no finding from this norm', () => {
    const other = ALL_KINDS.find((k) => !check.applies.kinds.includes(k));
    if (other === undefined) return; // applies to every association
    expect(levelOf(n, answersFor(n, other, 'none')!)).toBeUndefined();
  });

  it('newly founded → targets prorated to the months it existed, a yearly duty at most 建议', () => {
    const m = check.measure;
    const five: Window = { months: 5, founded: '2025-01' };
    expect(levelOf(n, answersFor(n, kind, 'met', 5)!, five)).toBe(m.kind === 'any' ? '供参考' : '已达标');
    if ('period' in m && m.period === 'year') expect(levelOf(n, answersFor(n, kind, 'none', 5)!, five)).not.toBe('须整改');
    // Two months old: a quarterly target is not due yet, and is not judged.
    if (m.kind === 'count' && m.period === 'quarter') {
      expect(levelOf(n, answersFor(n, kind, 'none', 2)!, { months: 2, founded: '2025-04' })).toBe('供参考');
    }
  });
});

it('every duty and context a check names is a norm of the table', () => {
  for (const n of CHECKED_NORMS)
    for (const id of [n.check.duty, ...(n.check.context ?? [])]) if (id) expect(findNorm(id), `${n.id} → ${id}`).toBeDefined();
});
