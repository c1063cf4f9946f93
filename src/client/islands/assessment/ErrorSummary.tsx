/**
 * The list of problems on a step. It takes focus after a failed 下一步 and each
 * entry links to its field; following a link focuses the field without touching
 * the URL hash (the hash is reserved for share links).
 */
import type { FieldError } from '../../../shared/assessment';
import { ERRORS_ID, fieldId } from './state';

export function focusField(field: string): void {
  const el = document.getElementById(fieldId(field));
  if (!el) return;
  // Bring the question (label or legend) into view, not only the control.
  el.closest('.question')?.scrollIntoView?.({ block: 'start' });
  el.focus({ preventScroll: true });
}

export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={ERRORS_ID} class="error-summary" role="alert" tabIndex={-1} aria-labelledby={`${ERRORS_ID}-title`}>
      <h3 id={`${ERRORS_ID}-title`} class="error-summary__title">
        有 {errors.length} 处需要修改
      </h3>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a
              href={`#${fieldId(e.field)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(e.field);
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
