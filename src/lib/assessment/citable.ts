/**
 * Every citation the rules can emit, so a page can resolve them all at build time
 * (links and article texts) without running the engine. Keys ignore the 款/项
 * detail: a link always points at the whole article.
 *
 * tests/unit/assessment/citable.test.ts proves this list complete and minimal, by
 * scanning the rule sources and by running the engine over generated answers; a
 * new citation in a rule fails that test until it is added here.
 */
import { ARTICLE_SOURCE, cite, citeArticle, citeDocument, type ArticleSection } from './citations';
import type { Citation } from './types';

/** Regulation articles cited by the rules, per corpus slug. */
export const CITABLE_ARTICLES: Readonly<Record<string, readonly number[]>> = {
  'party-constitution': [8, 30, 31],
  'branch-work-regulations': [4, 5, 6, 7, 9, 11, 12, 13, 16, 17, 18, 19, 20, 21, 24],
  'member-education-regulations': [16, 17, 18, 19, 26, 32],
  'social-group-registration-regulations': [18],
};

/** Sections of the seed article cited by the rules. */
export const CITABLE_SECTIONS: readonly ArticleSection[] = ['si-1', 'si-2', 'si-3'];

/** Documents cited as a whole (they are not in the corpus). */
export const CITABLE_DOCUMENTS: readonly string[] = ['party-dues-rules'];

/** One key per link target: "slug#30", "article#si-1" or "slug". */
export function citationKey(c: Pick<Citation, 'source' | 'article' | 'section'>): string {
  if (c.article !== undefined) return `${c.source}#${c.article}`;
  if (c.section !== undefined) return `${c.source}#${c.section}`;
  return c.source;
}

/** The citable targets as citations without 款/项 detail (labels like 《…》第三十条). */
export function citableCitations(): Citation[] {
  return [
    ...Object.entries(CITABLE_ARTICLES).flatMap(([source, articles]) => articles.map((n) => cite(source, n))),
    ...CITABLE_SECTIONS.map(citeArticle),
    ...CITABLE_DOCUMENTS.map(citeDocument),
  ];
}

export { ARTICLE_SOURCE };
