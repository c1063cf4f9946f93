/** The answers of every visible step as description lists; with onEdit, each row gets a 修改 link. */
import type { AnswerKey, PartialAnswers, Question, QuestionnaireTexts, QuestionText, StepId } from '../../../shared/assessment';
import { visibleQuestions, visibleSteps } from '../../../shared/assessment/questions';
import { fieldId } from './state';

export function formatAnswer(q: Question, text: QuestionText, value: unknown): string {
  if (value === undefined) return '未填写';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (q.kind === 'yesno' && value === 'unknown') return '不清楚';
  if (q.kind === 'choice' && q.options?.some((o) => o.value === value)) return text.options?.[String(value)] ?? String(value);
  return String(value);
}

interface Props {
  values: PartialAnswers;
  texts: QuestionnaireTexts;
  headingLevel: 'h3' | 'h4';
  onEdit?: (step: StepId, field: AnswerKey) => void;
}

export function AnswerList({ values, texts, headingLevel: H, onEdit }: Props) {
  return (
    <>
      {visibleSteps(values).map((step) => (
        <div class="answers" key={step.id}>
          <H class="answers__title">{texts.steps[step.id].title}</H>
          <dl class="answers__list">
            {visibleQuestions(step, values).map((q) => (
              <div class="answers__row" key={q.id}>
                <dt>{texts.questions[q.id].label}</dt>
                <dd>{formatAnswer(q, texts.questions[q.id], values[q.id])}</dd>
                {onEdit && (
                  <dd class="answers__edit">
                    <a
                      href={`#${fieldId(q.id)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onEdit(step.id, q.id);
                      }}
                    >
                      修改<span class="visually-hidden">“{texts.names[q.id]}”</span>
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
