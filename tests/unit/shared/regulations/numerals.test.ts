import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../../../src/shared/regulations/numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['三十七', 37],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百一十一', 111],
    ['两百', 200],
    ['二百三十', 230],
    ['一千', 1000],
    ['一千零一十', 1010],
    ['一千零五', 1005],
    ['九千九百九十九', 9999],
    ['零', 0],
    ['〇', 0],
    ['5', 5],
    ['037', 37],
    ['１２', 12],
  ])('%s → %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(['', '十x', 'x', '一二', '百', '十十', '一百五', '一百零', '零五', '百一', '两', '一百十', '3a', '第一', ' 一'])(
    'rejects %j',
    (s) => {
      expect(parseChineseNumeral(s)).toBeNull();
    },
  );
});

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [37, '三十七'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2024, '二千零二十四'],
    [9999, '九千九百九十九'],
  ])('%d → %s', (n, s) => {
    expect(toChineseNumeral(n)).toBe(s);
  });

  it.each([0, -1, 10000, 1.5, Number.NaN])('throws for %d', (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });

  it('round-trips every number 1..9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => parseChineseNumeral(toChineseNumeral(n)) === n),
      { numRuns: 2000 },
    );
    // Exhaustive as well: the range is small.
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
});
