// Shared by the search benchmark and the search browser test: the query set,
// how a result URL is matched against an expected target, and the metrics.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Keywords (三会一课, 第三十条) or a question as people type it (党员大会多久开一次). */
export type QueryKind = 'keyword' | 'question';

/** One query of the set, its kind, and the targets that count as a hit (see matchesTarget). */
export interface QueryCase {
  q: string;
  expect: string[];
  kind: QueryKind;
}

/**
 * The query sets of npm run bench:search. queries.json and heldout.json through heldout-15.json
 * are tuning data: the fifteen held-out files were written blind and served as the held-out
 * measure (heldout.json and heldout-5.json to heldout-7.json twice, the others once each), and
 * their per-query results are now read while tuning (heldout-fresh.json since 2026-12-04
 * 22:55, heldout-3.json since 2026-12-05 07:00, heldout-4.json since 2026-12-07 15:20,
 * heldout-5.json since 2026-12-07 16:00, heldout-6.json since 2026-12-07 18:30,
 * heldout-7.json since 2026-12-07 19:00, heldout-8.json since 2026-12-07 22:00, heldout-9.json
 * since 2026-12-07 23:00, heldout-10.json since 23:30, heldout-11.json since 2026-12-08 00:20, heldout-12.json since 00:59, heldout-13.json since 01:26, heldout-14.json since 02:45, heldout-15.json since 03:50). heldout-16.json is the blind set (issue
 * #20), written by someone else who
 * read only the regulation texts, and never read while tuning: `blind` sets are reported only
 * in aggregate, and a set whose file is missing is skipped.
 */
export const QUERY_SETS = {
  tuning: { file: 'tests/search/queries.json', label: '调参集', blind: false },
  tuningOld: { file: 'tests/search/heldout.json', label: '原留出集（现为调参集）', blind: false },
  tuningFresh: { file: 'tests/search/heldout-fresh.json', label: '第二留出集（现为调参集）', blind: false },
  tuningThird: { file: 'tests/search/heldout-3.json', label: '第三留出集（现为调参集）', blind: false },
  tuningFourth: { file: 'tests/search/heldout-4.json', label: '第四留出集（现为调参集）', blind: false },
  tuningFifth: { file: 'tests/search/heldout-5.json', label: '第五留出集（现为调参集）', blind: false },
  tuningSixth: { file: 'tests/search/heldout-6.json', label: '第六留出集（现为调参集）', blind: false },
  tuningSeventh: { file: 'tests/search/heldout-7.json', label: '第七留出集（现为调参集）', blind: false },
  tuningEighth: { file: 'tests/search/heldout-8.json', label: '第八留出集（现为调参集）', blind: false },
  tuningNinth: { file: 'tests/search/heldout-9.json', label: '第九留出集（现为调参集）', blind: false },
  tuningTenth: { file: 'tests/search/heldout-10.json', label: '第十留出集（现为调参集）', blind: false },
  tuningEleventh: { file: 'tests/search/heldout-11.json', label: '第十一留出集（现为调参集）', blind: false },
  tuningTwelfth: { file: 'tests/search/heldout-12.json', label: '第十二留出集（现为调参集）', blind: false },
  tuningThirteenth: { file: 'tests/search/heldout-13.json', label: '第十三留出集（现为调参集）', blind: false },
  tuningFourteenth: { file: 'tests/search/heldout-14.json', label: '第十四留出集（现为调参集）', blind: false },
  tuningFifteenth: { file: 'tests/search/heldout-15.json', label: '第十五留出集（现为调参集）', blind: false },
  heldout: { file: 'tests/search/heldout-16.json', label: '留出集', blind: true },
} as const;
export type QuerySetName = keyof typeof QUERY_SETS;

/** The sets whose file exists, in QUERY_SETS order. */
export function presentQuerySets(root: string = process.cwd()): QuerySetName[] {
  return (Object.keys(QUERY_SETS) as QuerySetName[]).filter((name) => existsSync(resolve(root, QUERY_SETS[name].file)));
}

export function loadQuerySet(file: string = resolve(process.cwd(), QUERY_SETS.tuning.file)): QueryCase[] {
  const set = JSON.parse(readFileSync(file, 'utf8')) as { queries: (Omit<QueryCase, 'kind'> & { kind?: QueryKind })[] };
  return set.queries.map((c) => ({ ...c, kind: c.kind ?? 'keyword' }));
}

/** "slug#30" matches /regulations/slug/<chapter>/#art-30; a path matches itself (any anchor when it has none). */
export function matchesTarget(url: string, target: string): boolean {
  const path = decodeURI(new URL(url, 'http://site').pathname);
  const hash = new URL(url, 'http://site').hash;
  if (!target.startsWith('/')) {
    const [slug, n] = target.split('#');
    return path.startsWith(`/regulations/${slug}/`) && hash === `#art-${n}`;
  }
  const [tPath, tHash] = target.split('#');
  return path === tPath && (tHash === undefined || hash === `#${tHash}`);
}

export function firstHit(urls: readonly string[], expect: readonly string[]): number | undefined {
  const i = urls.findIndex((u) => expect.some((t) => matchesTarget(u, t)));
  return i < 0 ? undefined : i + 1;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Folds full-width ASCII and whitespace so "第30条" and "第３０条" compare equal. */
export function foldText(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toLowerCase();
}

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 三十一 → 31 (enough for article numbers; used only to judge excerpts). */
function chineseToInt(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '百') {
      total += digit * 100;
      digit = 0;
    }
  }
  return total + digit;
}
/** Article references written either way reduce to one form: 第30条 and 第三十条 → 第#30条. */
function canonicalArticles(s: string): string {
  return s.replace(
    /第(\d+|[〇零一二两三四五六七八九十百]+)条/g,
    (_m, n: string) => `第#${/^\d+$/.test(n) ? Number(n) : chineseToInt(n)}条`,
  );
}

/** Whether an excerpt shows the query: every whitespace-separated term, quotes ignored. */
export function excerptContainsQuery(excerpt: string, query: string): boolean {
  const text = canonicalArticles(foldText(excerpt));
  return query
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => text.includes(canonicalArticles(foldText(term))));
}

/** One query's outcome: the rank of the first hit (1-based; undefined when none), excerpt quality, time. */
export interface QueryOutcome {
  rank?: number | undefined;
  excerptOk: boolean;
  ms: number;
}

/** The metrics of a run: P@1, Recall@5, MRR, excerpt share, and latency over all queries but the first. */
export interface Summary {
  n: number;
  p1: number;
  r5: number;
  mrr: number;
  excerpt: number;
  median: number;
  p95: number;
}

export function summarise(rows: readonly QueryOutcome[]): Summary {
  const n = rows.length;
  const p1 = rows.filter((r) => r.rank === 1).length / n;
  const r5 = rows.filter((r) => r.rank !== undefined && r.rank <= 5).length / n;
  const mrr = rows.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n;
  const excerpt = rows.filter((r) => r.excerptOk).length / n;
  const warm = rows.slice(1).map((r) => r.ms);
  return { n, p1, r5, mrr, excerpt, median: percentile(warm, 50), p95: percentile(warm, 95) };
}
