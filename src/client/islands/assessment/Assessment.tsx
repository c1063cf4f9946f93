/**
 * The "两个覆盖" self-assessment island. Everything runs in the browser: answers
 * are kept in localStorage (versioned, see shared/assessment/storage) and shared only
 * through the URL hash, which browsers never send to a server.
 */
import { useEffect, useLayoutEffect, useMemo, useReducer } from 'preact/hooks';
import type { DecodeResult, RestoreResult } from '../../../shared/assessment';
import { visibleSteps } from '../../../shared/assessment/questions';
import { restoreState, serialiseState, STORAGE_KEY } from '../../../shared/assessment/storage';
import { focusField } from './ErrorSummary';
import { localToday } from '../../../shared/dates';
import { hasStarted, MESSAGES, setIslandMessages, HEADING_ID, initialState, reducer, typed, type Action } from './state';
import { StepForm } from './StepForm';
import type { AssessmentProps } from './types';
import { loadResults, useResults } from './use-results';

/** The page's introduction, folded once the user is past the first step. */
const INTRO_SELECTOR = 'details.assessment-intro';

/** Share links start with a version prefix such as "a1."; other hashes (#main) are not ours. */
const SHARE_HASH = /^#a\d/;

function readStorage(): RestoreResult {
  try {
    const result = restoreState(localStorage.getItem(STORAGE_KEY));
    // Only what no version can read is removed; a newer version's save is kept (see storage.ts).
    if (result.kind === 'discarded') localStorage.removeItem(STORAGE_KEY);
    return result;
  } catch {
    return { kind: 'empty' }; // storage disabled: the questionnaire still works, it just is not kept
  }
}

/**
 * Moves focus to a view's heading and brings it to the top of the screen: focus alone
 * scrolls only as far as needed, which left the heading mid-introduction.
 */
function focusHeading(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus({ preventScroll: true });
  el.scrollIntoView?.({ block: 'start' });
}

function writeStorage(value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Quota or privacy settings: keep working without saving.
  }
}

/** Decodes the share link in the hash; the decoder comes with the results module. */
async function readShareLink(today: string): Promise<DecodeResult> {
  try {
    return (await loadResults()).decodeAnswers(location.hash, { today });
  } catch {
    return { ok: false, message: MESSAGES.shareLoadFailed };
  }
}

/** The page's own title, read when the module loads, before the island changes it. */
const PAGE_TITLE = typeof document === 'undefined' ? '' : document.title;

/** Shown for the moment the results module takes to arrive, or if it cannot be fetched. */
function ModulePending({ failed }: { failed: boolean }) {
  return failed ? (
    <div class="assessment-notice assessment-notice--error" role="alert">
      <p>{MESSAGES.loadFailed}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        重新加载
      </button>
    </div>
  ) : (
    <p class="assessment-notice assessment-notice--info" role="status">
      正在加载……
    </p>
  );
}

export default function Assessment({ refs, sources, titles, texts, today }: AssessmentProps) {
  setIslandMessages(texts.messages);
  const [state, dispatch] = useReducer(reducer, today ?? '', (t: string) => initialState(t || localToday()));
  const values = typed(state.raw);

  useEffect(() => {
    let live = true;
    const stored = readStorage();
    if (SHARE_HASH.test(location.hash))
      void readShareLink(state.today).then((shared) => live && dispatch({ type: 'init', stored, shared }));
    else dispatch({ type: 'init', stored, shared: null });
    const onHash = (): void => {
      if (SHARE_HASH.test(location.hash)) void readShareLink(state.today).then((shared) => live && dispatch({ type: 'shared', shared }));
    };
    addEventListener('hashchange', onHash);
    return () => {
      live = false;
      removeEventListener('hashchange', onHash);
    };
  }, []);

  // A layout effect runs right after the change is rendered (an effect may wait for the next
  // frame), so closing or reloading the page just after answering loses nothing.
  useLayoutEffect(() => {
    if (!state.ready || !state.dirty || state.shared || state.storageLocked) return;
    writeStorage(
      serialiseState(
        state.phase === 'result'
          ? { answers: values, step: state.step, view: 'result', date: state.date }
          : { answers: values, step: state.step, date: state.date },
      ),
    );
  }, [state.raw, state.step, state.dirty, state.phase]);

  // Past the first step (or on a result), the page's introduction folds so that it is not read
  // again above every step; the user may open it again. Before the focus effect, which scrolls.
  const pastStart = state.ready && (state.phase !== 'form' || state.step !== 'basics');
  useLayoutEffect(() => {
    const intro = document.querySelector<HTMLDetailsElement>(INTRO_SELECTOR);
    if (pastStart && intro) intro.open = false;
  }, [pastStart]);

  // Focus moves in the same task as the change it follows, so no keystroke lands in between.
  useLayoutEffect(() => {
    // Once the view no longer shows the shared answers (or the link was broken), drop the hash.
    if (state.ready && !state.shared && SHARE_HASH.test(location.hash)) history.replaceState(null, '', location.pathname + location.search);
    const target = state.focus;
    if (target === null) return;
    if (target.startsWith('q-')) focusField(target.slice(2));
    else if (target === HEADING_ID) focusHeading(target);
    else document.getElementById(target)?.focus();
  }, [state]);

  // The engine is fetched once the user has started (or a saved session or share link brought answers).
  const loaded = useResults(state.ready && hasStarted(state));
  const engine = typeof loaded === 'object' ? loaded : null;
  const result = useMemo(
    () => (engine && state.answers ? engine.assess(state.answers, { today: state.date, availableSources: sources, titles }) : null),
    [engine, state.answers, state.date, sources, titles],
  );
  // Reaching review or result before the module arrived asked for its heading; focus it once it exists.
  useLayoutEffect(() => {
    if (engine && state.phase !== 'form' && state.focus === HEADING_ID) focusHeading(HEADING_ID);
  }, [engine]);

  const act = (action: Action) => () => dispatch(action);
  // Asks first, saying what will be lost: the button sits near 下一步 and 修改答案.
  const restart = (): void => {
    const question = state.shared && engine ? engine.clearQuestion(texts) : MESSAGES.clearAll;
    if (!window.confirm(question)) return;
    if (state.storageLocked) {
      // The newer version's save stays; only this page's answers are cleared.
      dispatch({ type: 'reset', notice: { kind: 'info', text: MESSAGES.clearedHere } });
      return;
    }
    writeStorage(null);
    dispatch({ type: 'reset', notice: { kind: 'info', text: MESSAGES.cleared } });
  };

  const clearButton = (label: string) => (
    <button type="button" class="button button--quiet" onClick={restart}>
      {label}
    </button>
  );

  const steps = visibleSteps(values);
  const step = steps.find((s) => s.id === state.step) ?? steps[0];
  // Progress counts the steps an own organisation would need until the form question is answered,
  // so it reads 共 5 步 at the start and only shrinks when fewer questions apply.
  const counted = visibleSteps({ organisationForm: 'branch', ...values });
  const index = Math.max(
    0,
    counted.findIndex((s) => s.id === step?.id),
  );

  // The tab title says where the user is, so screen readers and history entries make sense.
  const where =
    state.phase === 'result'
      ? '自评结果'
      : state.phase === 'review'
        ? '检查答案'
        : step
          ? `第 ${index + 1} 步，共 ${counted.length} 步：${texts.steps[step.id].title}`
          : '';
  useEffect(() => {
    if (!state.ready || !where) return;
    document.title = `${where} | ${PAGE_TITLE}`;
  }, [where, state.ready]);

  return (
    <div class="assessment" data-ready={state.ready ? 'true' : undefined}>
      {state.notices.map((n) => (
        <p key={n.text} class={`assessment-notice assessment-notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          {n.text}
        </p>
      ))}
      {state.phase === 'result' && state.answers ? (
        engine && result ? (
          <engine.Result
            answers={state.answers}
            result={result}
            date={state.date}
            today={state.today}
            refs={refs}
            titles={titles}
            texts={texts}
            onEdit={() => engine.confirmReplace(texts, state.shared) && dispatch({ type: 'review' })}
            clear={clearButton('清除并重新开始')}
          />
        ) : (
          <ModulePending failed={loaded === 'failed'} />
        )
      ) : state.phase === 'review' ? (
        engine ? (
          <engine.Review
            values={values}
            texts={texts}
            onEdit={(s, field) => dispatch({ type: 'edit', step: s, field })}
            onBack={act({ type: 'back' })}
            onSubmit={act({ type: 'submit' })}
          />
        ) : (
          <ModulePending failed={loaded === 'failed'} />
        )
      ) : (
        step && (
          <StepForm
            key={`${step.id}-${state.generation}`}
            step={step}
            texts={texts}
            index={index}
            count={counted.length}
            raw={state.raw}
            values={values}
            errors={state.errors}
            onChange={(field, value) => dispatch({ type: 'set', field, value })}
            onNext={act({ type: 'next' })}
            onBack={act({ type: 'back' })}
            explain={engine?.monthMessage}
          />
        )
      )}
      {state.phase !== 'result' && (
        <div class="assessment-clear no-print">
          <p>{MESSAGES.storedHere}</p>
          {clearButton('清除已填内容')}
        </div>
      )}
    </div>
  );
}
