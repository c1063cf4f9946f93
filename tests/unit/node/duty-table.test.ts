/**
 * The year plan's data file and its schema (src/node/data/duty-table.ts), and the check
 * the build runs on every data file (integrations/data-tables.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDutyFile, DUTIES_FILE } from '../../../src/node/data/duty-table';
import { formatProblem } from '../../../src/node/data/json-file';
import { dataTableProblems } from '../../../src/node/integrations/data-tables';
import { DUTY_IDS } from '../../../src/shared/plan/types';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const REAL = JSON.parse(readFileSync(DUTIES_FILE, 'utf8')) as { timingClauses: object; duties: Record<string, unknown>[] };

/** What the check says of this table (written as JSON, two-space indented), and the text. */
function check(table: unknown, normIds: string[]): { out: string[]; lines: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'duties-'));
  dirs.push(dir);
  const text = JSON.stringify(table, null, 2);
  writeFileSync(join(dir, 'duties.json'), text);
  return {
    out: checkDutyFile(join(dir, 'duties.json'), new Set(normIds)).map((p) => formatProblem({ ...p, file: 'duties.json' })),
    lines: text.split('\n'),
  };
}

describe('data files', () => {
  it('every data file of the project passes', () => {
    expect(dataTableProblems(process.cwd())).toEqual([]);
  });

  it('the duty file has one record per duty id, in order', () => {
    expect(REAL.duties.map((d) => d.id)).toEqual([...DUTY_IDS]);
  });

  it('names the line of a norm or timing clause that does not exist', () => {
    const norms = [...new Set(REAL.duties.flatMap((d) => d.norms as string[]))];
    const duties = REAL.duties.map((d, i) => (i === 1 ? { ...d, norms: ['bwr99-none'], timing: ['noSuchClause'] } : d));
    const { out, lines } = check({ ...REAL, duties }, norms);
    const line = (s: string): number => lines.findIndex((l) => l.includes(s)) + 1;
    expect(out).toEqual([
      `duties.json:${line('bwr99-none')}: 引用的规范“bwr99-none”不存在`,
      `duties.json:${line('noSuchClause')}: 引用的时间条文“noSuchClause”不存在`,
    ]);
  });

  it('refuses a cadence the plan does not know and a missing duty', () => {
    const duties = REAL.duties.slice(1).map((d, i) => (i === 0 ? { ...d, cadence: { kind: 'weekly' } } : d));
    const { out } = check({ ...REAL, duties }, []);
    expect(out).toContainEqual(expect.stringMatching(/^duties\.json:\d+: duties\.0\.cadence\.kind：/));
    const { out: missing } = check({ ...REAL, duties: REAL.duties.slice(1) }, [
      ...new Set(REAL.duties.flatMap((d) => d.norms as string[])),
    ]);
    expect(missing).toEqual([expect.stringMatching(/^duties\.json:\d+: 须按顺序各有一项：themed-day、/)]);
  });
});
