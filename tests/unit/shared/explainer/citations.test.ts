import { describe, expect, it } from 'vitest';
import { extractCitations, indexCitations, parseCiteAttribute } from '../../../../src/shared/explainer/citations';
import { paragraphsMentioning } from '../../../../src/shared/explainer/terms';
import { numberedParagraphs, sections } from '../../../../src/shared/explainer/mdx-source';

const MDX = `---
title: 示例
---
<P n={3}>甲乙<Ref cite={[["demo-rules", 4], ["other-rules", 12]]}>丙丁</Ref>戊。</P>

<P n={4}>没有引用。</P>

<Section labelledBy="si-1">
<SectionTitle n={5} id="si-1">（一）<Ref cite={[["demo-rules", 4]]}>标题</Ref>。</SectionTitle>
<P n={5}>正文<Ref to="demo-rules">《示例规则》</Ref>。</P>
</Section>
`;

describe('extractCitations', () => {
  it('finds every cited article with its paragraph', () => {
    expect(extractCitations('guide', 'demo', MDX)).toEqual([
      { explainer: 'guide', chapterId: 'demo', paragraph: 3, source: 'demo-rules', article: 4 },
      { explainer: 'guide', chapterId: 'demo', paragraph: 3, source: 'other-rules', article: 12 },
      { explainer: 'guide', chapterId: 'demo', paragraph: 5, source: 'demo-rules', article: 4 },
    ]);
  });

  it('indexes by source and article without duplicate paragraphs', () => {
    const index = indexCitations([...extractCitations('guide', 'demo', MDX), ...extractCitations('guide', 'demo', MDX)]);
    expect(index.get('demo-rules#4')?.map((c) => c.paragraph)).toEqual([3, 5]);
    // The same chapter and paragraph in another explainer is another citation.
    const two = indexCitations([...extractCitations('guide', 'demo', MDX), ...extractCitations('other', 'demo', MDX)]);
    expect(two.get('demo-rules#4')?.map((c) => `${c.explainer}:${c.paragraph}`)).toEqual(['guide:3', 'guide:5', 'other:3', 'other:5']);
    expect(index.get('other-rules#12')).toHaveLength(1);
    expect(index.has('demo-rules#5')).toBe(false);
  });

  it('reads a cited 款 or 项 after the article number', () => {
    expect(parseCiteAttribute('[["demo", 10, "第（六）项"], ["demo", 4]]')).toEqual([
      { source: 'demo', article: 10, part: '第（六）项' },
      { source: 'demo', article: 4 },
    ]);
  });

  it('rejects a malformed cite attribute with a Chinese message', () => {
    expect(() => parseCiteAttribute('[["demo", "四"]]')).toThrow(/cite 属性/);
    expect(() => parseCiteAttribute('[["demo", 4, "第2款"]]')).toThrow(/款项/);
    expect(() => parseCiteAttribute('{"a": 1}')).toThrow(/cite 属性/);
  });
});

describe('paragraphsMentioning', () => {
  it('returns the paragraphs containing any of the match strings', () => {
    const paragraphs = [
      { explainer: 'x', chapterId: 'a', n: 1, text: '讲到三会一课。' },
      { explainer: 'x', chapterId: 'a', n: 2, text: '讲到主题党日。' },
      { explainer: 'x', chapterId: 'b', n: 3, text: '都没有。' },
    ];
    expect(paragraphsMentioning(paragraphs, ['三会一课', '主题党日']).map((p) => p.n)).toEqual([1, 2]);
  });
});

describe('mdx-source', () => {
  it('joins a section title and its body into one numbered paragraph, tags stripped', () => {
    expect(numberedParagraphs(MDX).map((p) => [p.n, p.text])).toEqual([
      [3, '甲乙丙丁戊。'],
      [4, '没有引用。'],
      [5, '（一）标题。正文《示例规则》。'],
    ]);
  });

  it('finds the sections by their title anchors', () => {
    expect(sections(MDX)).toEqual([{ id: 'si-1', n: 5, title: '（一）标题。' }]);
  });
});
