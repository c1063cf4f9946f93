// Every regulation file in REGULATIONS_DIR is on the site, every character in
// order and nothing added: the overview (preamble) plus each chapter page, read
// in order, give back the file's body lines, normalised by the one shared function.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/regulations/corpus';
import { docLines } from '../../src/lib/regulations/lines';
import { normalizeTypography } from '../../src/lib/text/normalize';
import { regulationChapterUrl, regulationUrl } from '../../src/lib/site/urls';
import { assertBuilt, loadPage, sourceLines } from '../support/dist';

const corpus = loadCorpus();

describe('regulation fidelity', () => {
  beforeAll(assertBuilt);

  it.each(corpus.map((doc) => [doc.slug, doc] as const))('%s: built pages equal the source text', (_slug, doc) => {
    const pages = [regulationUrl(doc.slug), ...doc.chapters.map((c) => regulationChapterUrl(doc.slug, c.key))];
    const shown = pages.flatMap((p) => sourceLines(loadPage(p), 'data-line'));
    const expected = docLines(doc).map((l) => ({ key: String(l.line), text: normalizeTypography(l.text) }));
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
});
