// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { withBasisTexts } from '../../../../../src/client/islands/assessment/types';

describe('withBasisTexts', () => {
  it('fills cited texts from the page section and keeps refs that have text', () => {
    document.body.innerHTML = `
      <section data-basis="demo#4"><h3>示例第四条</h3><p>第一款。</p><p>第二款。</p></section>
      <section data-basis="article#si-1"><h3>解读</h3><p>一段。</p></section>`;
    const refs = withBasisTexts(
      {
        'demo#4': { href: '/x/#art-4', title: '示例第四条', text: [] },
        'explainer#si-1': { href: '/explainers/xiehui-shanghui-dangjian/si/#si-1', title: '解读', text: ['已有文字'] },
        'gone#1': { href: null, title: '未收录', text: [] },
      },
      document,
    );
    expect(refs['demo#4']?.text).toEqual(['第一款。', '第二款。']);
    expect(refs['explainer#si-1']?.text).toEqual(['已有文字']);
    expect(refs['gone#1']?.text).toEqual([]);
  });

  it('returns the refs unchanged without a document (server rendering)', () => {
    const refs = { a: { href: null, title: 't', text: [] } };
    expect(withBasisTexts(refs, undefined)).toBe(refs);
  });
});
