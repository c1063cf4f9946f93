/**
 * The schema of the norm table's data files (src/shared/assessment/norms/<group>.json),
 * and what no single record can say: ids unique across the files, a check's duty and
 * context naming norms that exist. (A finding id may recur: norms for different
 * organisations give the same finding, and the first that applies judges it.) The build
 * checks the files before it starts (integrations/data-tables.ts): a broken one stops it
 * naming file and line.
 *
 * The schema's output is assignable to NormRecord (checked below by the compiler), so a
 * value the schema lets through is one the evaluator's types know. It imports only
 * modules without runtime imports, with their `.ts` names: Node loads it with the config.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { FORM_LABELS, type OrgForm } from '../../shared/assessment/norms/forms.ts';
import { ORG_KINDS, type NormRecord } from '../../shared/assessment/norms/types.ts';
import { QUESTION_NAMES } from '../../shared/assessment/question-names.ts';
import type { AnswerKey } from '../../shared/assessment/types.ts';
import { corpusSlug, locateJsonPath, nonEmptyText as text, readJsonFile, type TableProblem } from './json-file.ts';

const answerKey = z.enum(Object.keys(QUESTION_NAMES) as [AnswerKey, ...AnswerKey[]], '不是自评问卷的问题');
const orgKind = z.enum(ORG_KINDS);
const list = <T extends z.ZodType>(item: T, min = 0) => z.array(item).min(min).readonly();

const measure = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('count'),
    answer: answerKey,
    times: z.number().int().positive(),
    period: z.enum(['month', 'quarter', 'year']),
  }),
  z.strictObject({ kind: z.literal('any'), answer: answerKey }),
  z.strictObject({ kind: z.literal('atMost'), answer: answerKey, max: z.number().int().nonnegative() }),
  z.strictObject({
    kind: z.literal('yesno'),
    answer: answerKey,
    period: z.literal('year').exactOptional(),
    metWhen: z.boolean().exactOptional(),
  }),
  z.strictObject({ kind: z.literal('coverage'), answers: list(answerKey, 1), period: z.literal('year').exactOptional() }),
]);

const check = z.strictObject({
  finding: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, '须形如 life.general-meeting'),
  measure,
  applies: z.strictObject({
    kinds: list(orgKind, 1),
    ownFormal: z
      .strictObject({ min: z.number().int().nonnegative().exactOptional(), max: z.number().int().nonnegative().exactOptional() })
      .exactOptional(),
    when: list(z.tuple([answerKey, z.union([z.number(), z.boolean(), z.string()])]).readonly()).exactOptional(),
  }),
  duty: z.string().exactOptional(),
  context: list(z.string()).exactOptional(),
  referenceFor: list(orgKind).exactOptional(),
  referenceNote: text.exactOptional(),
  weight: z.number().nonnegative(),
  texts: z.strictObject({ met: text, partly: text.exactOptional(), none: text, action: text }),
});

export const normRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+[0-9]*-[a-z0-9-]+$/, '须形如 bwr11-general（来源缩写、条号、短名）'),
  coverage: z.enum(['organisation', 'work']),
  topic: text,
  requirement: text,
  frequency: text.exactOptional(),
  appliesTo: text,
  forms: list(z.enum(Object.keys(FORM_LABELS) as [OrgForm, ...OrgForm[]])),
  source: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('regulation'),
      slug: corpusSlug,
      article: z.number().int().positive(),
      detail: text.exactOptional(),
    }),
    z.strictObject({ kind: z.literal('explainer'), section: z.enum(['si-1', 'si-2', 'si-3']) }),
  ]),
  quote: text,
  modal: text,
  strength: z.enum(['binding', 'normally', 'permissive', 'recommended', 'task']),
  addressee: z.literal('superior').exactOptional(),
  met: text,
  reads: list(answerKey),
  check: check.exactOptional(),
});

// The compiler proves the schema no looser than the type the evaluator reads.
const _schemaFitsType = (r: z.infer<typeof normRecordSchema>): NormRecord => r;
void _schemaFitsType;

export const normFileSchema = z.array(normRecordSchema);

/** Where the norm table's data files are, relative to the project root. */
export const NORMS_DIR = 'src/shared/assessment/norms';

/** Checks every `<group>.json` in `dir` (the groups are `groups`): the problems ([] when all is well) and the norm ids found. */
export function checkNormFiles(dir: string, groups: readonly string[]): { problems: TableProblem[]; ids: ReadonlySet<string> } {
  const problems: TableProblem[] = [];
  const ids = new Map<string, string>();
  const refs: { file: string; text: string; path: (string | number)[]; id: string }[] = [];
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  for (const group of groups)
    if (!files.includes(`${group}.json`))
      problems.push({ file: join(dir, `${group}.json`), line: 1, message: `缺少“${group}”组的数据文件` });
  for (const name of files) {
    const file = join(dir, name);
    if (!groups.includes(name.slice(0, -'.json'.length))) {
      problems.push({ file, line: 1, message: `文件名须是一个组名（${groups.join('、')}）` });
      continue;
    }
    const read = readJsonFile(file, normFileSchema);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const { data, text } = read;
    data.forEach((r, i) => {
      const where = (key: (string | number)[]): number => locateJsonPath(text, [i, ...key]);
      const first = ids.get(r.id);
      if (first) problems.push({ file, line: where(['id']), message: `id“${r.id}”重复（已见于 ${first}）` });
      ids.set(r.id, name);
      if (!r.check) return;
      if (r.check.duty) refs.push({ file, text, path: [i, 'check', 'duty'], id: r.check.duty });
      r.check.context?.forEach((id, j) => refs.push({ file, text, path: [i, 'check', 'context', j], id }));
    });
  }
  for (const ref of refs)
    if (!ids.has(ref.id))
      problems.push({ file: ref.file, line: locateJsonPath(ref.text, ref.path), message: `引用的规范“${ref.id}”不存在` });
  return { problems, ids: new Set(ids.keys()) };
}
