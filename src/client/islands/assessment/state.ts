/**
 * The island's state as a pure reducer, so every transition (and where focus goes
 * after it) can be tested without a DOM.
 *
 * Text inputs keep the raw text the user typed; `typed()` turns it into the values
 * the engine validates, so a half-typed number is reported instead of lost.
 */
import type { IslandMessages } from '../../../shared/assessment/island-messages';
import type { AnswerKey, Answers, DecodeResult, FieldError, PartialAnswers, RestoreResult, StepId } from '../../../shared/assessment';
import { parseAnswers, validateStep } from '../../../shared/assessment/parse-answers';
import { findQuestion, QUESTIONS, STEPS, visibleSteps } from '../../../shared/assessment/questions';

/** Raw UI values: text for numbers, months and choices; booleans for 是/否. */
export type Raw = Partial<Record<AnswerKey, string | boolean>>;
export type Phase = 'form' | 'review' | 'result';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface UiState {
  phase: Phase;
  step: StepId;
  raw: Raw;
  /** Errors of the current step, shown after a failed 下一步 until the next attempt. */
  errors: FieldError[];
  /** Validated answers, set in the result phase. */
  answers: Answers | null;
  /** The result came from a share link (nothing is saved until the user edits). */
  shared: boolean;
  /** Storage holds something this version cannot read: it is kept, and nothing is saved over it. */
  storageLocked: boolean;
  notices: Notice[];
  today: string;
  /**
   * The date the answers were last changed (YYYY-MM-DD), which the result is assessed as of:
   * a share link's or a save's own date until the user changes an answer, then today.
   */
  date: string;
  /** False until storage and the hash have been read; nothing is saved before that. */
  ready: boolean;
  /** The user changed something since loading or clearing, so the state is worth saving. */
  dirty: boolean;
  /** Bumped whenever inputs must be recreated from `raw` (they are uncontrolled). */
  generation: number;
  /** Element id to focus after this transition, or null. */
  focus: string | null;
}

export type Action =
  | { type: 'init'; stored: RestoreResult; shared: DecodeResult | null }
  | { type: 'shared'; shared: DecodeResult }
  | { type: 'set'; field: AnswerKey; value: string | boolean | undefined }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'edit'; step: StepId; field?: AnswerKey }
  | { type: 'review' }
  | { type: 'submit' }
  | { type: 'reset'; notice?: Notice };

export const HEADING_ID = 'assessment-heading';
export const ERRORS_ID = 'assessment-errors';
export const fieldId = (field: string): string => `q-${field}`;

/** The fixed notices, from the page's texts (shared/assessment/island-messages): registered, not imported, so they stay out of this script. */
export let MESSAGES: IslandMessages;
export function setIslandMessages(messages: IslandMessages): void {
  MESSAGES = messages;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const toAscii = (text: string): string => text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();

/** "2023-6", "2023/06", "2023年6月", "202306" → "2023-06"; anything else is returned as typed. */
export function normaliseMonth(text: string): string {
  const t = toAscii(text);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
  return m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}` : t;
}

/** Raw UI values → values for validation; unreadable text stays a string so it is reported. */
export function typed(raw: Raw): PartialAnswers {
  const out: Record<string, unknown> = {};
  for (const q of QUESTIONS) {
    const v = raw[q.id];
    if (v === undefined) continue;
    if (typeof v === 'string' && (q.kind === 'integer' || q.kind === 'month')) {
      const t = q.kind === 'month' ? normaliseMonth(v) : toAscii(v);
      if (t === '') continue;
      out[q.id] = q.kind === 'integer' && /^\d{1,15}$/.test(t) ? Number(t) : t;
    } else {
      out[q.id] = v;
    }
  }
  return out as PartialAnswers;
}

/** Validated or restored answers → raw UI values (with the questions' defaults filled in). */
export function toRaw(answers: PartialAnswers): Raw {
  const raw: Raw = {};
  for (const q of QUESTIONS) {
    const v = answers[q.id] ?? q.defaultValue;
    if (v !== undefined) raw[q.id] = typeof v === 'number' ? String(v) : v;
  }
  return raw;
}

const UNANSWERED: Raw = toRaw({});

/** Anything answered (now or in a saved session), or past the questions: the results module will be wanted. */
export function hasStarted(state: UiState): boolean {
  return state.phase !== 'form' || QUESTIONS.some((q) => state.raw[q.id] !== UNANSWERED[q.id]);
}

/** Answers the user gave: a question's preselected default alone is not one. */
export function answeredCount(answers: PartialAnswers): number {
  return QUESTIONS.filter((q) => answers[q.id] !== undefined && answers[q.id] !== q.defaultValue).length;
}

/** Builds the notice for a restored save: what came back, and what could not be read. */
function restoredNotice(answered: number, dropped: readonly string[], result: boolean): Notice | null {
  const lost = dropped.length > 0 ? `${MESSAGES.dropped}${dropped.join('、')}。` : '';
  if (answered === 0) return lost ? { kind: 'error', text: `${MESSAGES.nothingRestored}${lost}` } : null;
  return { kind: lost ? 'error' : 'info', text: `${result ? MESSAGES.restoredResult : MESSAGES.restored}${lost}` };
}

export function initialState(today: string): UiState {
  return {
    phase: 'form',
    step: 'basics',
    raw: UNANSWERED,
    errors: [],
    answers: null,
    shared: false,
    storageLocked: false,
    notices: [],
    today,
    date: today,
    ready: false,
    dirty: false,
    generation: 0,
    focus: null,
  };
}

const stepOf = (field: string): StepId | undefined => STEPS.find((s) => s.questions.some((q) => q.id === field))?.id;

/** The step itself when visible, else the nearest visible step before it (or the first). */
function visibleStepNear(step: StepId, answers: PartialAnswers): StepId {
  const visible = new Set(visibleSteps(answers).map((s) => s.id));
  const order = STEPS.map((s) => s.id);
  for (let i = order.indexOf(step); i >= 0; i--) {
    const id = order[i];
    if (id !== undefined && visible.has(id)) return id;
  }
  return 'basics';
}

/** Shows the errors of the step that holds the first problem in `errors`. */
function toFirstError(state: UiState, errors: readonly FieldError[]): UiState {
  const step = stepOf(errors[0]?.field ?? '') ?? state.step;
  return {
    ...state,
    phase: 'form',
    step,
    errors: validateStep(step, typed(state.raw), { today: state.today }),
    focus: ERRORS_ID,
  };
}

function applyShared(state: UiState, shared: DecodeResult): UiState {
  if (!shared.ok) {
    return { ...state, notices: [...state.notices, { kind: 'error', text: shared.message }] };
  }
  return {
    ...state,
    phase: 'result',
    step: visibleStepNear('role', shared.answers),
    raw: toRaw(shared.answers),
    errors: [],
    answers: shared.answers,
    date: shared.date ?? state.today,
    shared: true,
    // A newer version's save stays locked: keep saying that nothing will be saved.
    notices: [{ kind: 'info', text: MESSAGES.shared }, ...(state.storageLocked ? state.notices.filter((n) => n.kind === 'error') : [])],
    generation: state.generation + 1,
  };
}

function transition(state: UiState, action: Action): UiState {
  const values = typed(state.raw);
  switch (action.type) {
    case 'init': {
      let next: UiState = { ...state, ready: true, generation: state.generation + 1 };
      const { stored } = action;
      if (stored.kind === 'discarded') {
        next = { ...next, notices: [{ kind: 'error', text: stored.message }] };
      } else if (stored.kind === 'unreadable') {
        next = { ...next, storageLocked: true, notices: [{ kind: 'error', text: stored.message }] };
      } else if (stored.kind === 'restored') {
        const answers = stored.state.answers;
        const answered = answeredCount(answers);
        const date = stored.state.date ?? state.today;
        // A result seen before the reload is shown again, if the saved answers still make one.
        const parsed = stored.state.view === 'result' ? parseAnswers(answers, { today: date }) : null;
        const result = parsed?.ok === true ? parsed.answers : null;
        const notice = restoredNotice(answered, stored.dropped, result !== null);
        next = {
          ...next,
          raw: toRaw(answers),
          date,
          step: answered === 0 ? 'basics' : visibleStepNear(stored.state.step, answers),
          notices: notice ? [notice] : [],
          ...(result ? { phase: 'result' as const, answers: result } : {}),
        };
      }
      if (action.shared === null) return next;
      // A broken link keeps the local progress; a good one shows its result on top of it.
      return applyShared(next, action.shared);
    }
    case 'shared':
      return applyShared({ ...state, notices: [] }, action.shared);
    case 'set': {
      const raw = { ...state.raw };
      if (action.value === undefined) delete raw[action.field];
      else raw[action.field] = action.value;
      return { ...state, raw, date: state.today };
    }
    case 'next': {
      const errors = validateStep(state.step, values, { today: state.today });
      if (errors.length > 0) return { ...state, errors, focus: ERRORS_ID };
      const steps = visibleSteps(values);
      const following = steps[steps.findIndex((s) => s.id === state.step) + 1];
      if (following === undefined) return { ...state, phase: 'review', errors: [], focus: HEADING_ID };
      return { ...state, step: following.id, errors: [], focus: HEADING_ID };
    }
    case 'back': {
      if (state.phase === 'result') return { ...state, phase: 'review', shared: false, focus: HEADING_ID };
      const steps = visibleSteps(values);
      if (state.phase === 'review') {
        return { ...state, phase: 'form', step: steps[steps.length - 1]?.id ?? 'basics', errors: [], focus: HEADING_ID };
      }
      const previous = steps[steps.findIndex((s) => s.id === state.step) - 1];
      return previous ? { ...state, step: previous.id, errors: [], focus: HEADING_ID } : state;
    }
    case 'edit': {
      const focus = action.field !== undefined && findQuestion(action.field) ? fieldId(action.field) : HEADING_ID;
      return { ...state, phase: 'form', step: action.step, errors: [], shared: false, focus };
    }
    case 'review':
      return { ...state, phase: 'review', shared: false, errors: [], focus: HEADING_ID };
    case 'submit': {
      const parsed = parseAnswers(values, { today: state.date });
      if (!parsed.ok) return toFirstError(state, parsed.errors);
      return { ...state, phase: 'result', answers: parsed.answers, errors: [], focus: HEADING_ID };
    }
    case 'reset':
      return {
        ...initialState(state.today),
        storageLocked: state.storageLocked,
        ready: true,
        generation: state.generation + 1,
        notices: action.notice ? [action.notice] : [],
        focus: HEADING_ID,
      };
  }
}

/** Focus requests last one transition only, so typing never moves focus. */
export function reducer(state: UiState, action: Action): UiState {
  const loading = action.type === 'init' || action.type === 'shared' || action.type === 'reset';
  const next = { ...transition({ ...state, focus: null }, action), dirty: !loading };
  // Notices about loading (restore, share link) go once the user moves to another view.
  const moved = !loading && action.type !== 'set' && next.focus === HEADING_ID && !next.shared;
  return moved ? { ...next, notices: [] } : next;
}
