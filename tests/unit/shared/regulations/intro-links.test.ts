import { describe, expect, it } from 'vitest';
import { linkArticleRefs } from '../../../../src/shared/regulations/intro-links';

const href = (n: number): string | undefined => (n <= 40 ? `/r/ch-1/#art-${n}` : undefined);

describe('linkArticleRefs', () => {
  it('links each 第N条 the corpus has and keeps every other character as it was', () => {
    expect(linkArticleRefs('<p>第十一条至第十三条讲会议；第五十条不存在。</p>', href)).toBe(
      '<p><a href="/r/ch-1/#art-11" class="nowrap">第十一条</a>至<a href="/r/ch-1/#art-13" class="nowrap">第十三条</a>讲会议；第五十条不存在。</p>',
    );
  });

  it('leaves chapters, links and tags alone', () => {
    const html = '<p title="第四条">第五章“党的基层组织”，<a href="/x/">见第四条</a></p>';
    expect(linkArticleRefs(html, href)).toBe(html);
  });
});
