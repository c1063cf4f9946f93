// The explainer's citation notes (issue #12): each page numbers its note markers 1, 2, 3…
// in reading order; every marker opens its own popover, which quotes each cited article
// verbatim from the corpus (typographic normalisation only) with a link to it, or says
// 原文暂未收录 when the regulation is not in REGULATIONS_DIR. All of it is marked as ours
// (data-ui, data-pagefind-ignore), so neither the fidelity check nor search sees it.
import { beforeAll, describe, expect, it } from 'vitest';
import { findArticle, getCorpus } from '../../src/node/regulations/corpus';
import { articleTextLines } from '../../src/shared/regulations/display';
import { MISSING_SOURCE_NOTE } from '../../src/shared/site/constants';
import { assertBuilt, htmlPages, loadPage } from '../support/dist';

const corpus = getCorpus();
const pagesWithNotes = (): string[] => htmlPages().filter((p) => loadPage(p).querySelector('.cite__mark'));

describe('citation notes in the explainer', () => {
  beforeAll(assertBuilt);

  it('exist on the chapters that cite articles', () => {
    expect(pagesWithNotes().length).toBeGreaterThanOrEqual(2);
  });

  it('are numbered 1, 2, 3… in reading order, each marker naming its note and what it cites', () => {
    for (const path of pagesWithNotes()) {
      const marks = Array.from(loadPage(path).querySelectorAll('.cite__mark'));
      expect(
        marks.map((m) => m.textContent),
        path,
      ).toEqual(marks.map((_, i) => String(i + 1)));
      for (const [i, m] of marks.entries()) {
        const note = loadPage(path).getElementById(m.getAttribute('popovertarget') ?? '');
        expect(note?.hasAttribute('popover'), `${path} 注${i + 1}`).toBe(true);
        const titles = Array.from(note?.querySelectorAll('.cite-note__title') ?? []).map((t) =>
          t.textContent?.replace(MISSING_SOURCE_NOTE, ''),
        );
        expect(m.getAttribute('aria-label')).toBe(`注${i + 1}：${titles.join('、')}`);
      }
    }
  });

  it('quote every cited article verbatim from the corpus, with a link to it', () => {
    let quoted = 0;
    for (const path of pagesWithNotes()) {
      for (const item of Array.from(loadPage(path).querySelectorAll('.cite-note__item'))) {
        const lines = Array.from(item.querySelectorAll('.cite-note__line')).map((l) => l.textContent);
        const link = item.querySelector('.cite-note__title a')?.getAttribute('href');
        if (!link) {
          expect(item.querySelector('.cite-note__title')?.textContent).toContain(MISSING_SOURCE_NOTE);
          expect(lines).toEqual([]);
          continue;
        }
        const m = /^\/regulations\/([^/]+)\/[^/]+\/#art-(\d+)$/.exec(link);
        expect(m, link).not.toBeNull();
        const found = findArticle(corpus, m![1]!, Number(m![2]));
        expect(found, link).toBeDefined();
        expect(lines, link).toEqual(articleTextLines(found!.article));
        quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(0);
  });

  it('stay out of the source text and of search', () => {
    for (const path of pagesWithNotes()) {
      for (const cite of Array.from(loadPage(path).querySelectorAll('.cite'))) {
        expect(cite.hasAttribute('data-ui')).toBe(true);
        expect(cite.hasAttribute('data-pagefind-ignore')).toBe(true);
        expect(cite.querySelector('[data-para], [data-line]')).toBeNull();
      }
    }
  });
});
