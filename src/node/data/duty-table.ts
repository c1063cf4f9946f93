/**
 * The schema of the year plan's data file (src/shared/plan/duties.json): the timing
 * clauses it quotes and the duties, each naming norms of the norm table and timing
 * clauses that exist. Checked before the build starts (integrations/data-tables.ts).
 * Imports only modules without runtime imports, with their `.ts` names (Node loads it
 * with the config).
 */
import { z } from 'astro/zod';
import type { DutyTable } from '../../shared/plan/duties.ts';
import { APPLIES, DUTY_IDS, RULE_IDS } from '../../shared/plan/types.ts';
import { corpusSlug, locateJsonPath, nonEmptyText as text, readJsonFile, type TableProblem } from './json-file.ts';

export const DUTIES_FILE = 'src/shared/plan/duties.json';

export const dutyTableSchema = z.strictObject({
  timingClauses: z.record(
    z.string(),
    z.strictObject({
      slug: corpusSlug,
      article: z.number().int().positive(),
      quote: text,
    }),
  ),
  duties: z
    .array(
      z.strictObject({
        id: z.enum(DUTY_IDS),
        title: text,
        norms: z.array(z.string()).min(1).readonly(),
        timing: z.array(z.string()).readonly().exactOptional(),
        cadence: z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('monthly'), rule: z.enum(RULE_IDS) }),
          z.strictObject({ kind: z.literal('quarterly'), rule: z.enum(RULE_IDS) }),
          z.strictObject({ kind: z.literal('year-end') }),
          z.strictObject({ kind: z.literal('as-due'), words: text }),
          z.strictObject({ kind: z.literal('superior'), words: text }),
        ]),
        applies: z.enum(APPLIES),
        note: text.exactOptional(),
        higherNote: text.exactOptional(),
      }),
    )
    .readonly(),
});

// The compiler proves the schema no looser than the type the plan reads.
const _schemaFitsType = (t: z.infer<typeof dutyTableSchema>): DutyTable => t;
void _schemaFitsType;

/** Checks the duty file; `normIds` are the norm table's. [] when all is well. */
export function checkDutyFile(file: string, normIds: ReadonlySet<string>): TableProblem[] {
  const read = readJsonFile(file, dutyTableSchema);
  if (!read.ok) return read.problems;
  const { data, text } = read;
  const problems: TableProblem[] = [];
  const at = (path: (string | number)[], message: string): void => void problems.push({ file, line: locateJsonPath(text, path), message });
  const ids = data.duties.map((d) => d.id);
  if (ids.join() !== DUTY_IDS.join()) at(['duties'], `须按顺序各有一项：${DUTY_IDS.join('、')}`);
  data.duties.forEach((d, i) => {
    d.norms.forEach((id, j) => {
      if (!normIds.has(id)) at(['duties', i, 'norms', j], `引用的规范“${id}”不存在`);
    });
    d.timing?.forEach((key, j) => {
      if (!(key in data.timingClauses)) at(['duties', i, 'timing', j], `引用的时间条文“${key}”不存在`);
    });
  });
  return problems;
}
