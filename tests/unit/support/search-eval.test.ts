// The search benchmark's query sets: the blind set is used only when its file exists, and is
// marked blind so that the benchmark reports it in aggregate only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { presentQuerySets, QUERY_SETS } from '../../support/search-eval.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project folder holding only the given query-set files. */
function projectWith(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'xhdj-sets-'));
  roots.push(root);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '{"queries":[]}');
  }
  return root;
}

describe('query sets of npm run bench:search', () => {
  it('tunes on queries.json and the fifteen former held-out sets, and is blind only on heldout-16.json', () => {
    expect(QUERY_SETS.tuning.blind).toBe(false);
    expect(QUERY_SETS.tuningOld).toMatchObject({ file: 'tests/search/heldout.json', blind: false });
    expect(QUERY_SETS.tuningFresh).toMatchObject({ file: 'tests/search/heldout-fresh.json', blind: false });
    expect(QUERY_SETS.tuningThird).toMatchObject({ file: 'tests/search/heldout-3.json', blind: false });
    expect(QUERY_SETS.tuningFourth).toMatchObject({ file: 'tests/search/heldout-4.json', blind: false });
    expect(QUERY_SETS.tuningFifth).toMatchObject({ file: 'tests/search/heldout-5.json', blind: false });
    expect(QUERY_SETS.tuningSixth).toMatchObject({ file: 'tests/search/heldout-6.json', blind: false });
    expect(QUERY_SETS.tuningSeventh).toMatchObject({ file: 'tests/search/heldout-7.json', blind: false });
    expect(QUERY_SETS.tuningEighth).toMatchObject({ file: 'tests/search/heldout-8.json', blind: false });
    expect(QUERY_SETS.tuningNinth).toMatchObject({ file: 'tests/search/heldout-9.json', blind: false });
    expect(QUERY_SETS.tuningTenth).toMatchObject({ file: 'tests/search/heldout-10.json', blind: false });
    expect(QUERY_SETS.tuningEleventh).toMatchObject({ file: 'tests/search/heldout-11.json', blind: false });
    expect(QUERY_SETS.tuningTwelfth).toMatchObject({ file: 'tests/search/heldout-12.json', blind: false });
    expect(QUERY_SETS.tuningThirteenth).toMatchObject({ file: 'tests/search/heldout-13.json', blind: false });
    expect(QUERY_SETS.tuningFourteenth).toMatchObject({ file: 'tests/search/heldout-14.json', blind: false });
    expect(QUERY_SETS.tuningFifteenth).toMatchObject({ file: 'tests/search/heldout-15.json', blind: false });
    expect(QUERY_SETS.heldout).toMatchObject({ file: 'tests/search/heldout-16.json', blind: true });
    expect(Object.values(QUERY_SETS).filter((set) => set.blind)).toHaveLength(1);
  });

  it('uses the blind set only when its file exists', () => {
    const tuning = (Object.keys(QUERY_SETS) as (keyof typeof QUERY_SETS)[]).filter((name) => !QUERY_SETS[name].blind);
    const tuningFiles = tuning.map((name) => QUERY_SETS[name].file);
    expect(tuning).toHaveLength(16);
    expect(presentQuerySets(projectWith(tuningFiles))).toEqual(tuning);
    expect(presentQuerySets(projectWith([...tuningFiles, QUERY_SETS.heldout.file]))).toEqual([...tuning, 'heldout']);
  });
});
