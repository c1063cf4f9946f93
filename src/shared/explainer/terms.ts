/** Links glossary terms to the explainer paragraphs that mention them. Pure. */

export interface SeedParagraph {
  /** The explainer's slug and the chapter's key within it. */
  explainer: string;
  chapterId: string;
  n: number;
  text: string;
}

export function paragraphsMentioning(paragraphs: readonly SeedParagraph[], match: readonly string[]): SeedParagraph[] {
  return paragraphs.filter((p) => match.some((m) => p.text.includes(m)));
}
