// Every internal link in dist/ leads to a built page, and every #anchor exists there.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/node/regulations/corpus';
import { regulationUrl } from '../../src/shared/site/urls';
import { assertBuilt, htmlPages, loadPage } from '../support/dist';

const corpus = loadCorpus();

describe('internal links', () => {
  beforeAll(assertBuilt);

  it('every href and #anchor on every page resolves', () => {
    const pages = new Set(htmlPages());
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const doc = loadPage(page);
      for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
        const href = a.getAttribute('href') ?? '';
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page}`);
        if (url.pathname.startsWith('/search/') && url.search) continue; // search queries are resolved at run time
        const target = url.pathname;
        checked++;
        if (!pages.has(target) && !pages.has(`${target}`)) {
          broken.push(`${page} → ${href}（页面不存在）`);
          continue;
        }
        if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!loadPage(target).getElementById(id)) broken.push(`${page} → ${href}（锚点不存在）`);
        }
      }
    }
    console.log(`${checked} internal links checked on ${pages.size} pages`);
    expect(broken).toEqual([]);
  });

  it.each(corpus.map((d) => [d.slug, d] as const))('%s: every article is reachable from the overview TOC', (_s, doc) => {
    const overview = loadPage(regulationUrl(doc.slug));
    const linked = new Set(
      Array.from(overview.querySelectorAll('.reg-toc a[href*="#art-"]')).map((a) => a.getAttribute('href')?.split('#')[1]),
    );
    const all = doc.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'article' ? [b.article.id] : [])));
    expect(all.length).toBe(doc.articleCount);
    expect(all.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('the explainer links its regulation claims to the exact articles', () => {
    const si = loadPage('/explainers/xiehui-shanghui-dangjian/si/');
    const hrefs = Array.from(si.querySelectorAll('.cite a')).map((a) => a.getAttribute('href'));
    const slugs = new Set(corpus.map((d) => d.slug));
    const expectIfPresent = (slug: string, art: number) => {
      if (!slugs.has(slug)) return;
      expect(
        hrefs.some((h) => h?.startsWith(`/regulations/${slug}/`) && h.endsWith(`#art-${art}`)),
        `${slug}#art-${art}`,
      ).toBe(true);
    };
    expectIfPresent('party-constitution', 30);
    expectIfPresent('branch-work-regulations', 4);
    expectIfPresent('party-constitution', 31);
    expectIfPresent('branch-work-regulations', 21);
    expectIfPresent('branch-work-regulations', 16);
    expectIfPresent('member-education-regulations', 16);
    expectIfPresent('branch-work-regulations', 17);
    expectIfPresent('branch-work-regulations', 18);
    expectIfPresent('member-education-regulations', 32);
  });
});
