// Explainers are a collection: a new folder under content/explainers/ appears
// everywhere without code changes. SLOW (one full astro build, Pagefind included, in a
// scratch copy of the project, a few minutes on two slow cores): the timeout below is
// explicit and generous on purpose. The second explainer is synthetic text written
// for this test, with a <Ref> citation to a regulation article and a glossary term.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticle, loadCorpus } from '../../src/node/regulations/corpus';
import { DOC_TYPES, SEARCH_KEYS, SEED_EXPLAINER } from '../../src/shared/site/constants';
import { explainerChapterUrl, explainersIndexUrl, explainerUrl, regulationArticleUrl } from '../../src/shared/site/urls';
import { buildFixture, type BuildResult, type Fixture } from '../support/fixture';

const BUILD_TIMEOUT = 600_000;
const SLUG = 'shili-jiedu';
const SHORT = '示例解读';
const CITED = { source: 'branch-work-regulations', article: 9 };

const META = `title: 示例解读：协会党支部工作要点
shortTitle: ${SHORT}
order: 2
published: 2024-03-01
source:
  site: 示例网站
  original: 示例来源
`;

const CHAPTER_1 = `---
title: 一、组织生活
order: 1
---

<P n={1}>示例协会的党支部坚持<Ref cite={[["${CITED.source}", ${CITED.article}]]}>按期召开支部党员大会</Ref>，这是为构建测试写的示例文字。</P>

<P n={2}>示例协会党支部认真落实<Term id="sanhui-yike">三会一课</Term>制度，记录齐全。</P>
`;

const CHAPTER_2 = `---
title: 二、作用发挥
order: 2
---

<P n={3}>示例协会党支部在会员服务中发挥作用，此段只为测试分章。</P>
`;

let fixture: Fixture | undefined;
let built: BuildResult = { status: null, output: '' };
const page = (path: string): Document => fixture!.page(path);
const links = (doc: Document, selector: string): { href: string; text: string }[] =>
  Array.from(doc.querySelectorAll(`${selector} a`)).map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' }));

beforeAll(() => {
  fixture = buildFixture('explainers');
  fixture.write(`content/explainers/${SLUG}/explainer.yaml`, META);
  fixture.write(`content/explainers/${SLUG}/01-yi.mdx`, CHAPTER_1);
  fixture.write(`content/explainers/${SLUG}/02-er.mdx`, CHAPTER_2);
  built = fixture.build();
}, BUILD_TIMEOUT);

afterAll(() => fixture?.clean());

describe('a second explainer, added as a folder (scratch build)', () => {
  it('builds', () => {
    expect(built.status, built.output.slice(-3000)).toBe(0);
  });

  it('is listed on /explainers/ after the seed, and on the home page', () => {
    const listed = links(page(explainersIndexUrl()), '#explainer-list h2');
    expect(listed.map((l) => l.href)).toEqual([explainerUrl(SEED_EXPLAINER), explainerUrl(SLUG)]);
    expect(listed[1]?.text).toBe('示例解读：协会党支部工作要点');
    expect(links(page('/'), '.card').map((l) => l.href)).toEqual(
      expect.arrayContaining([explainerUrl(SEED_EXPLAINER), explainerUrl(SLUG)]),
    );
  });

  it('has its contents page and chapter pages, in the navigation under 解读', () => {
    const contents = links(page(explainerUrl(SLUG)), '#chapter-list').map((l) => l.href);
    expect(contents).toEqual([explainerChapterUrl(SLUG, 'yi'), explainerChapterUrl(SLUG, 'er')]);
    const chapter = page(explainerChapterUrl(SLUG, 'yi'));
    expect(chapter.querySelector('h1')?.textContent).toBe('一、组织生活');
    expect(chapter.getElementById('p-2')?.textContent).toContain('三会一课');
    const current = chapter.querySelector('.site-nav a[aria-current]');
    expect([current?.textContent, current?.getAttribute('href')]).toEqual(['解读', explainersIndexUrl()]);
    expect(links(chapter, '.toc').map((l) => l.href)).toEqual(contents);
    expect(links(chapter, '.breadcrumb').map((l) => l.href)).toContain(explainerUrl(SLUG));
    expect(chapter.querySelector('.page-dates')?.textContent).toContain('原文于2024年3月1日发布于示例网站，来源：示例来源');
    // The seed explainer's pages keep their own source line.
    expect(page(explainerChapterUrl(SEED_EXPLAINER, 'si')).querySelector('.page-dates')?.textContent).not.toContain('示例网站');
  });

  it('is in the search index under 解读 with its own 文件 filter value, and in the search page’s filter', () => {
    const fragDir = join(fixture!.root, 'dist/pagefind/fragment');
    const fragments = readdirSync(fragDir).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(fragDir, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, '')
            .replace(/\u200b/g, ''),
        ) as { url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> },
    );
    const ours = fragments.find((f) => f.url === explainerChapterUrl(SLUG, 'yi'));
    expect(ours?.content).toContain('按期召开支部党员大会');
    expect(ours?.filters[SEARCH_KEYS.type]).toEqual([DOC_TYPES.explainer]);
    expect(ours?.filters[SEARCH_KEYS.document]).toEqual([SHORT]);
    // Results name the explainer (their context line is 解读 · meta title).
    expect(ours?.meta['title']).toBe(`《${SHORT}》一、组织生活`);
    const seed = fragments.find((f) => f.url === explainerChapterUrl(SEED_EXPLAINER, 'si'));
    expect(seed?.filters[SEARCH_KEYS.type]).toEqual([DOC_TYPES.explainer]);
    expect(seed?.filters[SEARCH_KEYS.document]?.[0]).not.toBe(SHORT);
    const options = Array.from(page('/search/').querySelectorAll('select[name="doc"] option')).map((o) => o.getAttribute('value'));
    expect(options).toContain(SHORT);
    expect(options).toContain(seed?.filters[SEARCH_KEYS.document]?.[0]);
  });

  it('links its glossary terms, naming the explainer', () => {
    const entry = page('/glossary/').getElementById('sanhui-yike')?.closest('section');
    expect(entry).toBeTruthy();
    const mentions = links(entry as unknown as Document, '.meta');
    const ours = mentions.find((m) => m.href === `${explainerChapterUrl(SLUG, 'yi')}#p-2`);
    expect(ours?.text).toContain(`《${SHORT}》`);
    // With two explainers the seed's mentions name theirs too.
    expect(
      mentions.some((m) => m.href.startsWith(explainerUrl(SEED_EXPLAINER)) && !m.text.includes(SHORT) && m.text.startsWith('《')),
    ).toBe(true);
  });

  it('is listed under 本站引用 on the article it cites, naming the explainer', () => {
    const found = findArticle(loadCorpus(), CITED.source, CITED.article);
    expect(found).toBeTruthy();
    const url = regulationArticleUrl(CITED.source, found?.chapter.key ?? '', CITED.article);
    const [path] = url.split('#');
    const article = page(path ?? '')
      .getElementById(`art-${CITED.article}`)
      ?.closest('.reg-article');
    const refs = links(article as unknown as Document, '.reg-article__refs');
    const ours = refs.find((r) => r.href === `${explainerChapterUrl(SLUG, 'yi')}#p-1`);
    expect(ours?.text).toContain(SHORT);
    expect(page(explainerChapterUrl(SLUG, 'yi')).querySelector(`.cite a[href="${url}"]`)).toBeTruthy();
  });

  it('names both sources in the footer, and the old /article/ URLs still lead to the seed', () => {
    const footer = page('/').querySelector('.site-footer')?.textContent ?? '';
    expect(footer).toContain('示例解读：协会党支部工作要点');
    expect(footer).toContain('来源：学习强国');
    const refresh = page('/article/si/').querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    expect(refresh).toBe(`0;url=${explainerChapterUrl(SEED_EXPLAINER, 'si')}`);
  });
});
