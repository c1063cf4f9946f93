import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { findArticle, getCorpus, loadCorpus, regulationsDir } from '../../../src/node/regulations/corpus';
import { RegulationParseError } from '../../../src/shared/regulations/errors';
import { seedExplainerSourcePath } from '../../../src/node/paths';
import { makeText } from '../shared/regulations/fixtures';

const tmpRoot = mkdtempSync(path.join(tmpdir(), 'regulations-test-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A fresh folder holding the given files. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpRoot, 'dir-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const SAMPLE = makeText(['第一章　总则', '第一条　示例一。', '第二章　附则', '第二条　示例二。', '（一）示例项。']);

describe('regulationsDir', () => {
  it('defaults to ../shared/regulations from the working directory', () => {
    vi.stubEnv('REGULATIONS_DIR', '');
    expect(regulationsDir()).toBe(path.resolve(process.cwd(), '../shared/regulations'));
  });

  it('honours REGULATIONS_DIR', () => {
    vi.stubEnv('REGULATIONS_DIR', tmpRoot);
    expect(regulationsDir()).toBe(tmpRoot);
  });
});

describe('seedExplainerSourcePath (computes a path, reads nothing)', () => {
  it('defaults to ../shared/source/article.txt from the working directory', () => {
    vi.stubEnv('EXPLAINER_SOURCE', '');
    expect(seedExplainerSourcePath()).toBe(path.resolve(process.cwd(), '../shared/source/article.txt'));
  });

  it('honours EXPLAINER_SOURCE, resolving a relative path against the working directory', () => {
    vi.stubEnv('EXPLAINER_SOURCE', 'elsewhere/seed.txt');
    expect(seedExplainerSourcePath()).toBe(path.resolve(process.cwd(), 'elsewhere/seed.txt'));
  });
});

describe('loadCorpus on synthetic folders', () => {
  it('reads every .txt sorted by name and ignores other files', () => {
    const dir = folder({ 'b-rules.txt': SAMPLE, 'a-rules.txt': SAMPLE, 'notes.md': '# not a regulation' });
    const corpus = loadCorpus(dir);
    expect(corpus.map((d) => [d.slug, d.file, d.articleCount])).toEqual([
      ['a-rules', 'a-rules.txt', 2],
      ['b-rules', 'b-rules.txt', 2],
    ]);
  });

  it('uses REGULATIONS_DIR when called without an argument', () => {
    vi.stubEnv('REGULATIONS_DIR', folder({ 'env-rules.txt': SAMPLE }));
    expect(loadCorpus().map((d) => d.slug)).toEqual(['env-rules']);
  });

  it('fails clearly, in Chinese and English, when the folder is missing', () => {
    const missing = path.join(tmpRoot, 'no-such-folder');
    expect(() => loadCorpus(missing)).toThrow(/法规文本目录不存在.*Regulations folder not found/s);
    expect(() => loadCorpus(missing)).toThrow(missing);
  });

  it('fails clearly when the folder holds no .txt file', () => {
    const dir = folder({ 'readme.md': 'x' });
    mkdirSync(path.join(dir, 'folder.txt')); // a directory is not a text, whatever its name
    expect(() => loadCorpus(dir)).toThrow(/没有 \.txt 文件.*no \.txt file/s);
    expect(() => loadCorpus(dir)).toThrow(dir);
  });

  it('propagates parse errors with the file path and line', () => {
    const dir = folder({ 'ok.txt': SAMPLE, 'broken.txt': makeText(['第一条　示例。', '第三条　示例。']) });
    let err: unknown;
    try {
      loadCorpus(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RegulationParseError);
    const pe = err as RegulationParseError;
    expect(pe.file).toBe(path.join(dir, 'broken.txt'));
    expect(pe.line).toBe(9);
    expect(pe.message).toMatch(/broken\.txt:9: 条文编号不连续/);
  });

  it.each([
    // 第一条　 in GBK, after a valid UTF-8 header: a file saved in the wrong encoding.
    ['a GBK file', Uint8Array.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0xa1, 0xa1])],
    // Arbitrary bytes (a damaged download), fixed so the test is deterministic.
    ['random bytes', Uint8Array.from([0x9f, 0x3c, 0xff, 0x10, 0xc3, 0x28, 0x80, 0xfe, 0x41])],
  ])('rejects %s after a valid header, naming file and line instead of building mojibake', (_name, body) => {
    const header = Buffer.from(makeText(['第一条　示例。']), 'utf8');
    const dir = folder({ 'encoded.txt': Buffer.concat([header, body, Buffer.from('\n第二条　示例。\n')]) });
    const line = makeText(['第一条　示例。']).split('\n').length; // the line right after the valid text
    expect(() => loadCorpus(dir)).toThrow(RegulationParseError);
    expect(() => loadCorpus(dir)).toThrow(`${path.join(dir, 'encoded.txt')}:${line}: 不是有效的 UTF-8 文本`);
  });

  it('accepts a UTF-8 BOM and CRLF line ends in a file', () => {
    const dir = folder({ 'crlf.txt': '\ufeff' + SAMPLE.replace(/\n/g, '\r\n') });
    expect(loadCorpus(dir)[0]?.articleCount).toBe(2);
  });

  it('turns any file name into a URL slug, stable across runs', () => {
    const dir = folder({ '示例 规则.txt': SAMPLE, 'Branch_Rules (2024).txt': SAMPLE });
    const slugs = loadCorpus(dir).map((d) => d.slug);
    expect(slugs).toContain('branch-rules-2024');
    const chinese = slugs.find((s) => s.startsWith('doc-'));
    expect(chinese).toMatch(/^doc-[0-9a-f]{8}$/);
    expect(loadCorpus(dir).map((d) => d.slug)).toEqual(slugs);
  });

  it('rejects two files that would share a URL', () => {
    const dir = folder({ 'rules.txt': SAMPLE, 'RULES.txt': SAMPLE });
    expect(() => loadCorpus(dir)).toThrow(/相同的网址名/);
  });
});

describe('getCorpus and findArticle', () => {
  it('memoises per folder', () => {
    const a = folder({ 'one.txt': SAMPLE });
    const b = folder({ 'two.txt': SAMPLE });
    const first = getCorpus(a);
    expect(getCorpus(a)).toBe(first);
    expect(getCorpus(b)).not.toBe(first);
    expect(getCorpus(b).map((d) => d.slug)).toEqual(['two']);
  });

  it('finds an article with its document and chapter', () => {
    const corpus = loadCorpus(folder({ 'one.txt': SAMPLE }));
    const hit = findArticle(corpus, 'one', 2);
    expect(hit?.doc.slug).toBe('one');
    expect(hit?.chapter.key).toBe('ch-2');
    expect(hit?.article).toMatchObject({ number: 2, id: 'art-2', firstText: '示例二。' });
    expect(findArticle(corpus, 'one', 3)).toBeUndefined();
    expect(findArticle(corpus, 'nope', 1)).toBeUndefined();
  });
});
