/** The answers of every visible step as description lists; with onEdit, each row gets a 修改 link. */
import type { AnswerKey, PartialAnswers, Question, StepId } from '../../lib/assessment';
import { visibleQuestions, visibleSteps } from '../../lib/assessment/questions';
import { fieldId } from './state';

export function formatAnswer(q: Question, value: unknown): string {
  if (value === undefined) return '未填写';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (q.kind === 'choice') return q.options?.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}

interface Props {
  values: PartialAnswers;
  headingLevel: 'h3' | 'h4';
  onEdit?: (step: StepId, field: AnswerKey) => void;
}

export function AnswerList({ values, headingLevel: H, onEdit }: Props) {
  return (
    <>
      {visibleSteps(values).map((step) => (
        <div class="answers" key={step.id}>
          <H class="answers__title">{step.title}</H>
          <dl class="answers__list">
            {visibleQuestions(step, values).map((q) => (
              <div class="answers__row" key={q.id}>
                <dt>{q.label}</dt>
                <dd>{formatAnswer(q, values[q.id])}</dd>
                {onEdit && (
                  <dd class="answers__edit">
                    <a
                      href={`#${fieldId(q.id)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onEdit(step.id, q.id);
                      }}
                    >
                      修改<span class="visually-hidden">“{q.name}”</span>
                    </a>
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  );
}
