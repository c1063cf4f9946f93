/**
 * The schema of the questionnaire's texts (src/shared/assessment/question-texts.json): a
 * title and description for every step, a label for every question the questionnaire
 * asks (and no other), option sets that exist. Which option values each choice question
 * has is structure (questions.ts), checked by tests/unit/shared/assessment/questions.test.ts.
 * Checked before the build starts (integrations/data-tables.ts); imports only modules
 * without runtime imports, with their `.ts` names (Node loads it with the config).
 */
import { z } from 'astro/zod';
import { NORM_GROUPS } from '../../shared/assessment/norms/types.ts';
import { QUESTION_NAMES } from '../../shared/assessment/question-names.ts';
import type { QuestionTextsFile } from '../../shared/assessment/question-texts.ts';
import { locateJsonPath, nonEmptyText as text, readJsonFile, type TableProblem } from './json-file.ts';

export const QUESTION_TEXTS_FILE = 'src/shared/assessment/question-texts.json';

const labels = z.record(z.string(), text);
const STEP_IDS = ['basics', ...NORM_GROUPS] as const;

export const questionTextsSchema = z.strictObject({
  optionSets: z.record(z.string(), labels),
  steps: z.record(z.enum(STEP_IDS), z.strictObject({ title: text, description: text })),
  questions: z.record(
    z.enum(Object.keys(QUESTION_NAMES) as [keyof typeof QUESTION_NAMES, ...(keyof typeof QUESTION_NAMES)[]], '不是自评问卷的问题'),
    z.strictObject({ label: text, hint: text.exactOptional(), options: z.union([z.string(), labels]).exactOptional() }),
  ),
});

// The compiler proves the schema no looser than the type the page reads.
const _schemaFitsType = (t: z.infer<typeof questionTextsSchema>): QuestionTextsFile => t;
void _schemaFitsType;

/** Checks the questionnaire's texts; [] when all is well. */
export function checkQuestionTexts(file: string): TableProblem[] {
  const read = readJsonFile(file, questionTextsSchema);
  if (!read.ok) return read.problems;
  const { data, text } = read;
  return Object.entries(data.questions).flatMap(([id, q]) =>
    typeof q.options === 'string' && !(q.options in data.optionSets)
      ? [{ file, line: locateJsonPath(text, ['questions', id, 'options']), message: `选项组“${q.options}”不存在` }]
      : [],
  );
}
