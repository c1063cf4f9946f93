/**
 * One step of the questionnaire: progress in the heading (focused on every step
 * change, so screen readers announce it), the error summary, the questions and
 * the back/next buttons.
 */
import type { AnswerKey, FieldError, PartialAnswers, Question as QuestionData, QuestionnaireTexts, Step } from '../../../shared/assessment';
import { visibleQuestions } from '../../../shared/assessment/questions';
import { ErrorSummary } from './ErrorSummary';
import { Question } from './Question';
import { HEADING_ID, type Raw } from './state';

interface Props {
  step: Step;
  texts: QuestionnaireTexts;
  index: number;
  count: number;
  raw: Raw;
  values: PartialAnswers;
  errors: readonly FieldError[];
  onChange: (field: AnswerKey, value: string | boolean | undefined) => void;
  onNext: () => void;
  onBack: () => void;
  /**
   * A plainer message for what the user typed (plain.ts, monthMessage), once the results
   * module has arrived; until then the validator's own message shows.
   */
  explain?: ((q: QuestionData, typed: unknown) => string | null) | undefined;
}

export function StepForm({ step, texts, index, count, raw, values, errors, onChange, onNext, onBack, explain }: Props) {
  const { title, description } = texts.steps[step.id];
  const questions = visibleQuestions(step, values);
  // Errors of questions hidden since (an earlier answer changed) are no longer relevant.
  const shown = errors.flatMap((e) => {
    const q = questions.find((q) => q.id === e.field);
    return q ? [{ ...e, message: explain?.(q, raw[q.id]) ?? e.message }] : [];
  });
  const last = index === count - 1;
  return (
    <form
      class="assessment-step"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <fieldset class="assessment-step__group">
        <legend>
          <h2 id={HEADING_ID} tabIndex={-1} class="assessment-heading">
            <span class="assessment-progress">
              第 {index + 1} 步，共 {count} 步
            </span>
            <span class="visually-hidden">：</span>
            {title}
          </h2>
        </legend>
        {/* One segment per step, filled up to this one (no inline styles: the CSP forbids them). */}
        <ol class="assessment-progress__bar" aria-hidden="true">
          {Array.from({ length: count }, (_, i) => (
            <li key={i} class={i <= index ? 'done' : undefined} />
          ))}
        </ol>
        <p class="assessment-step__desc">{description}</p>
        <ErrorSummary errors={shown} />
        {questions.map((q) => (
          <Question
            key={q.id}
            q={q}
            text={texts.questions[q.id]}
            value={raw[q.id]}
            error={shown.find((e) => e.field === q.id)?.message}
            onChange={onChange}
          />
        ))}
      </fieldset>
      <div class="assessment-actions">
        <button type="submit" class="button button--primary">
          {last ? '检查答案' : '下一步'}
        </button>
        {index > 0 && (
          <button type="button" class="button" onClick={onBack}>
            上一步
          </button>
        )}
      </div>
    </form>
  );
}
