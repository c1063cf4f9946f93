/**
 * What the questionnaire says: each step's title and description, each question's
 * label and hint, and the label of each choice option, in the data file
 * question-texts.json (its schema: node/data/question-texts.ts, checked before the build
 * starts). The structure the rules work on (ids, kinds, bounds, visibility, the short
 * names used in validation messages) is in questions.ts.
 *
 * Options several questions share are written once, under optionSets, and named by a
 * question's `options`. Only the page and the tests import this module. The page passes
 * it to the island as a prop, so it reaches the browser as JSON in the page (data-props)
 * and is not part of the island's JavaScript (see client/islands/assessment/types.ts,
 * AssessmentProps.texts).
 */
import { ISLAND_MESSAGES } from './island-messages';
import { QUESTION_NAMES } from './question-names';
import data from './question-texts.json';
import type { AnswerKey, QuestionnaireTexts, QuestionText, StepId, StepText } from './types';

/** The shape of question-texts.json. */
export interface QuestionTextsFile {
  optionSets: Readonly<Record<string, Readonly<Record<string, string>>>>;
  steps: Readonly<Record<StepId, StepText>>;
  questions: Readonly<Record<AnswerKey, Omit<QuestionText, 'options'> & { options?: string | Readonly<Record<string, string>> }>>;
}

const FILE = data as QuestionTextsFile;

function withOptions(q: QuestionTextsFile['questions'][AnswerKey]): QuestionText {
  if (typeof q.options !== 'string') return q as QuestionText;
  const options = FILE.optionSets[q.options];
  if (!options) throw new RangeError(`question texts: unknown option set ${q.options}`);
  return { ...q, options };
}

export const QUESTION_TEXTS: QuestionnaireTexts = {
  steps: FILE.steps,
  questions: Object.fromEntries(Object.entries(FILE.questions).map(([k, q]) => [k, withOptions(q)])) as QuestionnaireTexts['questions'],
  names: QUESTION_NAMES,
  messages: ISLAND_MESSAGES,
};
