// Builds the project again in a scratch copy with other inputs, to prove that the
// build fails loudly on bad input (naming file and line) and adapts to the corpus:
// a regulation file that appears is published without code changes, and a cited
// regulation that is missing is shown as "原文暂未收录", never as a dead link.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { regulationsDir } from '../../src/lib/regulations/corpus';
import { SEED_EXPLAINER } from '../../src/lib/site/constants';
import { scratchProject as copyProject } from '../../scripts/lib/scratch-project.ts';

const ROOT = process.cwd();
const scratch: string[] = [];

function scratchProject(): string {
  const dir = copyProject(ROOT, 'xhdj-variant-');
  scratch.push(dir);
  return dir;
}

function build(dir: string, regulations: string): { status: number | null; output: string } {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, REGULATIONS_DIR: regulations, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    timeout: 180_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** A small synthetic regulation, invented for this test. */
const SYNTHETIC = `---
title: 《示例协会议事规则》
issuer: 测试用
adopted: 2024-02-03 (date of publication, as an example)
source: github:example/sample-texts rules/sample.md@0123456789abcdef0123456789abcdef01234567 (synthetic)
second_source: none; written for the build test
completeness: full (第一条至第五条)
---
示例协会议事规则
第一章　总　则
第一条　为了规范示例协会的议事活动，制定本规则。
第二条　本规则适用于示例协会的理事会和会员大会。
第二章　会　议
第三条　理事会每季度召开一次会议。
会议应当有三分之二以上理事出席方可举行。
第四条　会员大会每年召开一次，审议下列事项：
（一）工作报告；
（二）财务报告。
第五条　本规则自2024年3月1日起施行。
`;

/** A synthetic 意见-style document: no 条, sections headed 一、二、. */
const OPINION = `---
title: 《关于做好示例工作的意见》
source: synthetic text written for the build test
---
关于做好示例工作的意见
为做好示例工作，提出如下意见。
一、总体要求
坚持示例原则。
二、工作措施
建立示例台账，每季度更新一次。
`;

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('build with other inputs', () => {
  it('publishes a new regulation file and marks a missing cited one as 原文暂未收录', () => {
    const dir = scratchProject();
    const regs = join(dir, 'regs');
    mkdirSync(regs);
    const real = readdirSync(regulationsDir()).filter((f) => f.endsWith('.txt'));
    for (const f of real.filter((f) => f !== 'member-education-regulations.txt')) cpSync(join(regulationsDir(), f), join(regs, f));
    writeFileSync(join(regs, 'sample-rules.txt'), SYNTHETIC);
    writeFileSync(join(regs, 'sample-opinion.txt'), OPINION);

    const { status, output } = build(dir, regs);
    expect(status, output.slice(-2000)).toBe(0);
    const dist = (p: string) => readFileSync(join(dir, 'dist', p), 'utf8');

    expect(dist('regulations/index.html')).toContain('示例协会议事规则');
    const chapter = dist('regulations/sample-rules/ch-2/index.html');
    expect(chapter).toContain('id="art-4"');
    expect(chapter).toContain('（二）财务报告。');
    expect(existsSync(join(dir, 'dist/regulations/member-education-regulations'))).toBe(false);

    // Without a note of ours, every page takes the document's dates and its source from the file.
    for (const page of [
      'regulations/sample-rules/index.html',
      'regulations/sample-rules/ch-2/index.html',
      'regulations/sample-rules/full/index.html',
    ]) {
      const html = dist(page);
      expect(html, page).toMatch(/class="page-dates">内容日期：通过\/发布 2024年2月3日；施行 2024年3月1日</);
      expect(html, page).toContain(
        '本站文本来源：取自GitHub 仓库 example/sample-texts 中的 rules/sample.md（版本 0123456）；没有第二份全文可供逐字核对；文件头注明为全文。',
      );
    }
    expect(dist('regulations/sample-rules/index.html')).toMatch(/<dt>施行<\/dt><dd>2024年3月1日<\/dd>/);

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
    const dir = scratchProject();
    const regs = join(dir, 'regs');
    mkdirSync(regs);
    const broken = SYNTHETIC.replace('第三条', '第五条');
    writeFileSync(join(regs, 'broken-rules.txt'), broken);
    const line = broken.split('\n').findIndex((l) => l.startsWith('第五条')) + 1;
    const { status, output } = build(dir, regs);
    expect(status).not.toBe(0);
    expect(output).toContain(`broken-rules.txt:${line}:`);
    expect(output).toContain('条文编号不连续');
  });

  it('fails with a clear message when REGULATIONS_DIR is missing', () => {
    const dir = scratchProject();
    const { status, output } = build(dir, join(dir, 'no-such-folder'));
    expect(status).not.toBe(0);
    expect(output).toContain('no-such-folder');
  });

  it('fails naming the file and line when an MDX chapter is malformed', () => {
    const dir = scratchProject();
    const file = join(dir, 'content/explainers', SEED_EXPLAINER, '03-er.mdx');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('<P '));
    lines[at] = lines[at]!.replace('</P>', '</Q>');
    writeFileSync(file, lines.join('\n'));
    const { status, output } = build(dir, resolve(regulationsDir()));
    expect(status).not.toBe(0);
    expect(output).toContain('03-er.mdx');
    expect(output).toMatch(new RegExp(`03-er\\.mdx[:(]${at + 1}`));
  });

  it('fails naming the file when front matter breaks the schema', () => {
    const dir = scratchProject();
    const file = join(dir, 'content/explainers', SEED_EXPLAINER, '02-yi.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^order: \d+$/m, 'order: 第二'));
    const { status, output } = build(dir, resolve(regulationsDir()));
    expect(status).not.toBe(0);
    expect(output).toContain('02-yi.mdx');
    expect(output).toContain('order');
  });

  it('fails naming the file when an explainer’s metadata breaks the schema', () => {
    const dir = scratchProject();
    const file = join(dir, 'content/explainers', SEED_EXPLAINER, 'explainer.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^published: .*$/m, 'published: 去年'));
    const { status, output } = build(dir, resolve(regulationsDir()));
    expect(status).not.toBe(0);
    expect(output).toContain(`${SEED_EXPLAINER}/explainer.yaml`);
    expect(output).toContain('published');
  });
});
