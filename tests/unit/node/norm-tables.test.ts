/**
 * The norm table's data files and their schema (src/node/data/norm-tables.ts): the real
 * files pass, and a broken synthetic file is reported with its file, line and field.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkNormFiles, NORMS_DIR } from '../../../src/node/data/norm-tables';
import { formatProblem, locateJsonPath } from '../../../src/node/data/json-file';
import { NORMS } from '../../../src/shared/assessment/norms';
import { NORM_GROUPS } from '../../../src/shared/assessment/norms/types';
import { STEPS } from '../../../src/shared/assessment/questions';

const RECORD = {
  id: 'bwr9-sample',
  coverage: 'work',
  topic: '示例',
  requirement: '示例要求',
  appliesTo: '示例协会',
  forms: ['branch'],
  source: { kind: 'regulation', slug: 'sample-rules', article: 9 },
  quote: '示例党支部应当每月开会',
  modal: '应当',
  strength: 'binding',
  met: '开过',
  reads: ['generalMeetings'],
};

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A folder with these group files (the others empty) and what the check says of it. */
function check(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'norms-'));
  dirs.push(dir);
  for (const g of NORM_GROUPS) writeFileSync(join(dir, `${g}.json`), files[g] ?? '[]');
  return checkNormFiles(dir, NORM_GROUPS).problems.map((p) => formatProblem({ ...p, file: p.file.slice(dir.length + 1) }));
}

const json = (rows: unknown[]): string => JSON.stringify(rows, null, 2);

describe('norm data files', () => {
  it('the real files pass, and the table holds every record of them', () => {
    expect(checkNormFiles(NORMS_DIR, NORM_GROUPS).problems.map(formatProblem)).toEqual([]);
    const records = readdirSync(NORMS_DIR)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(readFileSync(join(NORMS_DIR, f), 'utf8')) as unknown[]);
    expect(NORMS.length).toBe(records.length);
  });

  it('the groups are the questionnaire steps after 基本情况, in order', () => {
    expect(NORM_GROUPS).toEqual(STEPS.map((s) => s.id).filter((id) => id !== 'basics'));
    expect(new Set(NORMS.map((n) => n.group))).toEqual(new Set(NORM_GROUPS));
  });

  it('a synthetic valid record passes', () => {
    expect(check({ life: json([RECORD]) })).toEqual([]);
  });

  it('names file, line and field of a value the schema refuses', () => {
    const text = json([RECORD, { ...RECORD, id: 'bwr9-other', strength: 'strict', reads: ['noSuchQuestion'] }]);
    const lines = text.split('\n');
    const strength = lines.findIndex((l, i) => l.includes('"strict"') && i > 0) + 1;
    const reads = lines.findIndex((l) => l.includes('noSuchQuestion')) + 1;
    expect(check({ role: text })).toEqual([
      expect.stringMatching(new RegExp(`^role\\.json:${strength}: 1\\.strength：`)),
      `role.json:${reads}: 1.reads.0：不是自评问卷的问题`,
    ]);
  });

  it('refuses a key the type does not have, a missing field and an empty text', () => {
    const { met: _met, ...noMet } = RECORD;
    const out = check({ term: json([{ ...RECORD, extra: 1 }, noMet, { ...RECORD, id: 'bwr9-third', topic: ' ' }]) });
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^term\.json:2: 0：.*extra/);
    expect(out[1]).toMatch(/^term\.json:\d+: 1\.met：/);
    expect(out[2]).toMatch(/^term\.json:\d+: 2\.topic：不能为空$/);
  });

  it('finds ids repeated across files and references to norms that do not exist', () => {
    const checked = {
      ...RECORD,
      id: 'bwr9-checked',
      check: {
        finding: 'life.sample',
        measure: { kind: 'any', answer: 'generalMeetings' },
        applies: { kinds: ['joint'] },
        duty: 'bwr9-missing',
        weight: 0,
        texts: { met: '是', none: '否', action: '做' },
      },
    };
    const out = check({ life: json([RECORD, checked]), role: json([RECORD]) });
    expect(out).toContain('role.json:3: id“bwr9-sample”重复（已见于 life.json）');
    expect(out).toContainEqual(expect.stringMatching(/^life\.json:\d+: 引用的规范“bwr9-missing”不存在$/));
  });

  it('reports JSON that does not parse, and a file that is not a group', () => {
    const dir = mkdtempSync(join(tmpdir(), 'norms-'));
    dirs.push(dir);
    for (const g of NORM_GROUPS) writeFileSync(join(dir, `${g}.json`), '[]');
    writeFileSync(join(dir, 'life.json'), '[\n  {\n    "id": "x",\n  }\n]');
    writeFileSync(join(dir, 'misc.json'), '[]');
    const out = checkNormFiles(dir, NORM_GROUPS).problems.map((p) => formatProblem({ ...p, file: p.file.slice(dir.length + 1) }));
    expect(out).toContainEqual(expect.stringMatching(/^life\.json:[34]: 不是有效的 JSON/));
    expect(out).toContainEqual(expect.stringMatching(/^misc\.json:1: 文件名须是一个组名/));
  });
});

describe('locateJsonPath', () => {
  const text = '{\n  "a": [\n    1,\n    { "b": "x\\"y", "c": [true, null] }\n  ],\n  "d": {}\n}';
  it('gives the line of the value at a path, or of the deepest value found', () => {
    expect(locateJsonPath(text, [])).toBe(1);
    expect(locateJsonPath(text, ['a'])).toBe(2);
    expect(locateJsonPath(text, ['a', 0])).toBe(3);
    expect(locateJsonPath(text, ['a', 1, 'c', 1])).toBe(4);
    expect(locateJsonPath(text, ['d'])).toBe(6);
    expect(locateJsonPath(text, ['d', 'missing'])).toBe(6);
    expect(locateJsonPath(text, ['a', 7])).toBe(2);
  });
});
