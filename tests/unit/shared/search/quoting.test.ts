// 要求速查 entries quote articles: they are found as their own units (#req-…), but a
// quote is secondary evidence, so an entry follows the article it quotes, never leads it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../src/shared/search/query';
import { placeQuotingUnits, type Placeable } from '../../../../src/shared/search/quoting';
import { answeredAsTyped, DOCUMENT_WEIGHT, rankPages } from '../../../../src/shared/search/rank';
import { expandQuery } from '../../../../src/shared/search/understand';
import { formatCites, parseCites, splitIntoUnits, type PageRecord } from '../../../../src/shared/search/units';
import { DOC_TYPES } from '../../../../src/shared/site/constants';
import { chapterPage } from '../../../support/search-pages';

// Synthetic records shaped like Pagefind's: an <article id> anchor has no text and the
// location of the heading it starts with.
const regulation = chapterPage(
  '示例条例',
  '第二章 会议. 第五条 会员大会每年召开一次，理事会每季度召开一次。 第六条 分会应当坚持“双周例会”制度，双周例会由会长主持。 第七条 本条例所称会员，是指依照章程入会的单位。',
  { title: '示例条例 第二章 会议', priority: '2', rank: 1, locations: [3, 12, 22] },
);
const otherLaw = chapterPage('基本法', '第一章 总则. 第六条 各级组织依照本法设立。 第七条 分会实行双周例会，会员可以列席会议。', {
  slug: 'basic',
  priority: '1',
  rank: 2,
  locations: [2, 8],
});
const requirements: PageRecord = {
  url: '/requirements/',
  meta: {
    title: '要求速查',
    document: '要求速查',
    cites: formatCites([
      { id: 'req-weekly', href: '/regulations/demo/ch-2/#art-6' },
      { id: 'req-chair', href: '/regulations/demo/ch-2/#art-6' },
      { id: 'req-annual', href: '/regulations/demo/ch-2/#art-5' },
      { id: 'req-unlisted', href: undefined },
    ]),
  },
  content:
    '要求速查. 双周例会. 分会每两周召开一次双周例会。 会长主持例会. 双周例会由会长主持，会长不在时由副会长主持。 年度会员大会. 会员大会每年召开一次。 ',
  anchors: [
    { element: 'article', id: 'req-weekly', text: '', location: 2 },
    { element: 'h3', id: 'req-weekly-title', text: '双周例会', location: 2 },
    { element: 'article', id: 'req-chair', text: '', location: 8 },
    { element: 'h3', id: 'req-chair-title', text: '会长主持例会', location: 8 },
    { element: 'article', id: 'req-annual', text: '', location: 18 },
    { element: 'h3', id: 'req-annual-title', text: '年度会员大会', location: 18 },
  ],
  rank: 0,
};
const pages = [requirements, regulation, otherLaw];
const urls = (q: string): string[] => rankPages(pages, parseQuery(q)).map((r) => r.url);

describe('cites (page meta: which unit quotes what)', () => {
  it('round-trips and leaves out units whose source is not on the site', () => {
    const meta = formatCites([
      { id: 'req-a', href: '/regulations/x/ch-1/#art-5' },
      { id: 'req-b', href: undefined },
      { id: 'req-c', href: '/article/si/#si-1' },
    ]);
    expect(meta).toBe('req-a=/regulations/x/ch-1/#art-5 req-c=/article/si/#si-1');
    expect([...parseCites(meta)]).toEqual([
      ['req-a', '/regulations/x/ch-1/#art-5'],
      ['req-c', '/article/si/#si-1'],
    ]);
  });

  it('refuses what it could not read back, and reads nothing from nothing', () => {
    expect(() => formatCites([{ id: 'req a', href: '/x/' }])).toThrow();
    expect(() => formatCites([{ id: 'req-a', href: '/x/ y/' }])).toThrow();
    expect(parseCites(undefined).size).toBe(0);
    expect(parseCites(' =x a= b ').size).toBe(0);
  });
});

describe('splitIntoUnits on 要求速查', () => {
  it('gives one unit per entry, linked to the <article> id, titled by its heading, with what it quotes', () => {
    const segments = splitIntoUnits(requirements);
    expect(segments.map((s) => [s.url, s.heading, s.cites])).toEqual([
      ['/requirements/', '', undefined],
      ['/requirements/#req-weekly', '双周例会', '/regulations/demo/ch-2/#art-6'],
      ['/requirements/#req-chair', '会长主持例会', '/regulations/demo/ch-2/#art-6'],
      ['/requirements/#req-annual', '年度会员大会', '/regulations/demo/ch-2/#art-5'],
    ]);
    expect(segments[2]?.text).toBe('会长主持例会. 双周例会由会长主持，会长不在时由副会长主持。 ');
  });

  it('keeps linking headings to themselves elsewhere (no <article> anchor at their place)', () => {
    expect(splitIntoUnits(regulation).map((s) => s.cites)).toEqual([undefined, undefined, undefined, undefined]);
    const shifted: PageRecord = {
      ...requirements,
      anchors: requirements.anchors.map((a) => (a.element === 'article' ? { ...a, location: (a.location ?? 0) + 1 } : a)),
    };
    expect(splitIntoUnits(shifted)[1]?.url).toBe('/requirements/#req-weekly-title');
  });
});

describe('ranking 要求速查 entries', () => {
  it('weights the page like the glossary: below regulation text and the explainer', () => {
    expect(Object.values(DOC_TYPES)).toEqual(expect.arrayContaining(Object.keys(DOCUMENT_WEIGHT)));
    expect(DOCUMENT_WEIGHT[DOC_TYPES.regulation]).toBeUndefined();
    expect(DOCUMENT_WEIGHT[DOC_TYPES.requirements]).toBeLessThan(DOCUMENT_WEIGHT[DOC_TYPES.explainer] ?? 1);
    expect(DOCUMENT_WEIGHT[DOC_TYPES.requirements]).toBe(DOCUMENT_WEIGHT[DOC_TYPES.glossary]);
  });

  it('for an article’s own words, lists the article first and its entries right after it', () => {
    // The heading 双周例会 would put req-weekly first; the other law's 第七条 also matches.
    const order = urls('双周例会');
    expect(order.slice(0, 3)).toEqual(['/regulations/demo/ch-2/#art-6', '/requirements/#req-weekly', '/requirements/#req-chair']);
    expect(order).toContain('/regulations/basic/ch-1/#art-7');
    expect(urls('会员大会').slice(0, 2)).toEqual(['/regulations/demo/ch-2/#art-5', '/requirements/#req-annual']);
  });

  it('for an entry’s own words (not the article’s), lists the entry first', () => {
    expect(urls('会长主持例会')[0]).toBe('/requirements/#req-chair');
    expect(urls('副会长')[0]).toBe('/requirements/#req-chair');
  });

  it('when only an entry holds a keyword as typed, searches its words too and lists the article it quotes first', () => {
    expect(answeredAsTyped(rankPages(pages, parseQuery('会长主持例会')))).toBe(false);
    // An article holding the keyword as typed answers it: nothing more is searched.
    expect(answeredAsTyped(rankPages(pages, parseQuery('双周例会')))).toBe(true);
    // Our own page alone does not, even where it quotes nothing (the page 要求速查 itself).
    const ownPage = rankPages(pages, parseQuery('要求速查'));
    expect(ownPage[0]).toMatchObject({ url: '/requirements/', matchedAll: true, quotes: undefined });
    expect(answeredAsTyped(ownPage)).toBe(false);
    // A rival article says the words more often and closer together, and another entry quotes
    // it; the entry headed 会长主持例会 names 第六条 as the rule.
    const rival = chapterPage('他例', '第三章 例会. 第八条 例会由会长主持，会长缺席时，例会由副会长主持。', {
      slug: 'rival',
      rank: 3,
      locations: [2],
    });
    const quotingRival: PageRecord = {
      ...requirements,
      meta: { ...requirements.meta, cites: `${requirements.meta['cites']} req-absent=/regulations/rival/ch-3/#art-8` },
      content: `${requirements.content}缺席例会. 例会缺席须请假。 `,
      anchors: [
        ...requirements.anchors,
        { element: 'article', id: 'req-absent', text: '', location: 24 },
        { element: 'h3', id: 'req-absent-title', text: '缺席例会', location: 24 },
      ],
    };
    expect(splitIntoUnits(quotingRival).at(-1)?.cites).toBe('/regulations/rival/ch-3/#art-8');
    const order = rankPages([quotingRival, regulation, otherLaw, rival], expandQuery(parseQuery('会长主持例会'))!).map((r) => r.url);
    expect(order.slice(0, 3)).toEqual(['/regulations/demo/ch-2/#art-6', '/requirements/#req-chair', '/regulations/rival/ch-3/#art-8']);
  });

  it('for the page’s name, lists the page itself first', () => {
    const results = rankPages(pages, parseQuery('要求速查'));
    expect(results[0]?.url).toBe('/requirements/');
    expect(results[0]?.heading).toBe('');
    expect(results[0]?.title).toBe('要求速查');
  });

  it('titles an entry by its topic and shows its own text', () => {
    const entry = rankPages(pages, parseQuery('双周例会')).find((r) => r.url === '/requirements/#req-weekly');
    expect(entry?.heading).toBe('双周例会');
    expect(entry?.document).toBe('要求速查');
    expect(entry?.excerptHtml).toContain('<mark>双周例会</mark>');
  });

  it('ranks entries by their own score when the article they quote is not a candidate', () => {
    const order = rankPages([requirements, otherLaw], parseQuery('双周例会')).map((r) => r.url);
    expect(order[0]).toBe('/regulations/basic/ch-1/#art-7');
    expect(order.slice(1, 3)).toEqual(['/requirements/#req-weekly', '/requirements/#req-chair']);
  });
});

describe('placeQuotingUnits', () => {
  const u = (url: string, matchedAll: boolean, cites?: string): Placeable => ({ url, matchedAll, cites });

  it('moves a quoting unit right after the unit it quotes, in either direction', () => {
    const list = [u('q1', true, 'a'), u('b', true), u('a', true), u('q2', true, 'b'), u('c', true)];
    expect(placeQuotingUnits(list).map((r) => r.url)).toEqual(['b', 'q2', 'a', 'q1', 'c']);
  });

  it('leaves it in place when either does not hold every term', () => {
    const list = [u('q1', true, 'a'), u('a', false), u('b', true), u('q2', false, 'b')];
    expect(placeQuotingUnits(list).map((r) => r.url)).toEqual(['q1', 'a', 'b', 'q2']);
  });

  it('leaves it in place when what it quotes is not listed, or is itself', () => {
    const list = [u('q1', true, 'missing'), u('q2', true, 'q2'), u('a', true)];
    expect(placeQuotingUnits(list).map((r) => r.url)).toEqual(['q1', 'q2', 'a']);
  });

  const arbitraryList = fc
    .array(fc.record({ matchedAll: fc.boolean(), cites: fc.option(fc.nat({ max: 7 }), { nil: undefined }) }), { maxLength: 8 })
    .map((rows) => rows.map((r, i) => u(String(i), r.matchedAll, r.cites === undefined ? undefined : String(r.cites))));

  it('loses and repeats nothing, even when units quote each other in a cycle', () => {
    fc.assert(
      fc.property(arbitraryList, (list) => {
        const out = placeQuotingUnits(list);
        expect([...out].sort((x, y) => Number(x.url) - Number(y.url))).toEqual(list);
      }),
    );
    expect(placeQuotingUnits([u('a', true, 'b'), u('b', true, 'a')]).map((r) => r.url)).toEqual(['b', 'a']);
  });

  it('never lists a unit before a matching unit it quotes, unless that one quotes something too', () => {
    fc.assert(
      fc.property(arbitraryList, (list) => {
        const out = placeQuotingUnits(list);
        const at = new Map(out.map((r, i) => [r.url, i]));
        for (const r of out) {
          const quoted = list.find((x) => x.url === r.cites);
          if (!quoted || quoted === r || !quoted.matchedAll || !r.matchedAll || quoted.cites !== undefined) continue;
          expect(at.get(r.url)! > at.get(quoted.url)!, `${r.url} → ${quoted.url}`).toBe(true);
        }
      }),
    );
  });
});

describe('articles a 要求速查 entry quotes', () => {
  // Two articles with the same words; the requirements page quotes only the first.
  const twin: PageRecord = {
    ...regulation,
    url: '/regulations/twin/ch-2/',
    meta: { ...regulation.meta, document: '另一条例', priority: '1' },
  };
  const question = {
    text: 'q',
    truncated: false,
    terms: [
      { term: '会员大会', variants: ['会员大会'] },
      { term: '多久', variants: ['每年', '每季度'], optional: true, hint: true },
    ],
  };

  it('go first among units holding every term when the query had to be read (a question)', () => {
    const order = rankPages([twin, regulation, requirements], question).map((r) => r.url);
    expect(order.indexOf('/regulations/demo/ch-2/#art-5')).toBeLessThan(order.indexOf('/regulations/twin/ch-2/#art-5'));
  });

  it('do not for a keyword found as typed: the more fundamental document keeps its place', () => {
    const order = rankPages([twin, regulation, requirements], parseQuery('会员大会')).map((r) => r.url);
    expect(order.indexOf('/regulations/twin/ch-2/#art-5')).toBeLessThan(order.indexOf('/regulations/demo/ch-2/#art-5'));
  });
});
