// `npm run audit`: Lighthouse (mobile preset, the npm package) on one page of each
// type, served from dist/ on 127.0.0.1, driving Debian Chromium (CHROME_PATH),
// fully offline. Prints a table, saves JSON summaries in test-results/lighthouse/,
// and fails when any category scores below the gate.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/browser.ts';
import { startServer } from './static-server.ts';

const GATE = Number(process.env.LIGHTHOUSE_GATE ?? 95);
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
  metrics: Record<'lcp' | 'fcp' | 'tbt' | 'cls' | 'bytes', number | undefined>;
  failed: string[];
}
const rows: Row[] = [];
const failures: string[] = [];
try {
  for (const [name, path] of PAGES) {
    const url = `${server.url}${path}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse 没有返回 ${url} 的结果。`);
    const lhr = result.lhr;
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
    };
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    writeFileSync(
      join(OUT, `${name}.json`),
      JSON.stringify(
        { url: path, scores, metrics, failedAudits: failed, lighthouseVersion: lhr.lighthouseVersion, fetchTime: lhr.fetchTime },
        null,
        2,
      ),
    );
    rows.push({ name, path, scores, metrics, failed });
    for (const c of CATEGORIES)
      if (scores[c] < GATE) failures.push(`${name} ${path}: ${c} ${scores[c]} < ${GATE}（未通过：${failed.join('、') || '—'}）`);
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.log(`\nLighthouse（移动端预设，门槛 ${GATE}）`);
console.log('| 页面 | 性能 | 无障碍 | 最佳实践 | SEO | LCP (ms) | 传输 (kB) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} \`${r.path}\` | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${Math.round(r.metrics.lcp ?? 0)} | ${((r.metrics.bytes ?? 0) / 1024).toFixed(1)} |`,
  );
}
if (failures.length) {
  console.error(`\n✗ 未达门槛：\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('✓ 全部页面四项得分均达到门槛。');
