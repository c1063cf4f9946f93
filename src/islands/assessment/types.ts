/** Props the page resolves at build time and hands to the island. */

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
  /** ISO date to assess against; defaults to the user's local date. For tests. */
  today?: string;
}
