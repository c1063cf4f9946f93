// Documents without 条 (an 意见 or 通知) are published too: by their 一、二、… headings,
// or as one page; every line is kept.
import { describe, expect, it } from 'vitest';
import { docLines, parseRegulation } from '../../../../src/shared/regulations/parse';
import { bodyLinesOf, makeText } from './fixtures';

describe('documents without articles', () => {
  const text = makeText([
    '关于加强示例工作的意见',
    '为做好示例工作，现提出如下意见。',
    '一、总体要求',
    '坚持示例原则，做到一、二、三件事。',
    '（一）第一项要求。',
    '二、主要任务',
    '完成示例任务。',
    '四、不连续的编号不是标题',
    '三、组织保障',
    '加强组织领导。',
  ]);
  const doc = parseRegulation(text, 'opinion.txt');

  it('uses the unbroken 一、二、三 headings as pages, after a preamble', () => {
    expect(doc.articleCount).toBe(0);
    expect(doc.preamble.map((l) => l.text)).toEqual(['关于加强示例工作的意见', '为做好示例工作，现提出如下意见。']);
    expect(doc.chapters.map((c) => [c.key, c.heading?.label, c.heading?.title])).toEqual([
      ['sec-1', '一、', '总体要求'],
      ['sec-2', '二、', '主要任务'],
      ['sec-3', '三、', '组织保障'],
    ]);
    expect(doc.chapters[1]?.blocks.map((b) => (b.kind === 'paragraph' ? b.paragraph.text : ''))).toEqual([
      '完成示例任务。',
      '四、不连续的编号不是标题',
    ]);
  });

  it('keeps every line, in order', () => {
    expect(docLines(doc)).toEqual(bodyLinesOf(text));
  });

  it('puts an unstructured text on one page', () => {
    const plain = makeText(['示例标题', '示例说明文字。']);
    const d = parseRegulation(plain, 'plain.txt');
    expect(d.chapters.map((c) => c.key)).toEqual(['full']);
    expect(d.preamble).toEqual([]);
    expect(docLines(d)).toEqual(bodyLinesOf(plain));
  });
});
