/**
 * Where the plan's answers come from: a share link in the address (#a2…), else the
 * self-assessment saved in this browser. Pure (strings in, answers out), so every case
 * is tested without a page; nothing is written anywhere.
 */
import type { Answers } from '../../../shared/assessment/types';
import { parseAnswers } from '../../../shared/assessment/parse-answers';
import { decodeAnswers } from '../../../shared/assessment/share';
import { restoreState } from '../../../shared/assessment/storage';

export type AnswerSource =
  | { kind: 'shared' | 'stored'; answers: Answers }
  /** No usable answers; the message says why and what to do. */
  | { kind: 'none'; message: string };

const SHARE_HASH = /^#?a\d+\./;

export const NO_ANSWERS = '本机没有保存的自评答案。请先完成“两个覆盖”自评，再从结果页打开年度工作安排；也可以打开别人分享的自评链接。';
export const UNFINISHED = '本机保存的自评还没有填写完成。请先完成自评，再打开年度工作安排。';

export function readSource(hash: string, stored: string | null, today: string): AnswerSource {
  if (SHARE_HASH.test(hash)) {
    // A dated link's answers are read as of its date (decodeAnswers); the plan starts today.
    const shared = decodeAnswers(hash, { today });
    return shared.ok ? { kind: 'shared', answers: shared.answers } : { kind: 'none', message: shared.message };
  }
  const restored = restoreState(stored);
  if (restored.kind === 'empty') return { kind: 'none', message: NO_ANSWERS };
  if (restored.kind !== 'restored') return { kind: 'none', message: restored.message };
  // Read as of the day the answers were given, as the assessment does (the plan itself starts today).
  const parsed = parseAnswers(restored.state.answers, { today: restored.state.date ?? today });
  return parsed.ok ? { kind: 'stored', answers: parsed.answers } : { kind: 'none', message: UNFINISHED };
}
