// Builds the project again in a scratch copy with other inputs, to prove that the
// build fails loudly on bad input (naming file and line) and adapts to the corpus:
// a regulation file that appears is published without code changes, and a cited
// regulation that is missing is shown as "原文暂未收录", never as a dead link.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { regulationsDir } from '../../src/node/regulations/corpus';
import { SEED_EXPLAINER } from '../../src/shared/site/constants';
import { buildFixture, type Fixture } from '../support/fixture';
import { SAMPLE_OPINION, sampleRules } from '../support/synthetic-regulations';

const fixtures: Fixture[] = [];

function fixture(): Fixture {
  const made = buildFixture('variant');
  fixtures.push(made);
  return made;
}

/** A corpus folder inside the copy with these files. */
function corpus(f: Fixture, files: Record<string, string>): string {
  const regs = join(f.root, 'regs');
  mkdirSync(regs);
  for (const [name, text] of Object.entries(files)) f.write(`regs/${name}`, text);
  return regs;
}

/** Replaces `from` by `to` in the first line of the copy's `file` that `pick` chooses; its 1-based number. */
function breakLine(f: Fixture, file: string, pick: (line: string) => boolean, from: string, to: string): number {
  const lines = f.read(file).split('\n');
  const at = lines.findIndex(pick);
  lines[at] = lines[at]!.replace(from, to);
  f.write(file, lines.join('\n'));
  return at + 1;
}

afterAll(() => {
  for (const f of fixtures) f.clean();
});

describe('build with other inputs', () => {
  it('publishes a new regulation file and marks a missing cited one as 原文暂未收录', () => {
    const f = fixture();
    const regs = corpus(f, { 'sample-rules.txt': sampleRules(), 'sample-opinion.txt': SAMPLE_OPINION });
    const real = readdirSync(regulationsDir()).filter((name) => name.endsWith('.txt'));
    for (const name of real.filter((name) => name !== 'member-education-regulations.txt'))
      cpSync(join(regulationsDir(), name), join(regs, name));

    const { status, output } = f.build({ regulations: regs });
    expect(status, output.slice(-2000)).toBe(0);
    const dist = f.readFile;

    expect(dist('regulations/index.html')).toContain('示例协会议事规则');
    const chapter = dist('regulations/sample-rules/ch-2/index.html');
    expect(chapter).toContain('id="art-4"');
    expect(chapter).toContain('（二）财务报告。');
    expect(f.pathExists('regulations/member-education-regulations')).toBe(false);

    // Without a note of ours, every page takes the document's dates and its source from the file.
    for (const page of [
      'regulations/sample-rules/index.html',
      'regulations/sample-rules/ch-2/index.html',
      'regulations/sample-rules/full/index.html',
    ]) {
      const html = dist(page);
      // Each date kept on one line (.nowrap, shared/text/nowrap).
      expect(html, page).toContain(
        'class="page-dates">内容日期：通过/发布 <span class="nowrap">2024年2月3日</span>；施行 <span class="nowrap">2024年3月1日</span><',
      );
      expect(html, page).toContain(
        '本站文本来源：取自GitHub 仓库 example/sample-texts 中的 rules/sample.md（版本 0123456）；没有第二份全文可供逐字核对；文件头注明为全文。',
      );
    }
    expect(dist('regulations/sample-rules/index.html')).toContain('<dt>施行</dt><dd><span class="nowrap">2024年3月1日</span></dd>');

    // A document without 条 is published by its 一、二、… sections, every line kept.
    expect(dist('regulations/sample-opinion/index.html')).toContain('一、总体要求');
    const opinion = dist('regulations/sample-opinion/sec-2/index.html');
    expect(opinion).toContain('<h1 class="chapter-title" data-line="9">二、工作措施</h1>');
    expect(opinion).toContain('建立示例台账，每季度更新一次。');

    const si = dist(`explainers/${SEED_EXPLAINER}/si/index.html`);
    expect(si).toContain('原文暂未收录');
    expect(si).not.toContain('/regulations/member-education-regulations/');
    expect(si).toMatch(/href="\/regulations\/branch-work-regulations\/ch-5\/#art-16"/);
  });

  it('fails naming the file and line when a regulation is malformed', () => {
    const f = fixture();
    const broken = sampleRules().replace('第三条', '第五条');
    const regs = corpus(f, { 'broken-rules.txt': broken });
    const line = broken.split('\n').findIndex((l) => l.startsWith('第五条')) + 1;
    const { status, output } = f.build({ regulations: regs });
    expect(status).not.toBe(0);
    expect(output).toContain(`broken-rules.txt:${line}:`);
    expect(output).toContain('条文编号不连续');
  });

  it('fails with a clear message when REGULATIONS_DIR is missing', () => {
    const f = fixture();
    const { status, output } = f.build({ regulations: join(f.root, 'no-such-folder') });
    expect(status).not.toBe(0);
    expect(output).toContain('no-such-folder');
  });

  it('fails naming the file and line when an MDX chapter is malformed', () => {
    const f = fixture();
    const file = `content/explainers/${SEED_EXPLAINER}/03-er.mdx`;
    const line = breakLine(f, file, (l) => l.startsWith('<P '), '</P>', '</Q>');
    const { status, output } = f.build();
    expect(status).not.toBe(0);
    expect(output).toContain('03-er.mdx');
    expect(output).toMatch(new RegExp(`03-er\\.mdx[:(]${line}`));
  });

  it('fails naming the file and line when a norm data file breaks its schema', () => {
    const f = fixture();
    const file = 'src/shared/assessment/norms/life.json';
    const line = breakLine(f, file, (l) => l.includes('"strength": "normally"'), 'normally', 'usually');
    const { status, output } = f.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}:${line}: `);
    expect(output).toContain('strength');
  });

  it('fails naming the file when front matter breaks the schema', () => {
    const f = fixture();
    const file = `content/explainers/${SEED_EXPLAINER}/02-yi.mdx`;
    f.write(file, f.read(file).replace(/^order: \d+$/m, 'order: 第二'));
    const { status, output } = f.build();
    expect(status).not.toBe(0);
    expect(output).toContain('02-yi.mdx');
    expect(output).toContain('order');
  });

  it('fails naming the file when an explainer’s metadata breaks the schema', () => {
    const f = fixture();
    const file = `content/explainers/${SEED_EXPLAINER}/explainer.yaml`;
    f.write(file, f.read(file).replace(/^published: .*$/m, 'published: 去年'));
    const { status, output } = f.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`${SEED_EXPLAINER}/explainer.yaml`);
    expect(output).toContain('published');
  });
});
