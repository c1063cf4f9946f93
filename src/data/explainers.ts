/** Build-time access to the explainer chapters (Astro content layer). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { extractCitations, indexCitations, type ParagraphCitation } from '../lib/article/citations';
import { numberedParagraphs, sections } from '../lib/article/mdx-source';
import type { SeedParagraph } from '../lib/article/terms';

export type ArticleChapter = CollectionEntry<'article'>;

let chapters: Promise<ArticleChapter[]> | undefined;

export function getArticleChapters(): Promise<ArticleChapter[]> {
  chapters ??= getCollection('article').then((all) => all.sort((a, b) => a.data.order - b.data.order));
  return chapters;
}

let seedParagraphs: Promise<SeedParagraph[]> | undefined;

/** The plain text of each numbered seed paragraph (section titles included), in order. */
export function getSeedParagraphs(): Promise<SeedParagraph[]> {
  seedParagraphs ??= getArticleChapters().then((all) =>
    all.flatMap((chapter) => numberedParagraphs(chapter.body ?? '').map(({ n, text }) => ({ chapterId: chapter.id, n, text }))),
  );
  return seedParagraphs;
}

let citationIndex: Promise<Map<string, ParagraphCitation[]>> | undefined;

/** "source#article" → the explainer paragraphs that cite it. */
export function getCitationIndex(): Promise<Map<string, ParagraphCitation[]>> {
  citationIndex ??= getArticleChapters().then((all) => indexCitations(all.flatMap((c) => extractCitations(c.id, c.body ?? ''))));
  return citationIndex;
}

/** A short human label for an explainer paragraph, e.g. "四（一）" or "导言". */
export async function paragraphLabel(chapterId: string, n: number): Promise<string> {
  const chapter = (await getArticleChapters()).find((c) => c.id === chapterId);
  if (!chapter) return chapterId;
  const number = sections(chapter.body ?? '')
    .find((s) => s.n === n)
    ?.title.match(/^（[一二三四五六七八九十]+）/)?.[0];
  const short = chapter.data.title.split('、')[0] ?? chapter.data.title;
  return `${short}${number ?? ''}`;
}

export interface ArticleSection {
  chapterId: string;
  /** The section's heading and body lines, tags stripped (seed text, not yet normalised). */
  paragraphs: SeedParagraph[];
}

/** A numbered section of the explainer (四（一）… = si-1 …), found by its anchor id. */
export async function getArticleSection(sectionId: string): Promise<ArticleSection | undefined> {
  const paragraphs = await getSeedParagraphs();
  for (const chapter of await getArticleChapters()) {
    const section = sections(chapter.body ?? '').find((s) => s.id === sectionId);
    if (section) return { chapterId: chapter.id, paragraphs: paragraphs.filter((p) => p.n === section.n) };
  }
  return undefined;
}
