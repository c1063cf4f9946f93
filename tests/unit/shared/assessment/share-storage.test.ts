import { describe, expect, it } from 'vitest';
import { checksum, decodeAnswers, encodeAnswers, SHARE_FIELDS } from '../../../../src/shared/assessment/share';
import { restoreState, serialiseState, STORAGE_KEY } from '../../../../src/shared/assessment/storage';
import { QUESTIONS } from '../../../../src/shared/assessment/questions';
import { answersWith, TODAY } from '../../../support/answers';

/** Builds a link with a correct checksum around any body, to test what lies behind it. */
const linkFor = (body: string): string => `a3.${body}.${checksum(body)}`;

describe('share links', () => {
  it('round-trips answers, with or without the leading #', () => {
    const answers = answersWith({ lastElection: '2021-11', elsewhereMembersParticipate: false });
    const hash = encodeAnswers(answers);
    expect(hash).toMatch(/^a4\.[0-9-]+\.[0-9a-z]+$/);
    expect(hash.length).toBeLessThan(140);
    expect(decodeAnswers(hash)).toEqual({ ok: true, answers });
    expect(decodeAnswers(`#${hash}`)).toEqual({ ok: true, answers });
  });

  it('carries 不清楚 of 作用发挥 and 发展党员 (a4), and reads a3 links, which had none, as they are', () => {
    const answers = answersWith({ memberFilesComplete: 'unknown', developmentWork: 'unknown', duesManaged: false });
    expect(decodeAnswers(encodeAnswers(answers, '2025-04-02'), { today: TODAY })).toEqual({ ok: true, answers, date: '2025-04-02' });
    const plain = answersWith({ duesManaged: false });
    const hash = encodeAnswers(plain);
    const body = hash.split('.')[1] ?? '';
    expect(decodeAnswers(`a3.${body}.${checksum(body)}`)).toEqual({ ok: true, answers: plain });
    // An a3 link never had the code 2: its tokens still mean what they meant.
    expect(body).not.toBe(encodeAnswers(answers).split('.')[1]);
  });

  it('carries the date the answers were given, checked and answered as of that day', () => {
    const answers = answersWith({ lastElection: '2025-03' });
    const hash = encodeAnswers(answers, '2025-04-02');
    expect(hash).toMatch(/^a4\.[0-9-]+\.20250402\.[0-9a-z]+$/);
    expect(decodeAnswers(hash, { today: TODAY })).toEqual({ ok: true, answers, date: '2025-04-02' });
    // Opened months later, the election is still checked against the day of answering.
    expect(decodeAnswers(encodeAnswers(answersWith({ lastElection: '2025-05' }), '2025-04-02'), { today: TODAY }).ok).toBe(false);
    // Not a real date, or a date after today: a clear message, nothing misread.
    expect(encodeAnswers(answers, '2025-02-30')).toBe(encodeAnswers(answers));
    const later = decodeAnswers(encodeAnswers(answers, '2025-07-01'), { today: TODAY });
    expect(later.ok === false && later.message).toContain('晚于今天');
    const [prefix, body, , sum] = hash.split('.');
    const edited = decodeAnswers(`${prefix}.${body}.20250403.${sum}`);
    expect(edited.ok === false && edited.message).toContain('校验失败');
    // A link without a date is still read, without one.
    expect(decodeAnswers(encodeAnswers(answers))).toEqual({ ok: true, answers });
  });

  it('round-trips answers with hidden questions absent', () => {
    const answers = answersWith({
      formalMembers: 0,
      probationaryMembers: 0,
      organisationForm: 'none',
      outreach: 'none',
      keyAssociation: 'no',
    });
    expect(decodeAnswers(encodeAnswers(answers))).toEqual({ ok: true, answers });
    // 0 and 0 members, skipped slot, keyAssociation 'no' = code 1, form 'none' = 3, outreach 'none' = 3, charter yes.
    expect(encodeAnswers(answers).split('.')[1]).toBe(
      ['0', '0', '', '1', '3', '', '', '', '', '', '3', ...new Array<string>(11).fill(''), '1'].join('-'),
    );
  });

  it('covers every question in the frozen field order', () => {
    expect([...SHARE_FIELDS].sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
  });

  it('round-trips every option of every choice question', () => {
    for (const q of QUESTIONS.filter((x) => x.kind === 'choice')) {
      for (const option of q.options ?? []) {
        const answers = answersWith({
          [q.id]: option.value,
          ...(q.id === 'organisationForm' ? { outreach: 'both', jointParticipation: false } : {}),
        });
        const decoded = decodeAnswers(encodeAnswers(answers));
        expect(decoded.ok && decoded.answers[q.id]).toBe(answers[q.id]);
      }
    }
  });

  it.each([
    ['empty', '', '链接中没有答卷数据'],
    ['only #', '#', '链接中没有答卷数据'],
    ['another version', 'a9.abc.def', '版本'],
    ['garbage', 'hello world', '版本'],
    ['missing checksum', 'a3.WzEwXQ', '不完整'],
    ['first questionnaire', 'a1.1-0.x', '旧版问卷'],
    ['extra part', 'a3.WzEwXQ.x.y', '不完整'],
    ['second questionnaire', 'a2.1-0.x', '旧版问卷'],
  ])('fails clearly on %s', (_name, hash, fragment) => {
    const result = decodeAnswers(hash);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });

  it('detects a tampered payload', () => {
    const hash = encodeAnswers(answersWith());
    const [prefix, body = '', sum] = hash.split('.');
    expect(body.startsWith('10-')).toBe(true);
    const result = decodeAnswers(`${prefix}.${body.replace(/^10-/, '3-')}.${sum}`);
    expect(result).toEqual({ ok: false, message: '分享链接校验失败，可能在复制时被截断或内容被修改，请重新复制完整链接。' });
  });

  it('detects truncation at any length', () => {
    const hash = encodeAnswers(answersWith());
    for (let cut = 1; cut < hash.length; cut++) {
      const result = decodeAnswers(hash.slice(0, hash.length - cut));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('rejects a checksummed body that is not an answer list', () => {
    for (const body of ['{"a":1}', 'abc', 'x-1', new Array(SHARE_FIELDS.length + 1).fill('0').join('-')]) {
      const result = decodeAnswers(linkFor(body));
      expect(result).toEqual({ ok: false, message: '分享链接的内容无法解析，可能已被修改，请重新填写问卷。' });
    }
  });

  it('rejects a checksummed body whose answers are invalid, quoting the first problem', () => {
    const tooMany = decodeAnswers(linkFor('100001-0-0-0-3-1'));
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.message).toContain('正式党员人数须为 0 到 100000 之间的整数');
    const badChoice = decodeAnswers(linkFor('3-0-0-7-3-1'));
    expect(badChoice.ok).toBe(false);
    if (!badChoice.ok) expect(badChoice.message).toContain('须从给定选项中选择');
    const missing = decodeAnswers(linkFor('3-0-0-1'));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message).toContain('请选择党组织设置形式');
  });

  it('applies the today check when asked', () => {
    const hash = encodeAnswers(answersWith({ lastElection: '2030-01' }));
    expect(decodeAnswers(hash).ok).toBe(true);
    expect(decodeAnswers(hash, { today: TODAY }).ok).toBe(false);
  });
});

describe('saved state', () => {
  it('uses a versioned key', () => {
    expect(STORAGE_KEY).toBe('xhdj-assessment-v1');
  });

  it('round-trips partial answers and the step', () => {
    const state = { step: 'life' as const, answers: { formalMembers: 4, probationaryMembers: 1, organisationForm: 'branch' as const } };
    expect(restoreState(serialiseState(state))).toEqual({ kind: 'restored', state, dropped: [] });
  });

  it.each([null, '', '   '])('treats %j as empty', (raw) => {
    expect(restoreState(raw)).toEqual({ kind: 'empty' });
  });

  it.each(['{', 'null', '[1,2]', '"text"', '{"v":1}', '{"v":1,"step":"nope","answers":{}}', '{"v":"1","step":"basics"}'])(
    'discards corrupted data %s',
    (raw) => {
      expect(restoreState(raw)).toEqual({ kind: 'discarded', message: '上次保存的填写进度已损坏，无法恢复，请重新填写。' });
    },
  );

  it('discards an old or newer version with its own message', () => {
    expect(restoreState('{"v":0,"step":"basics","answers":{}}')).toEqual({
      kind: 'discarded',
      message: '上次保存的填写进度来自旧版问卷，已无法沿用，请重新填写。',
    });
  });

  it('keeps a newer version as unreadable, never as discarded (the island must not delete it)', () => {
    const newer = restoreState('{"v":2,"step":"basics","answers":{}}');
    expect(newer.kind).toBe('unreadable');
    if (newer.kind === 'unreadable') expect(newer.message).toContain('原样保留');
  });

  it('names the answers it had to drop', () => {
    const raw = JSON.stringify({ v: 1, step: 'life', answers: { formalMembers: 4, heartToHeartMembers: true, lifeMeetings: -1 } });
    const restored = restoreState(raw);
    expect(restored).toMatchObject({ kind: 'restored', state: { answers: { formalMembers: 4 } } });
    if (restored.kind === 'restored') expect(restored.dropped.sort()).toEqual(['组织生活会次数', '党员之间的谈心谈话'].sort());
  });

  it('remembers that the result was shown', () => {
    const state = { step: 'role' as const, answers: { formalMembers: 4 }, view: 'result' as const };
    expect(restoreState(serialiseState(state))).toEqual({ kind: 'restored', state, dropped: [] });
  });

  it('keeps the date the answers were last changed; an unreadable one is left out, the answers kept', () => {
    const state = { step: 'role' as const, answers: { formalMembers: 4 }, date: '2026-06-03' };
    expect(restoreState(serialiseState(state))).toEqual({ kind: 'restored', state, dropped: [] });
    const raw = JSON.stringify({ v: 1, step: 'role', date: '2026-13-40', answers: { formalMembers: 4 } });
    expect(restoreState(raw)).toEqual({ kind: 'restored', state: { step: 'role', answers: { formalMembers: 4 } }, dropped: [] });
  });

  it('drops individual bad values but keeps the rest', () => {
    const raw = JSON.stringify({ v: 1, step: 'basics', answers: { formalMembers: 'x', probationaryMembers: 2, hasCommittee: 1 } });
    expect(restoreState(raw)).toEqual({
      kind: 'restored',
      state: { step: 'basics', answers: { probationaryMembers: 2 } },
      dropped: ['正式党员人数', '是否设立支部委员会'],
    });
    expect(restoreState(JSON.stringify({ v: 1, step: 'role', answers: 'oops' }))).toEqual({
      kind: 'restored',
      state: { step: 'role', answers: {} },
      dropped: [],
    });
  });
});
