// "复制条文" copies what the page holds for each article: 《title》第N条：its text, one
// line per paragraph, then the article's canonical URL. The text is the source's,
// normalised like the page, for every article of every regulation, on its chapter
// page and on the full-text page alike.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/node/regulations/corpus';
import { normalizeTypography } from '../../src/shared/text/normalize';
import { regulationArticleUrl, regulationFullTextUrl } from '../../src/shared/site/urls';
import { assertBuilt, loadPage } from '../support/dist';

const corpus = loadCorpus();

describe('citation text of every article', () => {
  beforeAll(assertBuilt);

  it.each(corpus.filter((d) => d.articleCount > 0).map((doc) => [doc.slug, doc] as const))('%s', (_slug, doc) => {
    const title = doc.header.title.replace(/^《/, '').replace(/》$/, '');
    const full = loadPage(regulationFullTextUrl(doc.slug));
    const origin = new URL(full.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;
    let checked = 0;
    for (const chapter of doc.chapters) {
      for (const block of chapter.blocks) {
        if (block.kind !== 'article') continue;
        const a = block.article;
        const path = regulationArticleUrl(doc.slug, chapter.key, a.number);
        const body = [a.firstText, ...a.paragraphs.map((p) => p.text)]
          .filter((t) => t !== '')
          .map(normalizeTypography)
          .join('\n');
        const expected = `《${title}》${normalizeTypography(a.label)}：${body}\n${origin}${path}`;
        const selector = `.reg-article:has(#${a.id}) [data-cite-text]`;
        const onChapter = loadPage(path.split('#')[0]!).querySelector(selector)?.textContent;
        expect(onChapter, `${path}`).toBe(expected);
        expect(full.querySelector(selector)?.textContent, `${a.id} on the full-text page`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBe(doc.articleCount);
  });
});
