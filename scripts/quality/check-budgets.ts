// `npm run budgets`: size budgets on dist/. Prints actual vs budget for every page
// and exits non-zero when any is exceeded. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { htmlFiles } from '../deploy/dist-pages.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';

const DIST = 'dist';
const KB = 1024;
const BUDGET = {
  // Small progressive enhancements a page carries (theme, search shortcut, copy link), each
  // beside its markup in src/client/enhance/; gzipped together as they travel in the HTML.
  enhancements: 2 * KB,
  // A page's own module scripts with their static imports, as loaded with the page.
  script: {
    reading: 0, // reading pages load no framework or island code
    // The self-assessment island at load, Preact included (issue #10). The questionnaire's
    // texts are not in it: they reach the island as JSON in the page's data-props (see
    // shared/assessment/question-texts), so they count towards the page's HTML budget instead.
    // The plan page (issue #22) shares the answers' validation and saved state: they travel as
    // one chunk of their own ('answers' in astro.config.mjs). The island's fixed notices come
    // with the page's texts (shared/assessment/island-messages): 14.8 kB measured with issue #18's
    // longer questionnaire and the answers' date.
    assessment: 15 * KB,
    search: 8 * KB, // the search page's script (Pagefind itself loads on the first search)
    // 自评汇总 (/assessment/overview/, issue #14) at load: Preact and the import form and
    // table, about 10 kB measured. Its code never loads on the assessment page, whose
    // 15 kB above is unaffected; the rules come with the first import (overviewDeferred).
    overview: 11 * KB,
    // 年度工作安排 (/assessment/plan/, issue #22) at load: everything the plan needs at once,
    // since it is built as soon as the page opens: Preact (5.5 kB), the answers' decoding from
    // the saved state or a share link, shared with the assessment (about 5 kB), chinese-days'
    // holiday data for every year it covers (about 2.7 kB) and the plan with its views. The
    // norm table is not in it: its clauses come as JSON in the page (planProps below).
    // Issue #18: the answers' decoding grew with the questionnaire (the share field table and
    // the validation of 发展党员 and the split 谈心谈话 questions): 23.1 kB measured; 23.3 kB
    // with issue #19's 不清楚 answers (share links a4) and dated saves.
    plan: 23.5 * KB,
    other: 0,
  },
  // The island's results module (engine, review, result), fetched once the user starts
  // answering: the 15 kB above is what loads with the page; this keeps the rest in check.
  // The results module now carries the norm table (50 verbatim quotes): 17.6 kB measured.
  // Issue #14 added the result-file export (0.8 kB), and the engine became a chunk of its
  // own, shared with 自评汇总 and gzipped apart from the result view: 20.2 kB measured.
  // Issue #18: the table grew to 71 norms (发展党员, the duties the review found unchecked),
  // each checked norm with its applicability, period and finding texts, and the questions'
  // short names moved here from the first chunk (which stays within its 15 kB): 26.5 kB.
  // With verdicts and the phone result (issue #19: plain words, headline, share sheet) merged
  // together, and the finding texts the legal review rewrote: 28.6 kB measured; 28.9 kB with
  // the dated result and the 不清楚 answers (issue #19).
  assessmentDeferred: 29.5 * KB,
  // 自评汇总's import, re-assessment and CSV logic with the whole rules engine and norm
  // table, fetched on the first import: 21.3 kB measured, about the results module above;
  // 28.4 kB with issue #18's norm table (see assessmentDeferred); 30.2 kB once the legal
  // review's finding texts and the 发展党员 checks were all in the table.
  overviewDeferred: 31 * KB,
  // The plan's .ics writer (ical-generator, 9.8 kB measured), fetched on the first download only.
  planDeferred: 10.5 * KB,
  // The plan page's HTML carries the duties with their quoted clauses and links as JSON in
  // data-props (shared/plan/duties, planTable), resolved at build time so that the norm table
  // stays out of its script: about 2.2 kB gz beyond what its visible text allows.
  planProps: 2.5 * KB,
  // The assessment page's HTML carries the questionnaire's texts (labels, hints, options,
  // short names) as JSON in data-props, which the visible-text allowance does not count:
  // issue #18's questions (发展党员, one 谈心谈话 question per pairing) made it 23.9 kB against
  // 23.5 kB allowed by its visible text.
  assessmentProps: 0.75 * KB,
  // 自评汇总's HTML carries the titles its citations name the sources by (node/data/regulations,
  // sourceTitles), read from the corpus rather than typed into the rules' chunk: 0.14 kB gz,
  // which put the page 0.11 kB over what its visible text allows.
  overviewProps: 0.25 * KB,
  // Every page loads global.css (tokens, base, layout, print); a feature's styles come only with
  // the pages that show it (issue #21): the assessment's, 要求速查's, search's, the explainers'
  // notes, the regulation texts'. Measured: reading pages at most 4.3 kB (a regulation chapter:
  // global.css and regulation.css), the assessment 5.9 kB; 6.6 and 7.7 kB when global.css held all.
  css: { reading: 5 * KB, other: 6.5 * KB },
};

type Kind = keyof typeof BUDGET.script;

function kind(path: string): Kind {
  if (/^(explainers|article|regulations|glossary)\//.test(path) || path === 'index.html' || path === '404.html') return 'reading';
  if (path.startsWith('assessment/overview/')) return 'overview';
  if (path.startsWith('assessment/plan/')) return 'plan';
  if (path.startsWith('assessment/')) return 'assessment';
  if (path.startsWith('search/')) return 'search';
  return 'other';
}

const rows: (PageWeight & { path: string; k: Kind; scriptBudget: number; cssBudget: number; htmlBudget: number })[] = [];
const failures: string[] = [];
for (const file of htmlFiles(DIST)) {
  const path = relative(DIST, file).replace(/\\/g, '/');
  const w = pageWeight(DIST, readFileSync(file, 'utf8'));
  const k = kind(path);
  const scriptBudget = BUDGET.script[k];
  const cssBudget = k === 'reading' ? BUDGET.css.reading : BUDGET.css.other;
  // 4 kB for the chrome every page carries (head, header, footer); 0.125 kB more since the
  // offline copy (issue #14): the manifest and touch-icon links and the hidden update notice;
  // 0.125 kB more since the contents fold before the text and 回到目录 (issue #12); 0.25 kB
  // more since the bar folds the navigation under 菜单 and keeps the page's place and 目录
  // in a second row (issue #19); 0.125 kB more since the CSP on every page lists the hash of
  // each inline enhancement, and issue #19 added two (the contents' current entry, the notes').
  // 要求速查 also carries its filter form (13 radios and their labels, issue #19): 0.3 kB measured.
  // Its own stylesheet's link (requirements.css, issue #21) a little more.
  // A regulation's chapter and full-text pages carry the script that marks the article being
  // read in the contents (enhance/current-entry.ts, issue #19): 0.4 kB measured in the HTML.
  const pageChrome = (path === 'requirements/index.html' ? 0.4 * KB : 0) + (/^regulations\/[^/]+\/[^/]+\//.test(path) ? 0.5 * KB : 0);
  const htmlBudget = Math.round(
    1.5 * w.text +
      4.625 * KB +
      pageChrome +
      (k === 'plan' ? BUDGET.planProps : 0) +
      (k === 'assessment' ? BUDGET.assessmentProps : 0) +
      (k === 'overview' ? BUDGET.overviewProps : 0),
  );
  const checks: [what: string, actual: number, budget: number][] = [
    ['增强脚本', w.enhancements, BUDGET.enhancements],
    ['页面脚本', w.script, scriptBudget],
    ['CSS', w.css, cssBudget],
    ['HTML', w.html, htmlBudget],
  ];
  if (k === 'assessment') checks.push(['按需加载的脚本', w.deferred, BUDGET.assessmentDeferred]);
  if (k === 'overview') checks.push(['按需加载的脚本', w.deferred, BUDGET.overviewDeferred]);
  if (k === 'plan') checks.push(['按需加载的脚本', w.deferred, BUDGET.planDeferred]);
  if (k === 'reading' && w.hasIsland) failures.push(`${path}: 阅读页面不应包含交互组件`);
  for (const [what, actual, budget] of checks) if (actual > budget) failures.push(`${path}: ${what} ${actual} B > 预算 ${budget} B`);
  rows.push({ path, k, ...w, scriptBudget, cssBudget, htmlBudget });
}

const kb = (n: number): string => (n / KB).toFixed(1);
console.log('| 页面 | 类型 | HTML gz（预算） | 增强脚本 gz（预算） | 页面脚本 gz（预算） | 按需加载 gz | CSS gz（预算） |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows.sort((a, b) => a.path.localeCompare(b.path))) {
  console.log(
    `| /${r.path.replace(/index\.html$/, '')} | ${r.k} | ${kb(r.html)}（${kb(r.htmlBudget)}） | ${kb(r.enhancements)}（${kb(BUDGET.enhancements)}） | ${kb(r.script)}（${kb(r.scriptBudget)}） | ${kb(r.deferred)} | ${kb(r.css)}（${kb(r.cssBudget)}） |`,
  );
}
const max = (k: Kind, f: (r: (typeof rows)[number]) => number): number => Math.max(...rows.filter((r) => r.k === k).map(f));
console.log(
  `\n阅读页面 JS 最大 ${kb(max('reading', (r) => r.js))} kB gz；自评组件加载时 ${kb(max('assessment', (r) => r.script))} kB gz（预算 ${kb(BUDGET.script.assessment)}），` +
    `开始填写后再加载 ${kb(max('assessment', (r) => r.deferred))} kB gz；CSS 最大 ${kb(Math.max(...rows.map((r) => r.css)))} kB gz；共 ${rows.length} 页。`,
);
if (failures.length) {
  console.error(`\n✗ 超出预算：\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('✓ 全部页面都在预算之内。');
