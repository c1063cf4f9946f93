/**
 * Citation builders. Labels are generated from the slug and article number so a
 * label can never disagree with the article it points to.
 */
import { toChineseNumeral } from '../regulations/numerals';
import type { ExplainerSection, Norm } from './norms';
import type { Citation } from './types';

/**
 * Titles of the corpus files (slug = basename in shared/regulations). This module is
 * pure and reads no files, so the titles are written here; tests/build/norm-quotes.test.ts
 * fails when one disagrees with the title in its file's header.
 */
export const SOURCE_TITLES: Readonly<Record<string, string>> = {
  'party-constitution': '《中国共产党章程》',
  'party-member-development-rules': '《中国共产党发展党员工作细则》',
  'branch-work-regulations': '《中国共产党支部工作条例（试行）》',
  'member-education-regulations': '《中国共产党党员教育管理工作条例》',
  'social-group-registration-regulations': '《社会团体登记管理条例》',
};

export const EXPLAINER_SOURCE = 'explainer';
export const EXPLAINER_TITLE = '《加强行业协会商会党的建设工作》';
export type { ExplainerSection };
const SECTION_LABELS: Record<ExplainerSection, string> = { 'si-1': '四（一）', 'si-2': '四（二）', 'si-3': '四（三）' };

/**
 * Cites an article of a corpus regulation; `detail` narrows it, e.g. '第二款' or
 * '第（三）项', and only changes the label.
 */
export function cite(source: string, article: number, detail = ''): Citation {
  const title = SOURCE_TITLES[source] ?? `《${source}》`;
  return { source, article, label: `${title}第${toChineseNumeral(article)}条${detail}` };
}

/** The seed explainer (SEED_EXPLAINER) is a reprint (学习强国 via 江苏省浙江商会), so it is named as such, never as our writing. */
export function citeExplainer(section: ExplainerSection): Citation {
  return { source: EXPLAINER_SOURCE, section, label: `解读文章${EXPLAINER_TITLE}${SECTION_LABELS[section]}` };
}

/** The citation of the clause a norm quotes. */
export function citeNorm(norm: Norm): Citation {
  const s = norm.source;
  return s.kind === 'explainer' ? citeExplainer(s.section) : cite(s.slug, s.article, s.detail);
}

/** Marks citations whose source is not on the site; the seed explainer always is. */
export function markMissing(citations: readonly Citation[], available: ReadonlySet<string>): Citation[] {
  return citations.map((c) => (c.source === EXPLAINER_SOURCE || available.has(c.source) ? c : { ...c, missing: true as const }));
}

/** Titles of the missing sources, for the sentence appended to a finding. */
export function missingTitles(citations: readonly Citation[]): string[] {
  const titles = citations.filter((c) => c.missing === true).map((c) => SOURCE_TITLES[c.source] ?? `《${c.source}》`);
  return [...new Set(titles)];
}
