import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../../../src/shared/search/excerpt';
import { parseQuery, type QueryTerm } from '../../../../src/shared/search/query';
import { rankPages, resultTitle, sentenceScore, shortestSpan } from '../../../../src/shared/search/rank';
import { splitIntoUnits, type PageRecord } from '../../../../src/shared/search/units';
import { chapterPage } from '../../../support/search-pages';

// Synthetic pages shaped like Pagefind records (headings end with ". ").
const regulation = chapterPage(
  '示例条例',
  '第二章 会议. 第五条 会员大会每年召开一次，理事会每季度召开一次。 第六条 分会应当坚持“双周例会”制度，双周例会由会长主持。 第七条 本条例所称会员，是指依照章程入会的单位。',
  { title: '示例条例 第二章 会议', priority: '2', rank: 1 },
);
const glossary: PageRecord = {
  url: '/glossary/',
  meta: { title: '术语', document: '术语' },
  content: '术语. 双周例会. 分会每两周召开一次的例行会议。 会员. 入会的单位。',
  anchors: [
    { element: 'h2', id: 'shuangzhou', text: '双周例会' },
    { element: 'h2', id: 'huiyuan', text: '会员' },
  ],
  rank: 0,
};
const otherLaw = chapterPage(
  '基本法',
  '第一章 总则. 第六条 各级组织依照本法设立。 第七条 会员可以列席会议，各级组织的代表大会办法另行规定。',
  { slug: 'basic', priority: '1', rank: 2 },
);
const pages = [glossary, regulation, otherLaw];

describe('splitIntoUnits', () => {
  it('cuts a page into the intro and one segment per article heading', () => {
    const segments = splitIntoUnits(regulation);
    expect(segments.map((s) => s.url)).toEqual([
      '/regulations/demo/ch-2/',
      '/regulations/demo/ch-2/#art-5',
      '/regulations/demo/ch-2/#art-6',
      '/regulations/demo/ch-2/#art-7',
    ]);
    expect(segments[2]?.text).toContain('双周例会由会长主持');
    expect(segments[2]?.text).not.toContain('第七条');
  });

  it('does not cut at an earlier mention of a heading word in body text', () => {
    const page: PageRecord = {
      ...glossary,
      content: '术语. 甲. 这里提到会员一词。 会员. 定义。',
      anchors: [
        { element: 'h2', id: 'a', text: '甲' },
        { element: 'h2', id: 'b', text: '会员' },
      ],
    };
    const seg = splitIntoUnits(page).find((s) => s.anchorId === 'b');
    expect(seg?.text).toBe('会员. 定义。');
  });
});

describe('rankPages', () => {
  it('puts the article with the exact phrase first, above our own glossary', () => {
    const results = rankPages(pages, parseQuery('双周例会'));
    expect(results[0]?.url).toBe('/regulations/demo/ch-2/#art-6');
    expect(results.map((r) => r.url)).toContain('/glossary/#shuangzhou');
  });

  it('lands an article-number query on the heading, the more fundamental document first', () => {
    for (const q of ['第六条', '第6条', '第６条']) {
      const results = rankPages(pages, parseQuery(q));
      expect(results[0]?.url, q).toBe('/regulations/basic/ch-1/#art-6');
      expect(results[1]?.url, q).toBe('/regulations/demo/ch-2/#art-6');
      expect(results[0]?.excerptHtml).toContain('<mark>第六条</mark>');
    }
  });

  it('prefers terms close together over the same terms far apart', () => {
    const results = rankPages(pages, parseQuery('会员 大会'));
    expect(results[0]?.url).toBe('/regulations/demo/ch-2/#art-5');
  });

  it('ranks exact matches above scattered characters and drops unrelated text', () => {
    const results = rankPages(pages, parseQuery('例会制度'));
    expect(results[0]?.url).toBe('/regulations/demo/ch-2/#art-6');
    expect(rankPages(pages, parseQuery('港口航运'))).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(rankPages(pages, parseQuery(''))).toEqual([]);
  });
});

describe('shortestSpan', () => {
  it('measures the tightest window holding every term', () => {
    expect(shortestSpan('甲乙丙丁甲乙', parseQuery('丁 甲'))).toBe(2);
    expect(shortestSpan('甲乙丙', parseQuery('丁 甲'))).toBe(Infinity);
  });
});

describe('buildExcerpt', () => {
  const long = `${'前文'.repeat(60)}这里写着双周例会的要求。${'后文'.repeat(60)}`;

  it('is built around the first match and marks it', () => {
    const e = buildExcerpt(long, ['双周例会']);
    expect(e.matched).toBe(true);
    expect(e.html).toContain('<mark>双周例会</mark>');
    expect(e.text.startsWith('…')).toBe(true);
    expect(e.text.endsWith('…')).toBe(true);
  });

  it('matches full-width digits against half-width queries', () => {
    expect(buildExcerpt('应有正式党员３人以上。', ['3人']).html).toContain('<mark>３人</mark>');
  });

  it('escapes HTML in the source text', () => {
    expect(buildExcerpt('a<b>双周</b>', ['双周']).html).toBe('a&#60;b&#62;<mark>双周</mark>&#60;/b&#62;');
  });

  it('falls back to the start when nothing matches', () => {
    const e = buildExcerpt(long, ['不存在']);
    expect(e.matched).toBe(false);
    expect(e.text.startsWith('前文')).toBe(true);
  });
});

describe('results name document and unit', () => {
  it('titles a regulation article by document and number, with the chapter once as context', () => {
    const withChapter: PageRecord = { ...regulation, meta: { ...regulation.meta, chapter: '第二章 会议' } };
    const [first] = rankPages([withChapter], parseQuery('双周例会'));
    expect(first).toMatchObject({ title: '示例条例 第六条', context: '第二章 会议' });
    const page = resultTitle({ heading: '', page: withChapter });
    expect(page).toEqual({ title: '示例条例 第二章 会议', context: '' });
  });

  it('titles a unit of our own pages by the page’s kind and its heading', () => {
    expect(resultTitle({ heading: '双周例会. ', page: glossary })).toEqual({ title: '术语 · 双周例会', context: '' });
    const explainer: PageRecord = { ...glossary, meta: { title: '一、加强组织建设', document: '解读' } };
    expect(resultTitle({ heading: '（一）健全组织', page: explainer })).toEqual({
      title: '（一）健全组织',
      context: '解读 · 一、加强组织建设',
    });
  });
});

describe('questions', () => {
  // Synthetic: the topic with a frequency in one article, the frequency before another topic in the other.
  const meetings = chapterPage(
    '示例条例',
    '第三章 例会. 第八条 理事会每年至少召开1次全体会议，也可以采用会员大会的形式进行。 第九条 会员大会是本会的最高机构，由全体会员组成，一般每季度召开1次。会员大会的职权是：审议工作报告。',
    { priority: '2' },
  );
  const ask = (terms: QueryTerm[]) => rankPages([meetings], { text: 'q', truncated: false, terms }).map((r) => r.url);
  const topic: QueryTerm = { term: '会员大会', variants: ['会员大会'] };
  const often: QueryTerm = { term: '多久', variants: ['每月', '每季度', '每年'], optional: true, hint: true };
  const hold: QueryTerm = { term: '开', variants: ['召开'], optional: true };

  it('puts first the unit whose sentence gives the topic what was asked, after the topic', () => {
    expect(ask([topic, often, hold])[0]).toBe('/regulations/demo/ch-3/#art-9');
  });

  it('does not require optional words: a unit without them still matches every term', () => {
    const results = rankPages([meetings], {
      text: 'q',
      truncated: false,
      terms: [topic, { term: 'x', variants: ['不存在的词'], optional: true, hint: true }],
    });
    expect(
      results
        .filter((r) => r.matchedAll)
        .map((r) => r.url)
        .sort(),
    ).toEqual(['/regulations/demo/ch-3/#art-8', '/regulations/demo/ch-3/#art-9']);
  });

  it('scores the best sentence: topic terms, then hint and weak words after them in full, before them half', () => {
    const required = new Set([topic]);
    const after = sentenceScore('会员大会一般每季度召开1次。', [topic, often, hold], required);
    const before = sentenceScore('每年至少召开1次会员大会。', [topic, often, hold], required);
    expect(after).toBeGreaterThan(before);
    expect(before).toBeGreaterThan(sentenceScore('会员大会由会员组成。', [topic, often, hold], required));
    expect(sentenceScore('没有主题。', [topic, often], required)).toBe(0);
  });

  it('counts a related word half: the term itself ranks above its related words', () => {
    const related: PageRecord = {
      ...otherLaw,
      content: '第一章 总则. 第六条 委员会每届任期五年，任期届满应当按期选举。 第七条 换届工作按规定进行，换届时选举新的委员会。',
    };
    const term: QueryTerm = { term: '换届', variants: ['换届', '任期', '选举'], related: ['任期', '选举'] };
    const urls = rankPages([related], { text: '换届', truncated: false, terms: [term] }).map((r) => r.url);
    expect(urls.slice(0, 2)).toEqual(['/regulations/basic/ch-1/#art-7', '/regulations/basic/ch-1/#art-6']);
  });
});
