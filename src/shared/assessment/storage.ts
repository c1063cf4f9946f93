/**
 * Saved questionnaire state for localStorage, as pure string ⇄ state helpers
 * (the island does the actual getItem/setItem). The payload carries a version so
 * a future change of the answer shape discards old saves with a message instead
 * of feeding them to the engine.
 */
import { STORAGE_KEYS } from '../site/constants';
import { questionName, sanitisePartialAnswers } from './parse-answers';
import { STEPS } from './questions';
import type { PartialAnswers, StepId } from './types';

export const STORAGE_KEY = STORAGE_KEYS.assessment;
export const STORAGE_VERSION = 1;

export interface SavedState {
  answers: PartialAnswers;
  step: StepId;
  /** Set once the user has seen the result, so a reload shows it again. */
  view?: 'result';
  /**
   * The ISO date (YYYY-MM-DD) the answers were last changed: the result is assessed as of
   * that day, however much later it is shown again (issue #19). Saves without it (before
   * the field existed) are read as of the day they are opened, as before.
   */
  date?: string;
}

export type RestoreResult =
  | { kind: 'empty' }
  /** `dropped` names the saved answers that could not be read and were left out. */
  | { kind: 'restored'; state: SavedState; dropped: string[] }
  | { kind: 'discarded'; message: string }
  /** Saved by a newer version of the page: kept as it is, and nothing is written over it. */
  | { kind: 'unreadable'; message: string };

const STEP_IDS = new Set<string>(STEPS.map((s) => s.id));
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function serialiseState(state: SavedState): string {
  const view = state.view === 'result' ? { view: 'result' } : {};
  const date = state.date !== undefined && ISO_DATE.test(state.date) ? { date: state.date } : {};
  return JSON.stringify({ v: STORAGE_VERSION, step: state.step, ...view, ...date, answers: sanitisePartialAnswers(state.answers) });
}

const CORRUPTED = '上次保存的填写进度已损坏，无法恢复，请重新填写。';
const OLD_VERSION = '上次保存的填写进度来自旧版问卷，已无法沿用，请重新填写。';
const NEWER_VERSION =
  '本机保存的填写进度来自更新版本的问卷，当前页面无法读取。为免丢失，它已原样保留，本次填写不会保存到本机；请刷新页面以使用新版问卷。';

/** Names of the saved answers that were present but could not be read. */
function droppedNames(saved: unknown, kept: PartialAnswers): string[] {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return [];
  return Object.keys(saved)
    .filter((key) => !(key in kept))
    .map((key) => questionName(key));
}

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
    return version < STORAGE_VERSION ? { kind: 'discarded', message: OLD_VERSION } : { kind: 'unreadable', message: NEWER_VERSION };
  }
  const step = record['step'];
  if (typeof step !== 'string' || !STEP_IDS.has(step)) return { kind: 'discarded', message: CORRUPTED };
  // Values that fail validation are dropped one by one, so a single bad field does not lose the rest.
  const answers = sanitisePartialAnswers(record['answers']);
  const date = record['date'];
  // An unreadable date is left out: the answers are then read as of today, as a save without one.
  const state: SavedState = {
    step: step as StepId,
    answers,
    ...(record['view'] === 'result' ? { view: 'result' as const } : {}),
    ...(typeof date === 'string' && ISO_DATE.test(date) ? { date } : {}),
  };
  return { kind: 'restored', state, dropped: droppedNames(record['answers'], answers) };
}
