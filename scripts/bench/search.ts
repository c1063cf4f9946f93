// `npm run bench:search`: builds the site, then runs every query of the tuning sets
// (tests/search/queries.json, heldout.json, heldout-fresh.json, heldout-3.json … heldout-15.json)
// and, when its file exists, the blind held-out set (tests/search/heldout-16.json) in Chromium through (a) stock
// pagefind.search() and (b) our search page, and prints P@1, Recall@5, MRR, excerpt
// quality, latency and what the first search transfers, per set and per kind of query
// (the set's "kind"). A benchmark, not a test: it prints.
import { spawnSync } from 'node:child_process';
import { launchChromium, recordTransfers, type Transfer } from '../../tests/support/chromium.ts';
import type { Page } from 'playwright-core';
import { startServer } from '../serve/static-server.ts';
import {
  excerptContainsQuery,
  firstHit,
  loadQuerySet,
  percentile,
  presentQuerySets,
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

/** A run over the query sets: the first pass's rows, what the first search fetched, the second pass's times. */
interface Run {
  rows: Row[];
  firstTransfers: Transfer[];
  warmMs: number[];
}

/** What the first search (the first query of the tuning set, 三会一课) may transfer on the wire (issue #20). */
const FIRST_SEARCH_LIMIT = 120 * 1024;

const sets = presentQuerySets();
const queries = sets.flatMap((set) => loadQuerySet(QUERY_SETS[set].file).map((c) => ({ ...c, set })));
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
  const transfers = recordTransfers(page);
  const rows: Row[] = [];
  const warmMs: number[] = [];
  let firstTransfers: Transfer[] | undefined;
  for (const pass of [1, 2])
    for (const { q, expect, kind, set } of queries) {
      const out = await search(page, q);
      firstTransfers ??= [...transfers];
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
  return { rows, firstTransfers: firstTransfers ?? [], warmMs };
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
const kB = (bytes: number): string => fmt(bytes / 1024, 1);
const total = (ts: readonly Transfer[]): number => ts.reduce((sum, t) => sum + t.bytes, 0);
const sa = summarise(a.rows);
const sb = summarise(b.rows);
const pick = (rows: Row[], set: QuerySetName, kind?: QueryKind): Row[] =>
  rows.filter((r) => r.set === set && (kind === undefined || r.kind === kind));
const kindName: Record<QueryKind, string> = { keyword: '关键词', question: '问句' };
console.log(
  `\n搜索基准，${new Date().toISOString().slice(0, 10)}：${sets.map((set) => `${QUERY_SETS[set].label} ${QUERY_SETS[set].file}（${pick(b.rows, set).length} 个）`).join('，')}`,
);
if (!sets.includes('heldout')) console.log(`（没有 ${QUERY_SETS.heldout.file}：不报告留出集）`);
// One row per set and kind, stock Pagefind beside ours in the same run. A blind set counts
// (issue #20) and is reported only in aggregate, never query by query.
console.log('\n| 查询集 | 类型 | 个数 | Pagefind 原生 P@1 | R@5 | MRR | 本站搜索 P@1 | R@5 | MRR | 摘要含查询词（原生 / 本站） |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const set of sets)
  for (const kind of [undefined, 'keyword', 'question'] as const) {
    const x = summarise(pick(a.rows, set, kind));
    const y = summarise(pick(b.rows, set, kind));
    if (y.n === 0 || (kind !== undefined && y.n === pick(b.rows, set).length)) continue;
    // A question's words are not in its answer (多久 → 每季度): the excerpt check is for keywords.
    const excerpt = kind === 'keyword' ? `${fmt(x.excerpt)} / ${fmt(y.excerpt)}` : '—';
    const kindLabel = kind ? kindName[kind] : '全部';
    console.log(
      `| ${QUERY_SETS[set].label} | ${kindLabel} | ${y.n} | ${fmt(x.p1)} | ${fmt(x.r5)} | ${fmt(x.mrr)} | **${fmt(y.p1)}** | **${fmt(y.r5)}** | ${fmt(y.mrr)} | ${excerpt} |`,
    );
  }
console.log('\n| 指标（全部查询） | Pagefind 原生 | 本站搜索 |');
console.log('| --- | --- | --- |');
console.log(`| P@1 | ${fmt(sa.p1)} | ${fmt(sb.p1)} |`);
console.log(`| Recall@5 | ${fmt(sa.r5)} | ${fmt(sb.r5)} |`);
console.log(`| 延迟中位数（首轮，索引分块按需加载，ms） | ${fmt(sa.median, 1)} | ${fmt(sb.median, 1)} |`);
console.log(`| 延迟 p95（首轮，ms） | ${fmt(sa.p95, 1)} | ${fmt(sb.p95, 1)} |`);
console.log(`| 延迟中位数（热：第二轮，ms） | ${fmt(percentile(a.warmMs, 50), 1)} | ${fmt(percentile(b.warmMs, 50), 1)} |`);
console.log(`| 延迟 p95（热：第二轮，ms） | ${fmt(percentile(a.warmMs, 95), 1)} | ${fmt(percentile(b.warmMs, 95), 1)} |`);
console.log(
  `| 首次搜索传输（“${queries[0]?.q}”，kB） | ${kB(total(a.firstTransfers))} | ${kB(total(b.firstTransfers))}（上限 ${kB(FIRST_SEARCH_LIMIT)}） |`,
);
// What our first search fetched, by file: where the bytes go when the limit is near.
console.log('\n本站首次搜索传输的文件：');
for (const t of [...b.firstTransfers].sort((x, y) => y.bytes - x.bytes))
  console.log(`  ${kB(t.bytes).padStart(6)} kB  ${new URL(t.url).pathname}`);
const headerBytes = b.firstTransfers.reduce((sum, t) => sum + t.headerBytes, 0);
console.log(`  其中响应头 ${kB(headerBytes)} kB（${b.firstTransfers.length} 个响应）`);
if (total(b.firstTransfers) > FIRST_SEARCH_LIMIT) console.log(`  超过上限 ${kB(FIRST_SEARCH_LIMIT)} kB`);
// Only the tuning sets' misses are listed: a blind set is not to be tuned on.
const misses = b.rows.filter((r) => !QUERY_SETS[r.set].blind && (r.rank !== 1 || (r.kind === 'keyword' && !r.excerptOk)));
if (misses.length) {
  console.log('\n本站搜索未排第一（或关键词摘要不含查询词）的调参集查询（留出集不逐条列出）：');
  for (const r of misses)
    console.log(
      `  [${QUERY_SETS[r.set].label}·${kindName[r.kind]}] ${r.q}: rank=${r.rank ?? '—'} excerpt=${r.excerptOk ? 'ok' : 'no'} top=${r.urls?.slice(0, 3).join(' ') ?? ''}`,
    );
}
const slowest = b.rows
  .filter((r) => !QUERY_SETS[r.set].blind)
  .slice(1)
  .sort((x, y) => y.ms - x.ms)
  .slice(0, 5);
console.log(`\n本站搜索最慢的查询：${slowest.map((r) => `${r.q} ${r.ms.toFixed(1)} ms`).join('；')}`);
