import { describe, expect, it } from 'vitest';
import { nowrapParts } from '../../../../src/shared/text/nowrap';

describe('nowrapParts', () => {
  it('keeps dates and article numbers whole, the rest as it is', () => {
    expect(nowrapParts('须为 1949-10 到 2100-12 之间；自2026年6月3日起依第三十一条施行')).toEqual([
      { text: '须为 ', keep: false },
      { text: '1949-10', keep: true },
      { text: ' 到 ', keep: false },
      { text: '2100-12', keep: true },
      { text: ' 之间；自', keep: false },
      { text: '2026年6月3日', keep: true },
      { text: '起依', keep: false },
      { text: '第三十一条', keep: true },
      { text: '施行', keep: false },
    ]);
  });

  it('leaves text without such tokens in one part, and joins back to the text', () => {
    expect(nowrapParts('党支部')).toEqual([{ text: '党支部', keep: false }]);
    expect(nowrapParts('')).toEqual([]);
    const text = '2025-06-01｜2026年6月｜第十条第（六）项';
    expect(
      nowrapParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(
      nowrapParts(text)
        .filter((p) => p.keep)
        .map((p) => p.text),
    ).toEqual(['2025-06-01', '2026年6月', '第十条']);
  });
});
