/** "检查答案": every answer with a 修改 link back to its step, then the result button. */
import type { AnswerKey, PartialAnswers, QuestionnaireTexts, StepId } from '../../../shared/assessment';
import { AnswerList } from './AnswerList';
import { HEADING_ID } from './state';

interface Props {
  values: PartialAnswers;
  texts: QuestionnaireTexts;
  onEdit: (step: StepId, field: AnswerKey) => void;
  onBack: () => void;
  onSubmit: () => void;
}

export function Review({ values, texts, onEdit, onBack, onSubmit }: Props) {
  return (
    <section class="assessment-review" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1} class="assessment-heading">
        检查答案
      </h2>
      <p>请核对下面的答案。需要更改时，点击该项后面的“修改”。</p>
      <AnswerList values={values} texts={texts} headingLevel="h3" onEdit={onEdit} />
      <div class="assessment-actions">
        <button type="button" class="button button--primary" onClick={onSubmit}>
          查看自评结果
        </button>
        <button type="button" class="button" onClick={onBack}>
          上一步
        </button>
      </div>
    </section>
  );
}
