/**
 * Saved questionnaire state for localStorage, as pure string ⇄ state helpers
 * (the island does the actual getItem/setItem). The payload carries a version so
 * a future change of the answer shape discards old saves with a message instead
 * of feeding them to the engine.
 */
import { sanitisePartialAnswers } from './parse-answers';
import { STEPS } from './questions';
import type { PartialAnswers, StepId } from './types';

export const STORAGE_KEY = 'xhdj-assessment-v1';
export const STORAGE_VERSION = 1;

export interface SavedState {
  answers: PartialAnswers;
  step: StepId;
}

export type RestoreResult =
  | { kind: 'empty' }
  | { kind: 'restored'; state: SavedState }
  | { kind: 'discarded'; message: string };

const STEP_IDS = new Set<string>(STEPS.map((s) => s.id));

export function serialiseState(state: SavedState): string {
  return JSON.stringify({ v: STORAGE_VERSION, step: state.step, answers: sanitisePartialAnswers(state.answers) });
}

const CORRUPTED = '上次保存的填写进度已损坏，无法恢复，请重新填写。';
const OLD_VERSION = '上次保存的填写进度来自旧版问卷，已无法沿用，请重新填写。';
const OTHER_VERSION = '上次保存的填写进度来自其他版本的问卷，已无法沿用，请重新填写。';

export function restoreState(raw: string | null): RestoreResult {
  if (raw === null || raw.trim() === '') return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'discarded', message: CORRUPTED };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'discarded', message: CORRUPTED };
  const record = data as Record<string, unknown>;
  const version = record['v'];
  if (version !== STORAGE_VERSION) {
    if (typeof version !== 'number') return { kind: 'discarded', message: CORRUPTED };
    return { kind: 'discarded', message: version < STORAGE_VERSION ? OLD_VERSION : OTHER_VERSION };
  }
  const step = record['step'];
  if (typeof step !== 'string' || !STEP_IDS.has(step)) return { kind: 'discarded', message: CORRUPTED };
  // Values that fail validation are dropped one by one, so a single bad field does not lose the rest.
  return { kind: 'restored', state: { step: step as StepId, answers: sanitisePartialAnswers(record['answers']) } };
}
