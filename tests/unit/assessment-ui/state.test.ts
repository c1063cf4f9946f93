import { describe, expect, it } from 'vitest';
import { parseAnswers, restoreState, decodeAnswers, encodeAnswers, type Answers } from '../../../src/lib/assessment';
import {
  CLEARED,
  ERRORS_ID,
  hasStarted,
  HEADING_ID,
  initialState,
  localToday,
  normaliseMonth,
  reducer,
  RESTORED,
  toRaw,
  typed,
  type Action,
  type UiState,
} from '../../../src/islands/assessment/state';
import { ANSWERS, TODAY } from './helpers';

const answers = (): Answers => {
  const parsed = parseAnswers(ANSWERS);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.answers;
};
const run = (state: UiState, ...actions: Action[]): UiState => actions.reduce(reducer, state);
const ready = (): UiState => reducer(initialState(TODAY), { type: 'init', stored: { kind: 'empty' }, shared: null });

describe('raw values', () => {
  it('typed() reads numbers and months and keeps unreadable text so it is reported', () => {
    expect(typed({ formalMembers: ' 12 ', probationaryMembers: '３', membersRelationElsewhere: '', lastElection: '2023年6月', hasCommittee: true })).toEqual({
      formalMembers: 12,
      probationaryMembers: 3,
      lastElection: '2023-06',
      hasCommittee: true,
    });
    expect(typed({ formalMembers: '1.5', lastElection: '?' })).toEqual({ formalMembers: '1.5', lastElection: '?' });
  });

  it.each([
    ['2023-6', '2023-06'],
    ['2023/06', '2023-06'],
    ['2023.11', '2023-11'],
    ['２０２３年１１月', '2023-11'],
    ['202311', '2023-11'],
    ['2023', '2023'],
    ['June 2023', 'June 2023'],
  ])('normaliseMonth(%s) = %s', (input, expected) => {
    expect(normaliseMonth(input)).toBe(expected);
  });

  it('toRaw() fills the question defaults and turns numbers into text', () => {
    expect(toRaw({ formalMembers: 3 })).toEqual({ formalMembers: '3', termYears: '3' });
    expect(typed(toRaw(answers()))).toEqual(answers());
  });

  it('localToday() is the local calendar date', () => {
    expect(localToday(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('reducer', () => {
  it('validates a step before leaving it and focuses the error summary', () => {
    const s = run(ready(), { type: 'next' });
    expect(s.step).toBe('basics');
    expect(s.errors.map((e) => e.field)).toEqual(['formalMembers', 'probationaryMembers', 'keyAssociation']);
    expect(s.focus).toBe(ERRORS_ID);
  });

  it('moves to the next visible step, focusing its heading; typing never requests focus', () => {
    const s = run(
      ready(),
      { type: 'set', field: 'formalMembers', value: '0' },
      { type: 'set', field: 'probationaryMembers', value: '0' },
      { type: 'set', field: 'keyAssociation', value: 'no' },
    );
    expect(s.focus).toBeNull();
    const next = run(s, { type: 'next' }, { type: 'set', field: 'organisationForm', value: 'none' }, { type: 'set', field: 'outreach', value: 'none' }, { type: 'next' });
    // No own organisation: 换届 and 组织生活 are skipped.
    expect(next.step).toBe('role');
    expect(next.focus).toBe(HEADING_ID);
    expect(run(next, { type: 'back' }).step).toBe('organisation');
  });

  it('submit sends the user to the first step with a problem', () => {
    const s = run(ready(), { type: 'set', field: 'formalMembers', value: '5' }, { type: 'review' }, { type: 'submit' });
    expect(s.phase).toBe('form');
    expect(s.step).toBe('basics');
    expect(s.errors.map((e) => e.field)).toContain('probationaryMembers');
    expect(s.focus).toBe(ERRORS_ID);
  });

  it('restores saved progress with a notice, and discards broken saves with their message', () => {
    const stored = restoreState(JSON.stringify({ v: 1, step: 'life', answers: { formalMembers: 4, probationaryMembers: 0, organisationForm: 'branch' } }));
    const s = reducer(initialState(TODAY), { type: 'init', stored, shared: null });
    expect(s).toMatchObject({ step: 'life', raw: { formalMembers: '4', organisationForm: 'branch' }, notices: [{ kind: 'info', text: RESTORED }], dirty: false });
    // A saved step that no longer applies falls back to the nearest earlier one.
    const hidden = restoreState(JSON.stringify({ v: 1, step: 'life', answers: { organisationForm: 'none' } }));
    expect(reducer(initialState(TODAY), { type: 'init', stored: hidden, shared: null }).step).toBe('organisation');
    const broken = reducer(initialState(TODAY), { type: 'init', stored: restoreState('{oops'), shared: null });
    expect(broken.notices).toEqual([{ kind: 'error', text: '上次保存的填写进度已损坏，无法恢复，请重新填写。' }]);
    expect(broken.raw).toEqual(toRaw({}));
  });

  it('a share link shows its result; a broken one adds its message and keeps the form', () => {
    const shared = reducer(initialState(TODAY), { type: 'init', stored: { kind: 'empty' }, shared: decodeAnswers(encodeAnswers(answers())) });
    expect(shared).toMatchObject({ phase: 'result', shared: true, answers: answers() });
    const broken = reducer(initialState(TODAY), { type: 'init', stored: { kind: 'empty' }, shared: decodeAnswers('#a1.10-1.zz') });
    expect(broken.phase).toBe('form');
    expect(broken.notices[0]?.text).toContain('分享链接校验失败');
  });

  it('marks user changes dirty (worth saving) but not loading or clearing', () => {
    expect(ready().dirty).toBe(false);
    const s = run(ready(), { type: 'set', field: 'formalMembers', value: '3' });
    expect(s.dirty).toBe(true);
    const cleared = run(s, { type: 'reset', notice: { kind: 'info', text: CLEARED } });
    expect(cleared).toMatchObject({ dirty: false, raw: toRaw({}), notices: [{ text: CLEARED }], focus: HEADING_ID });
    expect(cleared.generation).toBeGreaterThan(s.generation);
  });

  it('hasStarted(): an answer, a restored session or a later view, but not the defaults alone', () => {
    expect(hasStarted(ready())).toBe(false);
    expect(hasStarted(run(ready(), { type: 'set', field: 'formalMembers', value: '3' }))).toBe(true);
    // Setting a question back to its default is not an answer.
    const withDefault = Object.entries(toRaw({}))[0];
    if (withDefault) expect(hasStarted(run(ready(), { type: 'set', field: withDefault[0] as keyof typeof ANSWERS, value: withDefault[1] }))).toBe(false);
    const restored = reducer(initialState(TODAY), { type: 'init', stored: { kind: 'restored', state: { step: 'basics', answers: { formalMembers: 2 } } }, shared: null });
    expect(hasStarted(restored)).toBe(true);
    expect(hasStarted({ ...ready(), phase: 'review' })).toBe(true);
  });
});
