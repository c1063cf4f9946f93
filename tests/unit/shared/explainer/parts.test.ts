import { describe, expect, it } from 'vitest';
import { isPart, partLines } from '../../../../src/shared/explainer/parts';

// A synthetic article: two 款, the second with three items.
const LINES = ['甲款的话。', '乙款的话：', '（一）第一项；', '（二）第二项；', '（三）第三项。'];

describe('partLines', () => {
  it('finds a 项 by its number', () => {
    expect(partLines(LINES, '第（二）项')).toEqual([3]);
  });

  it('finds a 款 with the items under it', () => {
    expect(partLines(LINES, '第一款')).toEqual([0]);
    expect(partLines(LINES, '第二款')).toEqual([1, 2, 3, 4]);
  });

  it('fails on a part the article does not have, or one written otherwise', () => {
    expect(() => partLines(LINES, '第三款')).toThrow(/没有第三款/);
    expect(() => partLines(LINES, '第（六）项')).toThrow(/没有/);
    expect(isPart('第2款')).toBe(false);
    expect(isPart('第（六）项')).toBe(true);
  });
});
