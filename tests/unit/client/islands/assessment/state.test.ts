import { describe, expect, it } from 'vitest';
import { restoreState, decodeAnswers, encodeAnswers, type AnswerKey, type Answers } from '../../../../../src/shared/assessment';
import {
  ERRORS_ID,
  hasStarted,
  HEADING_ID,
  initialState,
  normaliseMonth,
  reducer,
  toRaw,
  typed,
  type Action,
  type UiState,
} from '../../../../../src/client/islands/assessment/state';
import { findQuestion } from '../../../../../src/shared/assessment/questions';
import { describeProgress } from '../../../../../src/client/islands/assessment/loss';
import { monthMessage } from '../../../../../src/client/islands/assessment/plain';
import { ANSWERS, TEXTS, TODAY } from './helpers';
import { ISLAND_MESSAGES } from '../../../../../src/shared/assessment/island-messages';
import { setIslandMessages } from '../../../../../src/client/islands/assessment/state';

// As the island does at its first render.
setIslandMessages(ISLAND_MESSAGES);
const { cleared: CLEARED, restored: RESTORED, restoredResult: RESTORED_RESULT } = ISLAND_MESSAGES;

const answers = (): Answers => ANSWERS;
const run = (state: UiState, ...actions: Action[]): UiState => actions.reduce(reducer, state);
const ready = (): UiState => reducer(initialState(TODAY), { type: 'init', stored: { kind: 'empty' }, shared: null });
/** Loads a saved record (as it would sit in localStorage) into a fresh state. */
const load = (saved: unknown): UiState =>
  reducer(initialState(TODAY), { type: 'init', stored: restoreState(JSON.stringify(saved)), shared: null });

describe('raw values', () => {
  it('typed() reads numbers and months and keeps unreadable text so it is reported', () => {
    expect(
      typed({
        formalMembers: ' 12 ',
        probationaryMembers: '３',
        membersRelationElsewhere: '',
        lastElection: '2023年6月',
        hasCommittee: true,
      }),
    ).toEqual({
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

  it.each([
    ['2022', '只填了年份，请把月份也填上，例如 202206 表示2022年6月'],
    ['20236', '请填写6位数字的年月，例如 202306 表示2023年6月'],
    ['2023-13', '请填写6位数字的年月，例如 202306 表示2023年6月'],
    // Well-formed but out of range: the validator's message names the range.
    ['194801', null],
    ['202306', null],
    ['2023.6', null],
  ])('a month typed as %s is explained in the digits a keypad has: %s', (text, message) => {
    expect(monthMessage(findQuestion('lastElection')!, text)).toBe(message);
  });

  it('toRaw() fills the question defaults and turns numbers into text', () => {
    expect(toRaw({ formalMembers: 3 })).toEqual({ formalMembers: '3', termExtended: 'not-due' });
    expect(typed(toRaw(answers()))).toEqual(answers());
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
    const next = run(
      s,
      { type: 'next' },
      { type: 'set', field: 'organisationForm', value: 'none' },
      { type: 'set', field: 'outreach', value: 'none' },
      { type: 'next' },
    );
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
    const stored = restoreState(
      JSON.stringify({ v: 1, step: 'life', answers: { formalMembers: 4, probationaryMembers: 0, organisationForm: 'branch' } }),
    );
    const s = reducer(initialState(TODAY), { type: 'init', stored, shared: null });
    expect(s).toMatchObject({
      step: 'life',
      raw: { formalMembers: '4', organisationForm: 'branch' },
      notices: [{ kind: 'info', text: RESTORED }],
      dirty: false,
    });
    // A saved step that no longer applies falls back to the nearest earlier one.
    const hidden = restoreState(JSON.stringify({ v: 1, step: 'life', answers: { organisationForm: 'none' } }));
    expect(reducer(initialState(TODAY), { type: 'init', stored: hidden, shared: null }).step).toBe('organisation');
    const broken = reducer(initialState(TODAY), { type: 'init', stored: restoreState('{oops'), shared: null });
    expect(broken.notices).toEqual([{ kind: 'error', text: '上次保存的填写进度已损坏，无法恢复，请重新填写。' }]);
    expect(broken.raw).toEqual(toRaw({}));
  });

  it('a share link shows its result; a broken or first-version (a1) one adds its message and keeps the form', () => {
    const shared = reducer(initialState(TODAY), {
      type: 'init',
      stored: { kind: 'empty' },
      shared: decodeAnswers(encodeAnswers(answers())),
    });
    expect(encodeAnswers(answers())).toMatch(/^a4\./);
    expect(shared).toMatchObject({ phase: 'result', shared: true, answers: answers() });
    const broken = reducer(initialState(TODAY), { type: 'init', stored: { kind: 'empty' }, shared: decodeAnswers('#a4.10-1.zz') });
    expect(broken.phase).toBe('form');
    expect(broken.notices[0]?.text).toContain('分享链接校验失败');
    const old = reducer(initialState(TODAY), { type: 'init', stored: { kind: 'empty' }, shared: decodeAnswers('#a1.10-1-0.123') });
    expect(old).toMatchObject({ phase: 'form', shared: false, answers: null });
    expect(old.notices).toEqual([{ kind: 'error', text: expect.stringContaining('旧版问卷') }]);
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
    if (withDefault)
      expect(hasStarted(run(ready(), { type: 'set', field: withDefault[0] as AnswerKey, value: withDefault[1] }))).toBe(false);
    const restored = reducer(initialState(TODAY), {
      type: 'init',
      stored: { kind: 'restored', state: { step: 'basics', answers: { formalMembers: 2 } }, dropped: [] },
      shared: null,
    });
    expect(hasStarted(restored)).toBe(true);
    expect(hasStarted({ ...ready(), phase: 'review' })).toBe(true);
  });
});

describe('restoring saved progress', () => {
  it('a save made after viewing the result goes straight back to the result', () => {
    const s = load({ v: 1, step: 'role', view: 'result', answers: answers() });
    expect(s).toMatchObject({ phase: 'result', answers: answers(), shared: false, dirty: false, step: 'role' });
    expect(s.notices).toEqual([{ kind: 'info', text: RESTORED_RESULT }]);
    expect(hasStarted(s)).toBe(true);
    // The raw values come back too, so 修改答案 edits what the result was made of.
    expect(typed(s.raw)).toEqual(answers());
  });

  it('a result view whose answers no longer make a result falls back to the form at the saved step', () => {
    const { duesManaged: _dropped, ...incomplete } = answers();
    const s = load({ v: 1, step: 'role', view: 'result', answers: incomplete });
    expect(s).toMatchObject({ phase: 'form', answers: null, step: 'role' });
    expect(s.notices).toEqual([{ kind: 'info', text: RESTORED }]);
  });

  it('names each saved answer that could not be read, such as one from the earlier questionnaire', () => {
    // The first questionnaire stored 谈心谈话 as 是/否; it is a choice now.
    const s = load({
      v: 1,
      step: 'life',
      answers: { formalMembers: 4, probationaryMembers: 0, organisationForm: 'branch', heartToHeartMembers: true },
    });
    expect(s.raw).toMatchObject({ formalMembers: '4', organisationForm: 'branch' });
    expect(s.raw.heartToHeartMembers).toBeUndefined();
    expect(s.notices).toEqual([{ kind: 'error', text: `${RESTORED}以下保存的答案无法读取，已略去，请重新填写：党员之间的谈心谈话。` }]);
    const two = load({ v: 1, step: 'basics', answers: { formalMembers: 4, probationaryMembers: -1, lastElection: '2023-13' } });
    expect(two.notices[0]?.text).toContain('请重新填写：预备党员人数、上次换届年月。');
    // The same, from a result view: the result cannot be shown without the lost answer.
    const result = load({ v: 1, step: 'role', view: 'result', answers: { ...answers(), heartToHeartMembers: 'sometimes' } });
    expect(result.phase).toBe('form');
    expect(result.notices[0]?.text).toBe(`${RESTORED}以下保存的答案无法读取，已略去，请重新填写：党员之间的谈心谈话。`);
  });

  it('never says 已恢复 when no saved answer came back', () => {
    const unreadable = load({ v: 1, step: 'life', answers: { formalMembers: -3, heartToHeartMembers: true } });
    expect(unreadable.raw).toEqual(toRaw({}));
    expect(unreadable.notices).toHaveLength(1);
    expect(unreadable.notices[0]?.kind).toBe('error');
    expect(unreadable.notices[0]?.text).toContain('没有可以恢复的答案');
    expect(unreadable.notices[0]?.text).toContain('正式党员人数、党员之间的谈心谈话');
    expect(unreadable.notices[0]?.text).not.toContain('已恢复');
    // Nothing saved and nothing lost: no notice at all.
    const empty = load({ v: 1, step: 'basics', answers: {} });
    expect(empty.notices).toEqual([]);
    expect(empty.step).toBe('basics');
  });

  it('a restore with nothing readable starts at the first step, as its notice asks the user to fill in again', () => {
    const s = load({ v: 1, step: 'life', answers: { formalMembers: 'ten' } });
    expect(s.notices[0]?.text).toContain('没有可以恢复的答案');
    expect(s.step).toBe('basics');
  });

  it('a save from a newer version locks storage with its message; clearing keeps the lock', () => {
    const stored = restoreState(JSON.stringify({ v: 2, step: 'basics', answers: { formalMembers: 3 } }));
    expect(stored.kind).toBe('unreadable');
    const s = reducer(initialState(TODAY), { type: 'init', stored, shared: null });
    expect(s).toMatchObject({ storageLocked: true, phase: 'form', raw: toRaw({}), dirty: false });
    expect(s.notices).toEqual([{ kind: 'error', text: expect.stringContaining('更新版本') }]);
    const typedIn = run(s, { type: 'set', field: 'formalMembers', value: '5' });
    expect(typedIn).toMatchObject({ storageLocked: true, dirty: true });
    expect(run(typedIn, { type: 'reset' }).storageLocked).toBe(true);
    // Every other kind of load leaves storage usable.
    expect(ready().storageLocked).toBe(false);
    expect(load({ v: 1, step: 'basics', answers: { formalMembers: 3 } }).storageLocked).toBe(false);
    expect(reducer(initialState(TODAY), { type: 'init', stored: restoreState('{oops'), shared: null }).storageLocked).toBe(false);
  });

  it('describeProgress() counts the saved answers and names the step', () => {
    expect(describeProgress({ formalMembers: 3, probationaryMembers: 0, organisationForm: 'branch' }, 'life', TEXTS)).toBe(
      '本机保存的自评进度（已回答 3 题，停在“组织生活”一步）',
    );
    // The preselected "任期未满" is not an answer the user gave.
    const given = Object.entries(answers()).filter(([key, value]) => !(key === 'termExtended' && value === 'not-due')).length;
    expect(describeProgress(answers(), 'role', TEXTS)).toContain(`已回答 ${given} 题，停在“作用发挥”一步`);
    expect(describeProgress({ termExtended: 'not-due' }, 'basics', TEXTS)).toContain('已回答 0 题');
  });
});
