import { describe, expect, it } from 'vitest';
import { normalizeTypography } from '../../../../src/shared/text/normalize';

describe('normalizeTypography', () => {
  it.each([
    ['发展,新经济', '发展，新经济'],
    ['来源:学习强国', '来源：学习强国'],
    ['一是;二是', '一是；二是'],
    ['真的?是的!', '真的？是的！'],
    ['《条例(试行)》', '《条例（试行）》'],
    ['(一)持续推进', '（一）持续推进'],
    ['(来源:学习强国)', '（来源：学习强国）'],
    ['共3名,其中', '共3名，其中'],
    ['2023年,3,并且', '2023年，3，并且'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTypography(input)).toBe(expected);
  });

  it.each([
    '发布时间：2023-06-18 11:16:09',
    '11:16:09',
    '1,000 people; (a) and (2023)',
    'version 1.0: ok',
    '第一章 总 则',
    '第一条　总则　',
    '“三会一课”、主题党日',
  ])('leaves %s unchanged', (input) => {
    expect(normalizeTypography(input)).toBe(input);
  });

  it('keeps every character count and spaces', () => {
    const input = '甲, 乙 (丙) 丁:戊　';
    const out = normalizeTypography(input);
    expect(Array.from(out)).toHaveLength(Array.from(input).length);
    expect(out).toBe('甲， 乙 （丙） 丁：戊　');
  });

  it('is idempotent', () => {
    const input = '行业协会(商会),党建:工作;好?';
    expect(normalizeTypography(normalizeTypography(input))).toBe(normalizeTypography(input));
  });
});
