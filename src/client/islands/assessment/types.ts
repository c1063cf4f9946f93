/** Props the page resolves at build time and hands to the island. */
import type { QuestionnaireTexts, SourceTitles } from '../../../shared/assessment';

/** Where a citation leads and what it says, keyed by citationKey(). */
export interface CitationRef {
  /** Link to the article or section; null when the source is not on the site. */
  href: string | null;
  /** e.g. 《中国共产党章程》第三十条, used as the heading in the printed report. */
  title: string;
  /** The cited text, one string per paragraph, from the corpus (normalised); empty when missing. */
  text: readonly string[];
}

export type CitationRefs = Readonly<Record<string, CitationRef>>;

export interface AssessmentProps {
  refs: CitationRefs;
  /** Corpus slugs on the site (the engine marks citations of other sources missing). */
  sources: readonly string[];
  /** What citations call each source, from the corpus at build time (node/data/regulations, sourceTitles). */
  titles: SourceTitles;
  /**
   * What the questionnaire says (shared/assessment/question-texts). They come as a prop, not an
   * import, so that they reach the browser as JSON in the page rather than in the island's
   * JavaScript, which holds only the questions' structure (shared/assessment/questions).
   */
  texts: QuestionnaireTexts;
  /** ISO date to assess against; defaults to the user's local date. For tests. */
  today?: string;
}

/**
 * Fills in cited texts from the page's "自评依据的条文" section ([data-basis=key]),
 * where the server rendered them once; refs that already carry text are kept.
 */
export function withBasisTexts(refs: CitationRefs, root: ParentNode | undefined): CitationRefs {
  if (!root) return refs;
  return Object.fromEntries(
    Object.entries(refs).map(([key, ref]) => {
      if (ref.text.length > 0) return [key, ref];
      const item = Array.from(root.querySelectorAll<HTMLElement>('[data-basis]')).find((el) => el.dataset['basis'] === key);
      const text = item ? Array.from(item.querySelectorAll('p'), (p) => p.textContent ?? '') : [];
      return [key, { ...ref, text }];
    }),
  );
}
