/**
 * Citation builders. Labels are generated from the slug and article number so a
 * label can never disagree with the article it points to.
 */
import { articleCitationLabel } from '../regulations/citation-label';
import type { ExplainerSectionId, Norm } from './norms';
import type { Citation } from './types';

/**
 * Titles (without 《》) of the sources a citation may name, by slug: the corpus files'
 * header titles, and under EXPLAINER_SOURCE the seed explainer's. This module is pure and
 * reads no files, so the pages derive the table at build time (node/data/regulations.ts,
 * sourceTitles) and hand it on, to the islands in their props.
 */
export type SourceTitles = Readonly<Record<string, string>>;

const titleOf = (titles: SourceTitles, source: string): string => `《${titles[source] ?? source}》`;

export const EXPLAINER_SOURCE = 'explainer';
export type { ExplainerSectionId };
const SECTION_LABELS: Record<ExplainerSectionId, string> = { 'si-1': '四（一）', 'si-2': '四（二）', 'si-3': '四（三）' };

/**
 * Cites an article of a corpus regulation; `detail` narrows it, e.g. '第二款' or
 * '第（三）项', and only changes the label.
 */
export function cite(titles: SourceTitles, source: string, article: number, detail = ''): Citation {
  return { source, article, label: articleCitationLabel(titles[source] ?? source, article, detail) };
}

/** The seed explainer (SEED_EXPLAINER) is a reprint (学习强国 via 江苏省浙江商会), so it is named as such, never as our writing. */
export function citeExplainer(titles: SourceTitles, section: ExplainerSectionId): Citation {
  return { source: EXPLAINER_SOURCE, section, label: `解读文章${titleOf(titles, EXPLAINER_SOURCE)}${SECTION_LABELS[section]}` };
}

/** The citation of the clause a norm quotes. */
export function citeNorm(titles: SourceTitles, norm: Norm): Citation {
  const s = norm.source;
  return s.kind === 'explainer' ? citeExplainer(titles, s.section) : cite(titles, s.slug, s.article, s.detail);
}

/** Marks citations whose source is not on the site; the seed explainer always is. */
export function markMissing(citations: readonly Citation[], available: ReadonlySet<string>): Citation[] {
  return citations.map((c) => (c.source === EXPLAINER_SOURCE || available.has(c.source) ? c : { ...c, missing: true as const }));
}

/** Titles of the missing sources, for the sentence appended to a finding. */
export function missingTitles(citations: readonly Citation[], titles: SourceTitles): string[] {
  return [...new Set(citations.filter((c) => c.missing === true).map((c) => titleOf(titles, c.source)))];
}
