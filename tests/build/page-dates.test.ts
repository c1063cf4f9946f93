// Pages say when their content dates from, and every page carries its printout's
// colophon: regulation pages name the document's own dates (from our note, else from
// the file's header and its 施行 article), never the corpus file's date; the explainer's
// pages the source's publication date; every page prints the site name, its own URL and
// where the text comes from.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, regulationsDir } from '../../src/node/regulations/corpus';
import type { RegulationDoc } from '../../src/shared/regulations/types';
import { chineseDate } from '../../src/shared/dates';
import { SITE_NAME } from '../../src/shared/site/meta';
import { explainerUrl, regulationChapterUrl, regulationFullTextUrl, regulationUrl } from '../../src/shared/site/urls';
import { SEED_EXPLAINER } from '../../src/shared/site/constants';
import { assertBuilt, htmlPages, loadPage } from '../support/dist';

const corpus = loadCorpus();

/** The front matter of our note on a regulation, as text ('' when we have written none yet). */
function noteFront(slug: string): string {
  const file = path.resolve('content/regulations', `${slug}.mdx`);
  return existsSync(file) ? (readFileSync(file, 'utf8').split('---')[1] ?? '') : '';
}
/** Every yyyy-mm-dd date in our note's adopted/effective/revised lines. */
function noteDates(slug: string): string[] {
  return [...noteFront(slug).matchAll(/^(?:adopted|effective|revised):.*$/gm)].flatMap((m) =>
    [...m[0].matchAll(/\d{4}-\d{2}-\d{2}/g)].map((d) => d[0]),
  );
}
/** What the file itself dates: the header's leading adopted date and the text's "自…起施行" date. */
function fileDates(doc: RegulationDoc): string[] {
  const dates: string[] = [];
  const adopted = /^(\d{4}-\d{2}-\d{2})/.exec(doc.header.adopted ?? '')?.[1];
  const text = readFileSync(path.join(regulationsDir(), doc.file), 'utf8');
  const effective = /自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/.exec(text);
  if (effective) dates.push(`${effective[1]}-${effective[2]!.padStart(2, '0')}-${effective[3]!.padStart(2, '0')}`);
  else if (adopted) dates.push(adopted);
  return dates;
}

const datesLine = (page: string): string => loadPage(page).querySelector('.page-dates')?.textContent ?? '';

describe('content dates', () => {
  beforeAll(assertBuilt);

  it.each(corpus.map((doc) => [doc.slug, doc] as const))(
    '%s: every page names the document’s own dates, not the corpus file’s',
    (slug, doc) => {
      const expected = [...new Set([...noteDates(slug), ...fileDates(doc)])];
      expect(expected.length, `${slug}: neither our note nor the file dates this text`).toBeGreaterThan(0);
      const pages = new Set([
        regulationUrl(slug),
        regulationFullTextUrl(slug),
        ...doc.chapters.map((c) => regulationChapterUrl(slug, c.key)),
      ]);
      for (const page of pages) {
        const line = datesLine(page);
        expect(line, page).toMatch(/^内容日期：/);
        expect(line, page).not.toContain('文件日期');
        for (const date of expected) expect(line, `${page} ${date}`).toContain(chineseDate(date));
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

  it.each(corpus.map((doc) => [doc.slug, doc] as const))('%s: regulation pages print where the text comes from', (slug, doc) => {
    // Our Chinese note where we wrote one; else the header's source, named in Chinese
    // (its repository path stays as written).
    const note = /^sourceNote:\s*(.+)$/m.exec(noteFront(slug))?.[1]?.trim();
    const expected = note ?? doc.header.source.split(/\s+\(/)[0]!.split(/\s+/).at(-1)!.split('@')[0]!;
    for (const page of [regulationUrl(slug), regulationFullTextUrl(slug)]) {
      const colophon = loadPage(page).querySelector('.print-colophon')?.textContent ?? '';
      expect(colophon, page).toContain('本站文本来源：');
      expect(colophon, page).toContain(expected);
      expect(loadPage(page).querySelector('.reg-provenance')?.textContent, page).toContain(expected);
    }
  });
});
