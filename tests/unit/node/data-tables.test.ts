/**
 * The year plan's data file and the questionnaire's texts with their schemas
 * (src/node/data/duty-table.ts, question-texts.ts), and the check the build runs on
 * every data file (integrations/data-tables.ts). The norm table: norm-tables.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDutyFile, DUTIES_FILE } from '../../../src/node/data/duty-table';
import { formatProblem } from '../../../src/node/data/json-file';
import { checkQuestionTexts, QUESTION_TEXTS_FILE } from '../../../src/node/data/question-texts';
import { dataTableProblems } from '../../../src/node/integrations/data-tables';
import { DUTY_IDS } from '../../../src/shared/plan/types';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const REAL = JSON.parse(readFileSync(DUTIES_FILE, 'utf8')) as { timingClauses: object; duties: Record<string, unknown>[] };

/** A scratch file with this data (two-space indented JSON), its path and lines. */
function scratch(name: string, data: unknown): { file: string; lines: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'data-'));
  dirs.push(dir);
  const text = JSON.stringify(data, null, 2);
  writeFileSync(join(dir, name), text);
  return { file: join(dir, name), lines: text.split('\n') };
}

/** What the duty check says of this table, and the table's lines. */
function check(table: unknown, normIds: string[]): { out: string[]; lines: string[] } {
  const { file, lines } = scratch('duties.json', table);
  return { out: checkDutyFile(file, new Set(normIds)).map((p) => formatProblem({ ...p, file: 'duties.json' })), lines };
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

  it('questionnaire texts: every question has a label, and an option set that exists', () => {
    const real = JSON.parse(readFileSync(QUESTION_TEXTS_FILE, 'utf8')) as { questions: Record<string, Record<string, unknown>> };
    const { formalMembers: _dropped, ...rest } = real.questions;
    const missing = scratch('texts.json', { ...real, questions: rest });
    expect(checkQuestionTexts(missing.file).map((p) => p.message)).toEqual([expect.stringMatching(/^questions\.formalMembers：/)]);
    const unknown = scratch('texts.json', {
      ...real,
      questions: { ...real.questions, talksCommittee: { label: '谈心谈话', options: 'talks' } },
    });
    const line = unknown.lines.findIndex((l) => l.includes('"talks"')) + 1;
    expect(checkQuestionTexts(unknown.file).map((p) => formatProblem({ ...p, file: 'texts.json' }))).toEqual([
      `texts.json:${line}: 选项组“talks”不存在`,
    ]);
  });
});
