// `npm run bench:search`: builds the site, then runs every query of the tuning set
// (tests/search/queries.json) and the held-out set (tests/search/heldout.json) in Chromium through (a) stock pagefind.search() and
// (b) our search page, and prints P@1, Recall@5, MRR, excerpt quality, latency
// and the bytes the first search transfers, for keyword and question queries
// separately (the set's "kind"). A benchmark, not a test: it prints.
import { spawnSync } from 'node:child_process';
import { countTransferredBytes, launchChromium } from '../../tests/support/chromium.ts';
import type { Page } from 'playwright-core';
import { startServer } from '../serve/static-server.ts';
import {
  excerptContainsQuery,
  firstHit,
  loadQuerySet,
  percentile,
  QUERY_SETS,
  type QuerySetName,
  summarise,
  type QueryKind,
  type QueryOutcome,
} from '../../tests/support/search-eval.ts';
import { runSearchInPage } from './drive-search.ts';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The part of stock Pagefind's browser API (/pagefind/pagefind.js) that the benchmark calls. */
interface StockPagefind {
  search: (query: string) => Promise<{ results: { data: () => Promise<StockResult> }[] }>;
}
interface StockResult {
  url: string;
  excerpt: string;
  sub_results?: { url: string; excerpt: string }[];
}

/** One query's outcome in a run; `urls` (the top five) only for our search. */
interface Row extends QueryOutcome {
  q: string;
  kind: QueryKind;
  set: QuerySetName;
  urls?: string[];
}

/** A run over the query set: the first pass's rows, the bytes of the first search, the second pass's times. */
interface Run {
  rows: Row[];
  firstBytes: number;
  warmMs: number[];
}

const queries = (Object.keys(QUERY_SETS) as QuerySetName[]).flatMap((set) => loadQuerySet(QUERY_SETS[set]).map((c) => ({ ...c, set })));
const server = await startServer({ port: 0 });

interface SearchOutcome {
  ms: number;
  urls: string[];
  excerpt: string;
}

/**
 * Both searches the same way: open `path`, run every query twice in one page (the first
 * pass is scored and its first search's transfer counted; the second gives warm times).
 */
async function measure(path: string, search: (page: Page, q: string) => Promise<SearchOutcome>): Promise<Run> {
  const context = await launchChromium();
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  // What the page fetches after loading (its icon, the manifest's icon) is not the search's.
  await page.waitForLoadState('networkidle');
  const bytes = countTransferredBytes(page);
  const rows: Row[] = [];
  const warmMs: number[] = [];
  let firstBytes: number | undefined;
  for (const pass of [1, 2])
    for (const { q, expect, kind, set } of queries) {
      const out = await search(page, q);
      firstBytes ??= bytes();
      if (pass === 1)
        rows.push({
          q,
          kind,
          set,
          ms: out.ms,
          rank: firstHit(out.urls, expect),
          excerptOk: excerptContainsQuery(out.excerpt, q),
          urls: out.urls,
        });
      else warmMs.push(out.ms);
    }
  await context.close();
  return { rows, firstBytes: firstBytes ?? NaN, warmMs };
}

// (a) stock Pagefind: its own ranking, page-level URL or its first sub-result, its excerpt.
const stock = (): Promise<Run> =>
  measure('/', (page, q) =>
    page.evaluate(async (query) => {
      const t = performance.now();
      const pagefindUrl = '/pagefind/pagefind.js';
      const pf = (await import(pagefindUrl)) as StockPagefind;
      const found = await pf.search(query);
      const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      const ms = performance.now() - t;
      return {
        ms,
        urls: data.map((d) => d.sub_results?.[0]?.url ?? d.url),
        excerpt: (data[0]?.sub_results?.[0]?.excerpt ?? data[0]?.excerpt ?? '').replace(/<[^>]+>/g, ''),
      };
    }, q),
  );

// (b) ours: the real search page, driven as a user would (type, submit, read the list).
const ours = (): Promise<Run> => measure('/search/', (page, q) => page.evaluate(runSearchInPage, q));

const a = await stock();
const b = await ours();
await server.close();

const fmt = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : '—');
const sa = summarise(a.rows);
const sb = summarise(b.rows);
const pick = (rows: Row[], set: QuerySetName, kind?: QueryKind): Row[] =>
  rows.filter((r) => r.set === set && (kind === undefined || r.kind === kind));
const tuning = pick(b.rows, 'tuning');
const heldout = pick(b.rows, 'heldout');
const counts = { keyword: pick(b.rows, 'tuning', 'keyword').length, question: pick(b.rows, 'tuning', 'question').length };
console.log(
  `\n搜索基准：调参集 ${tuning.length} 个查询（关键词 ${counts.keyword} 个，问句 ${counts.question} 个），留出集 ${heldout.length} 个，${new Date().toISOString().slice(0, 10)}`,
);
// The held-out set is the figure that counts (issue #20): it is reported beside stock Pagefind, never query by query.
const columns: [string, Row[], Row[]][] = [
  ['调参集关键词', pick(a.rows, 'tuning', 'keyword'), pick(b.rows, 'tuning', 'keyword')],
  ['调参集问句', pick(a.rows, 'tuning', 'question'), pick(b.rows, 'tuning', 'question')],
  ['留出集', pick(a.rows, 'heldout'), heldout],
];
console.log(`| 指标 | ${columns.map(([name]) => `Pagefind 原生（${name}） | 本站搜索（${name}）`).join(' | ')} |`);
console.log(`| --- |${' --- | --- |'.repeat(columns.length)}`);
const line = (label: string, f: (s: ReturnType<typeof summarise>) => string): void =>
  console.log(`| ${label} | ${columns.map(([, x, y]) => `${f(summarise(x))} | ${f(summarise(y))}`).join(' | ')} |`);
line('P@1', (s) => fmt(s.p1));
line('Recall@5', (s) => fmt(s.r5));
line('MRR', (s) => fmt(s.mrr));
// A question's words are not in its answer (多久 → 每季度): the excerpt check is for keywords.
console.log(
  `| 摘要含查询词（关键词） | ${fmt(summarise(columns[0]![1]).excerpt)} | ${fmt(summarise(columns[0]![2]).excerpt)} | — | — | — | — |`,
);
console.log('\n| 指标（全部查询） | Pagefind 原生 | 本站搜索 |');
console.log('| --- | --- | --- |');
console.log(`| P@1 | ${fmt(sa.p1)} | ${fmt(sb.p1)} |`);
console.log(`| Recall@5 | ${fmt(sa.r5)} | ${fmt(sb.r5)} |`);
console.log(`| 延迟中位数（首轮，索引分块按需加载，ms） | ${fmt(sa.median, 1)} | ${fmt(sb.median, 1)} |`);
console.log(`| 延迟 p95（首轮，ms） | ${fmt(sa.p95, 1)} | ${fmt(sb.p95, 1)} |`);
console.log(`| 延迟中位数（热：第二轮，ms） | ${fmt(percentile(a.warmMs, 50), 1)} | ${fmt(percentile(b.warmMs, 50), 1)} |`);
console.log(`| 延迟 p95（热：第二轮，ms） | ${fmt(percentile(a.warmMs, 95), 1)} | ${fmt(percentile(b.warmMs, 95), 1)} |`);
console.log(`| 首次搜索传输（kB） | ${fmt(a.firstBytes / 1024, 1)} | ${fmt(b.firstBytes / 1024, 1)} |`);
// Only the tuning set's misses are listed: the held-out set is not to be tuned on.
const misses = tuning.filter((r) => r.rank !== 1 || (r.kind === 'keyword' && !r.excerptOk));
if (misses.length) {
  console.log('\n本站搜索未排第一（或关键词摘要不含查询词）的调参集查询（留出集不逐条列出）：');
  for (const r of misses)
    console.log(
      `  [${r.kind === 'question' ? '问句' : '关键词'}] ${r.q}: rank=${r.rank ?? '—'} excerpt=${r.excerptOk ? 'ok' : 'no'} top=${r.urls?.[0] ?? ''}`,
    );
}
const slowest = [...tuning.slice(1)].sort((x, y) => y.ms - x.ms).slice(0, 5);
console.log(`\n本站搜索最慢的查询：${slowest.map((r) => `${r.q} ${r.ms.toFixed(1)} ms`).join('；')}`);
