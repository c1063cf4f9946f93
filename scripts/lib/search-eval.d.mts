export interface QueryCase {
  q: string;
  expect: string[];
}
export function loadQuerySet(file?: string): QueryCase[];
export function matchesTarget(url: string, target: string): boolean;
export function firstHit(urls: readonly string[], expect: readonly string[]): number | undefined;
export function percentile(values: readonly number[], p: number): number;
export function foldText(s: string): string;
export function excerptContainsQuery(excerpt: string, query: string): boolean;
export function summarise(rows: readonly { rank?: number | undefined; excerptOk: boolean; ms: number }[]): {
  n: number;
  p1: number;
  r5: number;
  mrr: number;
  excerpt: number;
  median: number;
  p95: number;
};
