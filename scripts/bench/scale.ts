// `npm run bench:scale [factors…]`: builds the site against synthetic regulation
// corpora of 1×, 10× and 100× the real one (REGULATIONS_DIR), in a scratch copy
// of the project, and prints build time (Pagefind and the service worker included:
// they run inside astro build), peak memory, pages, dist/ and index size, the offline
// copy (what the service worker precaches on the first visit, which must stay within its
// fixed budget, and the explicit full download), and search cost in Chromium. A
// benchmark: it prints.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { countTransferredBytes, launchChromium } from '../../tests/support/chromium.ts';
import { scratchProject } from '../../tests/support/scratch-project.ts';
import { startServer } from '../serve/static-server.ts';
import { measureCorpus, writeSyntheticCorpus } from './synthetic-corpus.ts';
import { runSearchInPage } from './drive-search.ts';
import { PRECACHE_BUDGET } from '../../src/node/integrations/service-worker.ts';
import { FULL_LIST_URL, type FullList } from '../../src/client/worker/full-download.ts';
import { SERVICE_WORKER_URL } from '../../src/shared/site/constants.ts';

const ROOT = process.cwd();
const factors = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const FACTORS = factors.length ? factors : [1, 10, 100];
const QUERIES = ['议事规则', '第三十条', '会员代表大会 财务管理制度'];
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const real = measureCorpus(process.env.REGULATIONS_DIR ?? resolve(ROOT, '../shared/regulations'));

function du(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((n, e) => n + du(join(path, e)), 0);
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countPages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

/** Runs a command, returning wall time and (with GNU time) peak RSS in MB. */
function timed(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): { seconds: number; peakMb: number } {
  const started = Date.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', '__PEAK_KB__=%M', cmd, ...args], { ...opts, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { ...opts, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (Date.now() - started) / 1000;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${(r.stdout ?? '').slice(-2000)}\n${(r.stderr ?? '').slice(-2000)}`);
  const peak = /__PEAK_KB__=(\d+)/.exec(r.stderr ?? '');
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : NaN };
}

/** MB the service worker precaches (its list in sw.js) and the full download fetches (offline-all.json). */
function offlineCopy(dist: string): { precacheMb: number; fullMb: number } {
  const mb = (files: string[]): number => files.reduce((n, f) => n + du(join(dist, f)), 0) / 1024 / 1024;
  const worker = readFileSync(join(dist, SERVICE_WORKER_URL), 'utf8');
  const precached = [...worker.matchAll(/\{"url":"([^"]+)","revision":/g)].map((m) => m[1]!);
  const full = JSON.parse(readFileSync(join(dist, FULL_LIST_URL), 'utf8')) as FullList;
  return { precacheMb: mb(precached), fullMb: mb(full.files.map((f) => (f.url.endsWith('/') ? `${f.url}index.html` : f.url))) };
}

interface SearchCost {
  q: string;
  ms: number;
  kb: number;
  /** Of kb: Pagefind's index chunks, page fragments, everything else (script, wasm, filters…). */
  parts: { index: number; fragment: number; other: number };
}

/** Transferred bytes by kind of resource, so a change in search cost can be traced to its cause. */
function countByKind(page: Page): () => { index: number; fragment: number; other: number } {
  const total = { index: 0, fragment: 0, other: 0 };
  page.on('requestfinished', async (request) => {
    const s = await request.sizes().catch(() => undefined);
    if (!s) return;
    const url = request.url();
    const kind = url.endsWith('.pf_index') ? 'index' : url.endsWith('.pf_fragment') ? 'fragment' : 'other';
    total[kind] += s.responseHeadersSize + s.responseBodySize;
  });
  return () => ({ ...total });
}

async function searchCost(dist: string): Promise<SearchCost[]> {
  const server = await startServer({ root: dist, port: 0 });
  const context = await launchChromium();
  const page = await context.newPage();
  const bytes = countTransferredBytes(page);
  const byKind = countByKind(page);
  await page.goto(`${server.url}/search/`);
  const out: SearchCost[] = [];
  for (const q of QUERIES) {
    const before = bytes();
    const kinds = byKind();
    const { ms } = await page.evaluate(runSearchInPage, q);
    await page.waitForTimeout(200);
    const after = byKind();
    const kb = (k: keyof typeof after): number => (after[k] - kinds[k]) / 1024;
    out.push({ q, ms, kb: (bytes() - before) / 1024, parts: { index: kb('index'), fragment: kb('fragment'), other: kb('other') } });
  }
  await context.close();
  await server.close();
  return out;
}

const rows: {
  factor: number;
  documents: number;
  pages: number;
  corpusKb: number;
  buildS: number;
  buildPeakMb: number;
  distMb: number;
  indexMb: number;
  precacheMb: number;
  fullMb: number;
  search: SearchCost[];
}[] = [];
for (const factor of FACTORS) {
  const work = scratchProject(ROOT, `xhdj-scale-${factor}x-`);
  const regs = join(work, 'regs');
  const documents = real.documents * factor;
  writeSyntheticCorpus(regs, {
    documents,
    articlesPerDoc: Math.round(real.articles / real.documents),
    charsPerArticle: Math.round(real.chars / real.articles),
  });
  const env = { ...process.env, REGULATIONS_DIR: regs, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  console.log(`\n== ${factor}×：${documents} 部合成法规 ==`);
  const build = timed(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: work, env });
  const dist = join(work, 'dist');
  const search = await searchCost(dist);
  const row = {
    factor,
    documents,
    pages: countPages(dist),
    corpusKb: du(regs) / 1024,
    buildS: build.seconds,
    buildPeakMb: build.peakMb,
    distMb: du(dist) / 1024 / 1024,
    indexMb: du(join(dist, 'pagefind')) / 1024 / 1024,
    ...offlineCopy(dist),
    search,
  };
  rows.push(row);
  console.log(JSON.stringify(row));
  if (process.env['BENCH_SCALE_KEEP']) console.log(`保留构建结果：${dist}`);
  else rmSync(work, { recursive: true, force: true });
}

const f = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '—');
console.log(`\n规模基准（真实语料：${real.documents} 部、${real.articles} 条、${real.chars} 字）`);
console.log(
  '| 规模 | 法规数 | 页面数 | 构建 (s) | 构建峰值内存 (MB) | dist (MB) | 索引 (MB) | 预缓存 (MB) | 下载全部内容 (MB) | 搜索延迟 ms（各查询） | 搜索传输 kB（各查询） |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.factor}× | ${r.documents} | ${r.pages} | ${f(r.buildS)} | ${f(r.buildPeakMb, 0)} | ${f(r.distMb, 2)} | ${f(r.indexMb, 2)} | ${f(r.precacheMb, 2)} | ${f(r.fullMb, 2)} | ${r.search.map((s) => f(s.ms, 0)).join(' / ')} | ${r.search.map((s) => f(s.kb)).join(' / ')} |`,
  );
}
console.log('\n搜索传输的构成（kB：索引分块 / 页面片段 / 其他）：');
for (const r of rows)
  console.log(
    `  ${r.factor}×：${r.search.map((s) => `${s.q} ${f(s.parts.index)} / ${f(s.parts.fragment)} / ${f(s.parts.other)}`).join('；')}`,
  );
console.log(`\n预缓存的预算是 ${PRECACHE_BUDGET / 1024 / 1024} MB，超出时构建失败。`);
if (rows.length > 1) {
  const a = rows[0]!;
  const b = rows[rows.length - 1]!;
  const k = b.factor / a.factor;
  console.log(
    `\n从 ${a.factor}× 到 ${b.factor}×（${k} 倍）：构建时间 ×${f(b.buildS / a.buildS, 1)}，页面 ×${f(b.pages / a.pages, 1)}，索引 ×${f(b.indexMb / a.indexMb, 1)}。`,
  );
}
