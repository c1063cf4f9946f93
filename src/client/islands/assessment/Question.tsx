/**
 * One question with native controls: a number or text (month) input with its label, or a
 * fieldset of radios. Hint and error are tied to the control with aria-describedby.
 * Text inputs are uncontrolled (the parent re-creates them when the state is
 * replaced), so the browser never rewrites what the user is typing.
 */
import type { AnswerKey, Question as QuestionData, QuestionText } from '../../../shared/assessment';
import { fieldId } from './state';

interface Props {
  q: QuestionData;
  /** Its label, hint and option labels. */
  text: QuestionText;
  value: string | boolean | undefined;
  error: string | undefined;
  onChange: (field: AnswerKey, value: string | boolean | undefined) => void;
}

const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];
/** 'unknown' is the answer's own value (see Unsure), not a code of the radio. */
const YES_NO_UNSURE = [...YES_NO, { value: 'unknown', label: '不清楚' }];

/** Marks input the browser could not read (e.g. letters in a number field) so it is reported. */
const UNREADABLE = '?';

export function Question({ q, text, value, error, onChange }: Props) {
  const id = fieldId(q.id);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [text.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  const hint = text.hint ? (
    <p id={hintId} class="question__hint">
      {text.hint}
    </p>
  ) : null;
  const message = error ? (
    <p id={errorId} class="question__error">
      <span class="visually-hidden">错误：</span>
      {error}
    </p>
  ) : null;

  if (q.kind === 'integer' || q.kind === 'month') {
    const month = q.kind === 'month';
    return (
      <div class={error ? 'question question--error' : 'question'}>
        <label class="question__label" for={id}>
          {text.label}
        </label>
        {hint}
        {message}
        <input
          id={id}
          name={q.id}
          class={month ? 'question__input question__input--month' : 'question__input'}
          // Months are plain text: <input type="month"> is missing in some browsers and its segments
          // follow the browser's locale, not the hint. The hint asks for what a phone's keypad can
          // type: six digits (202306), or with the decimal keypad's point (2023.06); 2023-06 and
          // 2023年6月 are read too (state.ts, normaliseMonth).
          type={month ? 'text' : 'number'}
          inputMode={month ? 'decimal' : 'numeric'}
          {...(month ? { spellcheck: false } : { min: q.min, max: q.max, step: 1 })}
          defaultValue={typeof value === 'string' ? value : ''}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          autoComplete="off"
          onInput={(e) => {
            const input = e.currentTarget;
            onChange(q.id, input.validity.badInput ? UNREADABLE : input.value === '' ? undefined : input.value);
          }}
        />
      </div>
    );
  }

  const options =
    q.kind === 'yesno'
      ? q.unsure
        ? YES_NO_UNSURE
        : YES_NO
      : (q.options ?? []).map((o) => ({ value: o.value, label: text.options?.[o.value] ?? o.value }));
  const current = typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
  return (
    <fieldset class={error ? 'question question--error' : 'question'} aria-describedby={describedBy}>
      <legend class="question__label">{text.label}</legend>
      {hint}
      {message}
      <div class="question__choices">
        {options.map((o, i) => (
          <label class="choice" key={o.value}>
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${i}`}
              name={q.id}
              value={o.value}
              checked={current === o.value}
              aria-invalid={invalid}
              onChange={() => onChange(q.id, q.kind === 'yesno' && o.value !== 'unknown' ? o.value === 'yes' : o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
