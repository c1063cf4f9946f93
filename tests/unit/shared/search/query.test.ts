import { describe, expect, it } from 'vitest';
import {
  candidateTerms,
  fold,
  limitQuery,
  mergeCandidates,
  numberVariants,
  parseQuery,
  requiredTerms,
  selectCandidates,
  splitArticleReference,
  MAX_QUERY_CHARS,
} from '../../../../src/shared/search/query';

describe('fold', () => {
  it('turns full-width ASCII into half-width and keeps the length', () => {
    expect(fold('第３０条　ＡＢＣ')).toBe('第30条 abc');
    expect(fold('三会一课').length).toBe(4);
  });
});

describe('numberVariants', () => {
  it.each([
    ['第30条', ['第30条', '第三十条']],
    ['第三十条', ['第三十条', '第30条']],
    ['第105条', ['第105条', '第一百零五条']],
    ['第二章', ['第二章', '第2章']],
    ['三会一课', ['三会一课']],
  ])('%s', (term, expected) => expect(numberVariants(term)).toEqual(expected));
});

describe('parseQuery', () => {
  it('splits on any whitespace, drops quotes and duplicates', () => {
    const q = parseQuery('  “三会一课”　主题党日  三会一课 ');
    expect(q.terms.map((t) => t.term)).toEqual(['三会一课', '主题党日']);
    expect(q.truncated).toBe(false);
  });

  it('separates a document name from an article number', () => {
    expect(splitArticleReference('党章第三十一条')).toEqual(['党章', '第三十一条']);
    expect(parseQuery('党章第31条').terms.map((t) => t.variants)).toEqual([['党章'], ['第31条', '第三十一条']]);
  });

  it('keeps mixed digits and Chinese together', () => {
    expect(parseQuery('3名以上正式党员').terms.map((t) => t.term)).toEqual(['3名以上正式党员']);
  });

  it('truncates very long queries and says so', () => {
    const q = parseQuery('党'.repeat(MAX_QUERY_CHARS + 20));
    expect(q.truncated).toBe(true);
    expect(Array.from(q.text)).toHaveLength(MAX_QUERY_CHARS);
  });

  it('gives no terms for an empty query', () => {
    expect(parseQuery('   ').terms).toEqual([]);
  });

  it('asks Pagefind once per term and variant', () => {
    expect(candidateTerms(parseQuery('第30条 换届'))).toEqual(['第30条', '第三十条', '换届']);
  });
});

describe('zero-width characters', () => {
  it.each([
    ['200B', '\u200b'],
    ['200C', '\u200c'],
    ['200D', '\u200d'],
    ['FEFF', '\ufeff'],
    ['2060', '\u2060'],
  ])('U+%s is removed, not a term boundary', (_code, zw) => {
    const q = parseQuery(`党${zw}员${zw} 换${zw}${zw}届`);
    expect(q.text).toBe('党员 换届');
    expect(q.terms.map((t) => t.term)).toEqual(['党员', '换届']);
  });

  it('a query of zero-width characters only is empty', () => {
    expect(parseQuery('\u200b\ufeff\u200d').terms).toEqual([]);
    expect(limitQuery(' \u200b ').text).toBe('');
  });

  it('zero-width characters do not count towards the length cap', () => {
    const q = limitQuery('\u200b'.repeat(10) + '党'.repeat(MAX_QUERY_CHARS));
    expect(q).toEqual({ text: '党'.repeat(MAX_QUERY_CHARS), truncated: false });
  });
});

describe('limitQuery (what is searched, and what the URL holds)', () => {
  it('keeps a short query as typed, trimmed', () => {
    expect(limitQuery('  三会一课　第30条 ')).toEqual({ text: '三会一课　第30条', truncated: false });
  });

  it('cuts a long paste to MAX_QUERY_CHARS characters and says so', () => {
    const long = '流动党员管理'.repeat(20);
    const q = limitQuery(long);
    expect(q.truncated).toBe(true);
    expect(q.text).toBe(Array.from(long).slice(0, MAX_QUERY_CHARS).join(''));
  });

  it('counts characters, so a character outside the BMP is never split', () => {
    const q = limitQuery('𠀀'.repeat(MAX_QUERY_CHARS + 1));
    expect(Array.from(q.text)).toHaveLength(MAX_QUERY_CHARS);
    expect(q.text).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('is exactly the text parseQuery searches (before folding)', () => {
    const input = `  ${'换届选举'.repeat(15)}\u200b`;
    expect(parseQuery(input).text).toBe(fold(limitQuery(input).text));
    expect(parseQuery(input).truncated).toBe(limitQuery(input).truncated);
  });

  it('is idempotent: a capped query read back from the URL is unchanged', () => {
    const once = limitQuery('党'.repeat(80) + '\u200b');
    expect(limitQuery(once.text)).toEqual({ text: once.text, truncated: false });
  });
});

describe('mergeCandidates', () => {
  it('interleaves lists, keeps first occurrences and stops at the limit', () => {
    const a = { results: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    const b = { results: [{ id: 'x' }, { id: 'a' }] };
    expect(mergeCandidates([a, b, null], 4).map((r) => r.id)).toEqual(['a', 'x', 'b', 'c']);
  });
});

describe('punctuation in queries', () => {
  it('separates terms like a space', () => {
    expect(parseQuery('组织生活会、民主评议党员').terms.map((t) => t.term)).toEqual(['组织生活会', '民主评议党员']);
    expect(parseQuery('《党章》第三十条').terms.map((t) => t.term)).toEqual(['党章', '第三十条']);
  });
});

describe('requiredTerms and candidateTerms', () => {
  it('asks Pagefind only for required terms; all terms are required when none is', () => {
    const q = {
      text: 'x',
      truncated: false,
      terms: [
        { term: '党员大会', variants: ['党员大会', '支部大会'] },
        { term: '多久', variants: ['每月', '每季度'], optional: true, hint: true },
      ],
    };
    expect(requiredTerms(q).map((t) => t.term)).toEqual(['党员大会']);
    expect(candidateTerms(q)).toEqual(['党员大会', '支部大会']);
    expect(requiredTerms({ ...q, terms: q.terms.slice(1) }).map((t) => t.term)).toEqual(['多久']);
  });
});

describe('selectCandidates', () => {
  const ids = (xs: { id: string }[]): string[] => xs.map((x) => x.id);
  const list = (...xs: string[]): { id: string }[] => xs.map((id) => ({ id }));

  it('takes pages holding every term first, in the rarest term’s order', () => {
    const common = list('a', 'b', 'c', 'd', 'e', 'f');
    const rare = list('e', 'x', 'c');
    expect(ids(selectCandidates([common, rare], 16, 2))).toEqual(['e', 'c']);
  });

  it('fills up with pages holding some terms, the rarest term’s first, only below `fill`', () => {
    const common = list('a', 'b', 'c');
    const rare = list('x', 'c');
    expect(ids(selectCandidates([common, rare], 16, 4))).toEqual(['c', 'x', 'a', 'b']);
    expect(ids(selectCandidates([common, rare], 16, 1))).toEqual(['c']);
  });

  it('keeps a single term’s list up to the limit, and asks nothing of nothing', () => {
    expect(ids(selectCandidates([list('a', 'b', 'c')], 2, 8))).toEqual(['a', 'b']);
    expect(selectCandidates([], 16, 8)).toEqual([]);
  });

  it('never fetches more than the limit', () => {
    const a = list(...Array.from({ length: 30 }, (_, i) => `p${i}`));
    expect(selectCandidates([a, a], 16, 8)).toHaveLength(16);
    expect(selectCandidates([a, list('q1', 'q2')], 4, 8)).toHaveLength(4);
  });
});
