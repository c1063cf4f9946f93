// Dates and citation text shown on regulation pages (synthetic values only).
import { describe, expect, it } from 'vitest';
import {
  articleCitationText,
  articleTextLines,
  chineseDatedNote,
  regulationDatesText,
  renderedParagraphTexts,
} from '../../../../src/shared/regulations/display';

describe('dates', () => {
  it('writes a note’s leading date in Chinese and keeps the rest', () => {
    expect(chineseDatedNote('2016-02-06（第一次修订）')).toBe('2016年2月6日（第一次修订）');
    expect(chineseDatedNote('见附注 2016-02-06')).toBe('见附注 2016-02-06');
  });

  it('names the text’s own dates, and nothing when it has none', () => {
    expect(
      regulationDatesText({
        adopted: '1998-10-25（发布）',
        revised: ['2016-02-06（第一次修订）', '2026-03-12（第二次修订）'],
      }),
    ).toBe('通过/发布 1998年10月25日（发布）；修订 2016年2月6日（第一次修订）、2026年3月12日（第二次修订）');
    expect(regulationDatesText({ effective: '2018-10-28', revised: [] })).toBe('施行 2018年10月28日');
    expect(regulationDatesText({ revised: [] })).toBeUndefined();
  });
});

describe('articleCitationText', () => {
  it('is 《title》label：text, one line per paragraph, then the URL', () => {
    expect(articleCitationText('示例规则', '第三条', ['甲。', '', '（一）乙；'], 'https://example.test/r/ch-1/#art-3')).toBe(
      '《示例规则》第三条：甲。\n（一）乙；\nhttps://example.test/r/ch-1/#art-3',
    );
  });
});

describe('articleTextLines', () => {
  it('gives the text after the label and each paragraph, normalised, skipping an empty first line', () => {
    const paragraphs = [
      { line: 4, text: '（一）甲,乙;', isItem: true },
      { line: 5, text: '丙。', isItem: false },
    ];
    const article = { number: 3, id: 'art-3', label: '第三条', separator: '', line: 3, firstText: '', paragraphs };
    expect(articleTextLines(article)).toEqual(['（一）甲，乙；', '丙。']);
    expect(articleTextLines({ ...article, firstText: '总则:', paragraphs: [] })).toEqual(['总则：']);
  });
});

describe('renderedParagraphTexts', () => {
  it('reads the rendered paragraphs back as text, in order, unescaped', () => {
    const html =
      '<p data-line="8" class="reg-para">甲&amp;乙&lt;丙&gt;“丁”&#39;</p>\n<p data-line="9" class="reg-para reg-para--item">（一）戊；</p><span data-line="10">not a paragraph</span>';
    expect(renderedParagraphTexts(html)).toEqual(["甲&乙<丙>“丁”'", '（一）戊；']);
    expect(renderedParagraphTexts('')).toEqual([]);
    expect(renderedParagraphTexts('<p data-line="3" class="reg-para">依照<span class="nowrap">第十条</span>办理</p>')).toEqual([
      '依照第十条办理',
    ]);
  });
});
