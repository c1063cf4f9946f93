// `npm run budgets`: size budgets on dist/. Prints actual vs budget for every page
// and exits non-zero when any is exceeded. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageWeight } from './lib/page-weight.mjs';

const DIST = 'dist';
const KB = 1024;
const BUDGET = {
  readingJs: 2 * KB, // reading pages: small progressive enhancements only
  // The self-assessment island, Preact included. The goal is 15 kB; today it is about
  // 28 kB because the rule engine carries every question and finding text (≈13 kB gz).
  // This budget stops further growth; see docs/benchmarks.md.
  assessmentJs: 30 * KB,
  searchJs: 8 * KB, // the search page's own script (Pagefind loads on first search)
  otherJs: 2 * KB,
  css: 10 * KB,
};

function pages(dir = DIST) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : pages(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

function kind(path) {
  if (/^(article|regulations|glossary)\//.test(path) || path === 'index.html' || path === '404.html') return 'reading';
  if (path.startsWith('assessment/')) return 'assessment';
  if (path.startsWith('search/')) return 'search';
  return 'other';
}

const rows = [];
const failures = [];
for (const file of pages()) {
  const path = relative(DIST, file).replace(/\\/g, '/');
  const w = pageWeight(DIST, readFileSync(file, 'utf8'));
  const k = kind(path);
  const jsBudget = { reading: BUDGET.readingJs, assessment: BUDGET.assessmentJs, search: BUDGET.searchJs, other: BUDGET.otherJs }[k];
  const htmlBudget = Math.round(1.5 * w.text + 4 * KB);
  const checks = [
    ['JS', w.js, jsBudget],
    ['CSS', w.css, BUDGET.css],
    ['HTML', w.html, htmlBudget],
  ];
  if (k === 'reading' && w.hasIsland) failures.push(`${path}: 阅读页面不应包含交互组件（astro-island）`);
  for (const [what, actual, budget] of checks) if (actual > budget) failures.push(`${path}: ${what} ${actual} B > 预算 ${budget} B`);
  rows.push({ path, k, ...w, jsBudget, htmlBudget });
}

const kb = (n) => (n / KB).toFixed(1);
console.log('| 页面 | 类型 | HTML gz（预算） | JS gz（预算） | CSS gz（预算） |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows.sort((a, b) => a.path.localeCompare(b.path))) {
  console.log(`| /${r.path.replace(/index\.html$/, '')} | ${r.k} | ${kb(r.html)}（${kb(r.htmlBudget)}） | ${kb(r.js)}（${kb(r.jsBudget)}） | ${kb(r.css)}（${kb(BUDGET.css)}） |`);
}
const max = (k, f) => Math.max(...rows.filter((r) => r.k === k).map(f));
console.log(`\n阅读页面 JS 最大 ${kb(max('reading', (r) => r.js))} kB gz；自评页 JS ${kb(max('assessment', (r) => r.js))} kB gz；CSS 最大 ${kb(Math.max(...rows.map((r) => r.css)))} kB gz；共 ${rows.length} 页。`);
if (failures.length) {
  console.error(`\n✗ 超出预算：\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('✓ 全部页面都在预算之内。');
