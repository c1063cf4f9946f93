import { describe, expect, it } from 'vitest';
import { chineseDate, localToday } from '../../../src/shared/dates';

describe('dates', () => {
  it('localToday() is the local calendar date', () => {
    expect(localToday(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it.each([
    ['2022-10-22', '2022年10月22日'],
    ['2018-01-05', '2018年1月5日'],
    ['2018年', '2018年'],
  ])('%s → %s', (iso, text) => expect(chineseDate(iso)).toBe(text));
});
