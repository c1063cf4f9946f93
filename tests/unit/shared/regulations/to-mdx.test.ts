import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../../../src/shared/regulations/parse';
import { partHeadingShownOn } from '../../../../src/shared/regulations/display';
import { regulationToMdx } from '../../../../src/shared/regulations/to-mdx';
import { makeText } from './fixtures';

const withParts = makeText([
  '第一编　通　则',
  '第一章　一般规定',
  '第一条　本办法所称“会员”，包括{单位}和<个人>。',
  '第二章　会员',
  '第二条　会员享有权利。',
  '第二编　分　则',
  '第一章　会议',
  '第一节　大会',
  '第三条　大会每年召开一次：',
  '（一）审议报告；',
  '（二）选举理事。',
]);

describe('regulationToMdx', () => {
  const doc = parseRegulation(withParts, 'demo-rules.txt');
  const files = regulationToMdx(doc);

  it('writes one ordered file per chapter, keyed by 编 and 章', () => {
    expect(files.map((f) => f.path)).toEqual([
      'demo-rules/00-part-1-ch-1.mdx',
      'demo-rules/01-part-1-ch-2.mdx',
      'demo-rules/02-part-2-ch-1.mdx',
    ]);
  });

  it('passes source text only as JSON string props, so Markdown cannot touch it', () => {
    const first = files[0]!.content;
    expect(first).toContain(`text={${JSON.stringify('本办法所称“会员”，包括{单位}和<个人>。')}}`);
    expect(first).toContain('label={"第一条"} separator={"\u3000"}');
    expect(first).toMatch(
      /^---\nregulation: "demo-rules"\nkey: "part-1-ch-1"\norder: 0\nlabel: "第一章"\ntitle: "一般规定"\narticleRange: \[1, 1\]\n---/,
    );
  });

  it('puts articles under a 节 one heading level deeper and keeps 项 flagged', () => {
    const third = files[2]!.content;
    expect(third).toContain('<SectionHeading line=');
    expect(third).toMatch(/<Article regulation=\{"demo-rules"\} n=\{3\} level=\{3\}/);
    expect(third).toContain('item={true} text={"（一）审议报告；"}');
  });

  it('shows each 编 heading once, on the first chapter of that 编', () => {
    expect(doc.chapters.map((_, i) => partHeadingShownOn(doc.chapters, i)?.text ?? null)).toEqual([
      '第一编　通　则',
      null,
      '第二编　分　则',
    ]);
  });
});
