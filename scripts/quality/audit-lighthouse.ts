// `npm run audit`: Lighthouse (mobile preset, the npm package) on one page of each
// type, served from dist/ on 127.0.0.1, driving Debian Chromium (CHROME_PATH),
// fully offline. Prints a table, saves JSON summaries in test-results/lighthouse/,
// and fails when any category scores below the gate.
//
// Each page is audited RUNS times and judged by its median run, as Lighthouse's own
// guidance on variability advises: on a busy 2-core CI machine one run's Total
// Blocking Time swung a page from 97 to 90 with no change to the page.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';
import { startServer } from '../serve/static-server.ts';

const GATE = Number(process.env.LIGHTHOUSE_GATE ?? 95);
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const OUT = 'test-results/lighthouse';

/** The largest regulation chapter page: the heaviest reading page on the site. */
function longestRegulationChapter(): string {
  let best = { size: 0, path: '' };
  for (const reg of readdirSync('dist/regulations', { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const ch of readdirSync(join('dist/regulations', reg.name), { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const size = statSync(join('dist/regulations', reg.name, ch.name, 'index.html')).size;
      if (size > best.size) best = { size, path: `/regulations/${reg.name}/${ch.name}/` };
    }
  }
  return best.path;
}

const firstRegulation = readdirSync('dist/regulations', { withFileTypes: true }).find((e) => e.isDirectory())?.name;
const PAGES: [name: string, path: string][] = [
  ['首页', '/'],
  ['解读章节', '/explainers/xiehui-shanghui-dangjian/si/'],
  ['法规概览', `/regulations/${firstRegulation}/`],
  ['最长法规章节', longestRegulationChapter()],
  ['术语', '/glossary/'],
  ['自评', '/assessment/'],
  ['自评汇总', '/assessment/overview/'],
  ['搜索（含查询）', `/search/?q=${encodeURIComponent('三会一课')}`],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

mkdirSync(OUT, { recursive: true });
const server = await startServer({ port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_FLAGS,
});

interface Row {
  name: string;
  path: string;
  scores: Record<Category, number>;
  runScores: number[];
  metrics: Record<'lcp' | 'fcp' | 'tbt' | 'cls' | 'bytes' | 'benchmarkIndex', number | undefined>;
  failed: string[];
}
const rows: Row[] = [];
const failures: string[] = [];
try {
  for (const [name, path] of PAGES) {
    const url = `${server.url}${path}`;
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse 没有返回 ${url} 的结果。`);
      runs.push(result.lhr);
    }
    const runScores = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
    // The run whose performance score is the median; the other categories do not vary.
    const lhr = runs[runScores.map((score, i) => ({ score, i })).sort((a, b) => a.score - b.score)[Math.floor((RUNS - 1) / 2)]!.i]!;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
      Category,
      number
    >;
    const metrics = {
      lcp: lhr.audits['largest-contentful-paint']?.numericValue,
      fcp: lhr.audits['first-contentful-paint']?.numericValue,
      tbt: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      bytes: lhr.audits['total-byte-weight']?.numericValue,
      // Lighthouse's CPU benchmark of this machine: simulated times scale with it.
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    writeFileSync(
      join(OUT, `${name}.json`),
      JSON.stringify(
        {
          url: path,
          scores,
          performanceRuns: runScores,
          metrics,
          failedAudits: failed,
          lighthouseVersion: lhr.lighthouseVersion,
          fetchTime: lhr.fetchTime,
        },
        null,
        2,
      ),
    );
    rows.push({ name, path, scores, runScores, metrics, failed });
    for (const c of CATEGORIES)
      if (scores[c] < GATE) failures.push(`${name} ${path}: ${c} ${scores[c]} < ${GATE}（未通过：${failed.join('、') || '—'}）`);
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.log(`\nLighthouse（移动端预设，门槛 ${GATE}；每页 ${RUNS} 次，取性能得分居中的一次）`);
console.log('| 页面 | 性能 | 各次性能 | 无障碍 | 最佳实践 | SEO | LCP (ms) | TBT (ms) | 传输 (kB) | CPU 基准 |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} \`${r.path}\` | ${r.scores.performance} | ${r.runScores.join('、')} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${Math.round(r.metrics.lcp ?? 0)} | ${Math.round(r.metrics.tbt ?? 0)} | ${((r.metrics.bytes ?? 0) / 1024).toFixed(1)} | ${Math.round(r.metrics.benchmarkIndex ?? 0)} |`,
  );
}
if (failures.length) {
  console.error(`\n✗ 未达门槛：\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('✓ 全部页面四项得分均达到门槛。');
