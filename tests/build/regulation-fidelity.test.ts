// Every regulation file in REGULATIONS_DIR is on the site, every character in
// order and nothing added: the overview (preamble) plus each chapter page, read
// in order, give back the file's body lines, normalised by the one shared function;
// so does the full-text page on its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/node/regulations/corpus';
import { docLines } from '../../src/shared/regulations/lines';
import type { RegulationDoc } from '../../src/shared/regulations/types';
import { normalizeTypography } from '../../src/shared/text/normalize';
import { regulationChapterUrl, regulationFullTextUrl, regulationUrl } from '../../src/shared/site/urls';
import { assertBuilt, loadPage, sourceLines } from '../support/dist';

const corpus = loadCorpus();

const expectedLines = (doc: RegulationDoc) => docLines(doc).map((l) => ({ key: String(l.line), text: normalizeTypography(l.text) }));

describe('regulation fidelity', () => {
  beforeAll(assertBuilt);

  it.each(corpus.map((doc) => [doc.slug, doc] as const))('%s: built pages equal the source text', (_slug, doc) => {
    const chapterPages = doc.chapters.map((c) => regulationChapterUrl(doc.slug, c.key));
    // A text without 章 has one chapter, whose page is the full-text page: that page alone holds it all.
    const full = regulationFullTextUrl(doc.slug);
    const pages = chapterPages.includes(full) ? [full] : [regulationUrl(doc.slug), ...chapterPages];
    const shown = pages.flatMap((p) => sourceLines(loadPage(p), 'data-line'));
    const expected = expectedLines(doc);
    let compared = 0;
    let mismatches = 0;
    expected.forEach((e, i) => {
      compared += Array.from(e.text).length;
      const s = shown[i];
      if (!s || s.key !== e.key || s.text !== e.text) mismatches++;
    });
    mismatches += Math.max(0, shown.length - expected.length);
    console.log(`${doc.file}: ${compared} characters compared, ${mismatches} mismatches`);
    expect(shown).toEqual(expected);
  });

  it.each(corpus.map((doc) => [doc.slug, doc] as const))('%s: the full-text page alone equals the source text', (_slug, doc) => {
    const shown = sourceLines(loadPage(regulationFullTextUrl(doc.slug)), 'data-line');
    const expected = expectedLines(doc);
    console.log(`${doc.file} (full text): ${expected.reduce((n, e) => n + Array.from(e.text).length, 0)} characters compared`);
    expect(shown).toEqual(expected);
  });
});
