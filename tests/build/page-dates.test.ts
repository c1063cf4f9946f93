// Pages say when their content last changed, and every page carries its printout's
// colophon: regulation pages name the text's own dates (from our note) and the date of
// the corpus file they are built from; the explainer's pages the source's publication
// date; every page prints the site name, its own URL and the source notes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFileDate } from '../../src/components/regulation/page-info';
import { loadCorpus } from '../../src/lib/regulations/corpus';
import { chineseDate } from '../../src/lib/regulations/display';
import { SITE_NAME } from '../../src/lib/site/meta';
import { explainerUrl, regulationChapterUrl, regulationFullTextUrl, regulationUrl } from '../../src/lib/site/urls';
import { SEED_EXPLAINER } from '../../src/lib/site/constants';
import { assertBuilt, htmlPages, loadPage } from '../support/dist';

const corpus = loadCorpus();

/** The front matter of a content file, as text. */
const frontMatter = (file: string): string => readFileSync(file, 'utf8').split('---')[1] ?? '';
/** Every yyyy-mm-dd date in our note's adopted/effective/revised lines. */
function noteDates(slug: string): string[] {
  const front = frontMatter(path.resolve('content/regulations', `${slug}.mdx`));
  return [...front.matchAll(/^(?:adopted|effective|revised):.*$/gm)].flatMap((m) =>
    [...m[0].matchAll(/\d{4}-\d{2}-\d{2}/g)].map((d) => d[0]),
  );
}

const datesLine = (page: string): string => loadPage(page).querySelector('.page-dates')?.textContent ?? '';

describe('content dates', () => {
  beforeAll(assertBuilt);

  it.each(corpus.map((doc) => [doc.slug, doc] as const))(
    '%s: every page names the text’s dates and the corpus file’s date',
    (slug, doc) => {
      const fileDate = corpusFileDate(doc.file);
      expect(fileDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const pages = new Set([
        regulationUrl(slug),
        regulationFullTextUrl(slug),
        ...doc.chapters.map((c) => regulationChapterUrl(slug, c.key)),
      ]);
      for (const page of pages) {
        const line = datesLine(page);
        expect(line, page).toMatch(/^内容日期：/);
        expect(line, page).toContain(`本站文本文件日期 ${chineseDate(fileDate)}`);
        for (const date of noteDates(slug)) expect(line, `${page} ${date}`).toContain(chineseDate(date));
      }
    },
  );

  it('the explainer’s pages name the source’s publication date', () => {
    const meta = readFileSync(path.resolve('content/explainers', SEED_EXPLAINER, 'explainer.yaml'), 'utf8');
    const published = /^published:\s*(\d{4}-\d{2}-\d{2})/m.exec(meta)?.[1] ?? '';
    expect(published).not.toBe('');
    const pages = htmlPages().filter((p) => p.startsWith(explainerUrl(SEED_EXPLAINER)));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(datesLine(page), page).toContain(`原文于${chineseDate(published)}发布`);
  });
});

describe('print colophon', () => {
  beforeAll(assertBuilt);

  it('every page carries the site name, its own URL and the source notes for print', () => {
    for (const page of htmlPages()) {
      const doc = loadPage(page);
      const colophon = doc.querySelector('.print-colophon')?.textContent ?? '';
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(colophon, page).toContain(SITE_NAME);
      expect(canonical, page).not.toBe('');
      expect(colophon, page).toContain(canonical);
      expect(colophon, page).toContain('来源：学习强国');
      expect(colophon, page).toContain('以正式文本为准');
    }
  });

  it.each(corpus.map((doc) => [doc.slug] as const))('%s: regulation pages print our note on where the text comes from', (slug) => {
    const note = /^sourceNote:\s*(.+)$/m.exec(frontMatter(path.resolve('content/regulations', `${slug}.mdx`)))?.[1]?.trim();
    if (!note) return;
    for (const page of [regulationUrl(slug), regulationFullTextUrl(slug)]) {
      expect(loadPage(page).querySelector('.print-colophon')?.textContent, page).toContain(note);
    }
  });
});
