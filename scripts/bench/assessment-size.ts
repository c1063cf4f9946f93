// The JavaScript of the /assessment/ page, file by file, gzipped (level 9, each file on
// its own, as a server sends it): what loads with the page (the island, Preact included),
// the page-wide enhancement scripts, and the results module fetched once the user starts
// answering. Measured by the same code as `npm run budgets` (scripts/quality/page-weight.ts).
// Also the page's HTML, and within it the island's props (data-props: citation links and
// the questionnaire's texts), which the island reads instead of carrying them in its code.
// Usage: node scripts/bench/assessment-size.ts   (after npm run build)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gz, pageWeight, type ScriptFile } from '../quality/page-weight.ts';

const DIST = 'dist';
const PAGE = join(DIST, 'assessment', 'index.html');
if (!existsSync(PAGE)) {
  console.error('找不到 dist/assessment/index.html：请先运行 npm run build。');
  process.exit(2);
}

const html = readFileSync(PAGE, 'utf8');
const w = pageWeight(DIST, html);
const props = /\bdata-props="([^"]*)"/.exec(html)?.[1] ?? '';
const kb = (n: number): string => (n / 1024).toFixed(2).padStart(6);
const list = (files: ScriptFile[]): void => files.sort((a, b) => b.gz - a.gz).forEach((f) => console.log(`  ${kb(f.gz)} kB gz  ${f.url}`));

console.log('自评组件，随页面加载：');
list(w.scriptFiles);
console.log(`  合计 ${kb(w.script).trim()} kB gz`);
console.log(`全站增强脚本（内联）：${kb(w.enhancements).trim()} kB gz`);
console.log('开始填写后按需加载：');
list(w.deferredFiles);
console.log(`  合计 ${kb(w.deferred).trim()} kB gz`);
console.log(`页面加载时的 JavaScript 共 ${kb(w.js).trim()} kB gz；查看结果时共 ${kb(w.js + w.deferred).trim()} kB gz。`);
console.log(
  `页面 HTML ${kb(w.html).trim()} kB gz；其中组件属性（data-props：条文链接与问卷文字）单独压缩为 ${kb(gz(props)).trim()} kB gz。`,
);
