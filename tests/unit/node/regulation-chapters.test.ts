// writeRegulationChapters updates the generated MDX in place: an unchanged chapter is
// not rewritten, a changed one is, and a removed text's chapters go with their folder.
// The folder itself stays, so a dev server's watcher sees one change per file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { regulationsIntegration, writeRegulationChapters } from '../../../src/node/integrations/regulations';
import { invalidateCorpus } from '../../../src/node/regulations/corpus';
import { GENERATED_REGULATIONS_DIR } from '../../../src/node/paths';
import { SAMPLE_OPINION, sampleRules } from '../../support/synthetic-regulations';

const scratch = mkdtempSync(path.join(tmpdir(), 'chapters-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

/** Every generated file under `dir`, relative, with its modification time and text. */
function files(dir: string): Map<string, { mtime: number; text: string }> {
  const out = new Map<string, { mtime: number; text: string }>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isFile()) out.set(name, { mtime: stat.mtimeMs, text: readFileSync(full, 'utf8') });
  }
  return out;
}

/** A day long past: a file still dated so was not written again. */
const LONG_AGO = new Date('2000-01-01T00:00:00Z');

describe('writeRegulationChapters', () => {
  it('rewrites only what changed and removes what is gone', () => {
    const corpus = mkdtempSync(path.join(scratch, 'corpus-'));
    const root = mkdtempSync(path.join(scratch, 'root-'));
    writeFileSync(path.join(corpus, 'sample-rules.txt'), sampleRules());
    writeFileSync(path.join(corpus, 'sample-opinion.txt'), SAMPLE_OPINION);
    vi.stubEnv('REGULATIONS_DIR', corpus);
    const out = path.join(root, GENERATED_REGULATIONS_DIR);

    const first = writeRegulationChapters(root);
    expect(first.documents).toBe(2);
    for (const name of files(out).keys()) utimesSync(path.join(out, name), LONG_AGO, LONG_AGO);
    utimesSync(out, LONG_AGO, LONG_AGO);
    const before = files(out);
    expect(before.size).toBe(first.files);

    writeFileSync(path.join(corpus, 'sample-rules.txt'), sampleRules('为了改进示例协会的议事活动，制定本规则。'));
    invalidateCorpus(corpus);
    writeRegulationChapters(root);
    const after = files(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...after].filter(([name, file]) => file.text !== before.get(name)?.text).map(([name]) => name);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((name) => after.get(name)?.text.includes('为了改进'))).toBe(true);
    expect(changed.length).toBeLessThan(after.size);
    for (const [name, file] of after) {
      expect(file.mtime === LONG_AGO.getTime(), name).toBe(!changed.includes(name));
    }
    // Neither emptied nor made again: the folder's own entries did not change.
    expect(statSync(out).mtimeMs).toBe(LONG_AGO.getTime());

    unlinkSync(path.join(corpus, 'sample-opinion.txt'));
    invalidateCorpus(corpus);
    const last = writeRegulationChapters(root);
    expect(last.documents).toBe(1);
    const left = files(out);
    expect(left.size).toBe(last.files);
    expect([...left.keys()].some((name) => name.includes('opinion'))).toBe(false);
    expect(readdirSync(out).some((name) => name.includes('opinion'))).toBe(false);
  });

  // In `astro dev`: a save that comes as two events (the truncation, then the write) is
  // read once, after both; read between them, the text would be empty.
  it('reads an edit once its events have settled', () => {
    const corpus = mkdtempSync(path.join(scratch, 'corpus-'));
    const root = mkdtempSync(path.join(scratch, 'root-'));
    const file = path.join(corpus, 'sample-rules.txt');
    writeFileSync(file, sampleRules());
    vi.stubEnv('REGULATIONS_DIR', corpus);
    const logger = { info: vi.fn(), error: vi.fn() };
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    const { hooks } = regulationsIntegration();
    hooks['astro:config:setup']?.({ config: { root: pathToFileURL(`${root}/`) }, logger } as never);
    hooks['astro:server:setup']?.({ server: { watcher }, logger } as never);
    expect(watcher.add).toHaveBeenCalledWith(corpus);

    vi.useFakeTimers();
    writeFileSync(file, '');
    watcher.emit('change', file);
    writeFileSync(file, sampleRules('为了改进示例协会的议事活动，制定本规则。'));
    watcher.emit('change', file);
    vi.advanceTimersByTime(5_000);
    expect(logger.error).not.toHaveBeenCalled();
    const chapters = [...files(path.join(root, GENERATED_REGULATIONS_DIR)).values()].map((f) => f.text).join('');
    expect(chapters).toContain('为了改进示例协会的议事活动');
    expect(chapters).not.toContain('为了规范示例协会的议事活动');
  });
});
