import { describe, expect, it } from 'vitest';
import { candidateTerms, expandQuery, fold, mergeCandidates, numberVariants, parseQuery, splitArticleReference, MAX_QUERY_CHARS } from '../../../src/lib/search/query';

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

describe('expandQuery', () => {
  it('breaks a question into its words, joins single characters and drops filler', () => {
    const words = expandQuery(parseQuery('流动党员怎么参加组织生活'))?.terms.map((t) => t.term);
    expect(words).toEqual(expect.arrayContaining(['流动', '党员', '参加', '组织', '生活']));
    expect(words).not.toContain('怎么');
    const dues = expandQuery(parseQuery('党费收缴使用管理'))?.terms.map((t) => t.term);
    expect(dues?.[0]).toBe('党费');
  });

  it('keeps numbers with their measure word and short terms as they are', () => {
    const words = expandQuery(parseQuery('换届 有3名正式党员的商会'))?.terms.map((t) => t.term) ?? [];
    expect(words[0]).toBe('换届');
    expect(words.some((w) => w.includes('3名'))).toBe(true);
  });

  it('has nothing to expand for short terms', () => {
    expect(expandQuery(parseQuery('三会一课'))).toBeUndefined();
    expect(expandQuery(parseQuery('换届 党费'))).toBeUndefined();
  });
});
