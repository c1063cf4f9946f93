/**
 * Every citation the rules can emit, so a page can resolve them all at build time
 * (links and article texts) without running the engine. Findings cite only through
 * norms (shared/assessment/norms), so the list is read off the norm table. Keys ignore
 * the 款/项 detail: a link always points at the whole article.
 */
import { EXPLAINER_SOURCE, cite, citeExplainer, type ExplainerSectionId, type SourceTitles } from './citations';
import { NORMS } from './norms';
import type { Citation } from './types';

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Regulation articles cited by the norms, per corpus slug, in ascending order. */
export const CITABLE_ARTICLES: Readonly<Record<string, readonly number[]>> = (() => {
  const out: Record<string, number[]> = {};
  for (const n of NORMS) {
    const s = n.source;
    if (s.kind === 'regulation') (out[s.slug] ??= []).push(s.article);
  }
  return Object.fromEntries(Object.entries(out).map(([slug, list]) => [slug, unique(list).sort((a, b) => a - b)]));
})();

/** Sections of the explainer cited by the norms. */
export const CITABLE_SECTIONS: readonly ExplainerSectionId[] = unique(
  NORMS.flatMap((n) => (n.source.kind === 'explainer' ? [n.source.section] : [])),
).sort();

/** One key per link target: "slug#30" or "explainer#si-1". */
export function citationKey(c: Pick<Citation, 'source' | 'article' | 'section'>): string {
  if (c.article !== undefined) return `${c.source}#${c.article}`;
  if (c.section !== undefined) return `${c.source}#${c.section}`;
  return c.source;
}

/** The citable targets as citations without 款/项 detail (labels like 《…》第三十条). */
export function citableCitations(titles: SourceTitles): Citation[] {
  return [
    ...Object.entries(CITABLE_ARTICLES).flatMap(([source, articles]) => articles.map((n) => cite(titles, source, n))),
    ...CITABLE_SECTIONS.map((s) => citeExplainer(titles, s)),
  ];
}

export { EXPLAINER_SOURCE };
