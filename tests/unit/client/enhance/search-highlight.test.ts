// search-highlight.ts reads the location hash to find the article a search result led to;
// a malformed percent-escape in a hand-edited link must not throw.
import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../../../src/client/enhance/search-highlight';

describe('fragmentId', () => {
  it.each([
    ['', null],
    ['#', null],
    ['#art-3', 'art-3'],
    ['art-3', 'art-3'],
    ['#%E7%AC%AC%E4%B8%89%E6%9D%A1', '第三条'],
    ['#第三条', '第三条'],
  ])('%j → %j', (hash, id) => expect(fragmentId(hash)).toBe(id));

  it.each(['#%E0%A4%A', '#%', '#%zz', '#art-3%', '#%ED%A0%80'])('%j: a malformed escape is kept as written, without throwing', (hash) => {
    expect(() => fragmentId(hash)).not.toThrow();
    expect(fragmentId(hash)).toBe(hash.slice(1));
  });
});
