// The real regulation texts (REGULATIONS_DIR, default ../shared/regulations) parse,
// numbered 1..N, and every body line comes back from the parsed tree. Structural
// facts only: no text is copied into the repository. (Unit tests use synthetic texts.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, regulationsDir } from '../../src/node/regulations/corpus';
import { docLines } from '../../src/shared/regulations/lines';
import type { RegulationDoc } from '../../src/shared/regulations/types';

/** Non-blank lines after the header's closing ---, with their 1-based file line numbers. */
function bodyLines(text: string): { line: number; text: string }[] {
  const lines = text.replace(/^\ufeff/u, '').split(/\r?\n/);
  const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
  return lines.map((t, i) => ({ line: i + 1, text: t })).filter((l, i) => i > close && !/^[ \u3000]*$/u.test(l.text));
}

describe(`real corpus (${regulationsDir()})`, () => {
  // Loaded inside the tests so a missing folder fails these tests, not the whole file.
  it('parses every file', () => {
    const corpus: RegulationDoc[] = loadCorpus();
    expect(corpus.length).toBeGreaterThan(0);
    for (const doc of corpus) {
      const articles = doc.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'article' ? [b.article] : [])));
      console.log(
        `${doc.file}: ${doc.articleCount} articles, ${doc.chapters.length} chapters (${doc.chapters.map((c) => c.key).join(' ')}), preamble ${doc.preamble.length} lines`,
      );
      expect(
        articles.map((a) => a.number),
        doc.file,
      ).toEqual(Array.from({ length: doc.articleCount }, (_, i) => i + 1));
      expect(doc.header.title, doc.file).not.toBe('');
      expect(doc.header.source, doc.file).not.toBe('');
      const keys = doc.chapters.map((c) => c.key);
      expect(new Set(keys).size, doc.file).toBe(keys.length);
    }
  });

  it('round-trips every body line exactly', () => {
    const dir = regulationsDir();
    for (const doc of loadCorpus(dir)) {
      const text = readFileSync(path.join(dir, doc.file), 'utf8');
      expect(docLines(doc), doc.file).toEqual(bodyLines(text));
    }
  });
});
