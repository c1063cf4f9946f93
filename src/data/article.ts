/** Build-time access to the explainer chapters (Astro content layer). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { extractCitations, indexCitations, type ParagraphCitation } from '../lib/article/citations';
import type { SeedParagraph } from '../lib/article/terms';

export type ArticleChapter = CollectionEntry<'article'>;

let chapters: Promise<ArticleChapter[]> | undefined;

export function getArticleChapters(): Promise<ArticleChapter[]> {
  chapters ??= getCollection('article').then((all) => all.sort((a, b) => a.data.order - b.data.order));
  return chapters;
}

const PARAGRAPH = /<(P|SectionTitle)\s+n=\{(\d+)\}[^>]*>([\s\S]*?)<\/\1>/g;

/** The plain text of each numbered paragraph (heading lines included), tags stripped. */
export async function getSeedParagraphs(): Promise<SeedParagraph[]> {
  const out: SeedParagraph[] = [];
  for (const chapter of await getArticleChapters()) {
    for (const m of (chapter.body ?? '').matchAll(PARAGRAPH)) {
      const n = Number(m[2]);
      const text = (m[3] ?? '').replace(/<[^>]+>/g, '');
      const existing = out.find((p) => p.n === n);
      if (existing) existing.text += text;
      else out.push({ chapterId: chapter.id, n, text });
    }
  }
  return out;
}

let citationIndex: Promise<Map<string, ParagraphCitation[]>> | undefined;

/** "source#article" → the explainer paragraphs that cite it. */
export function getCitationIndex(): Promise<Map<string, ParagraphCitation[]>> {
  citationIndex ??= getArticleChapters().then((all) =>
    indexCitations(all.flatMap((c) => extractCitations(c.id, c.body ?? ''))),
  );
  return citationIndex;
}

/** A short human label for an explainer paragraph, e.g. "四（一）" or "导言". */
export async function paragraphLabel(chapterId: string, n: number): Promise<string> {
  const chapter = (await getArticleChapters()).find((c) => c.id === chapterId);
  if (!chapter) return chapterId;
  const section = (chapter.body ?? '').match(new RegExp(`<SectionTitle\\s+n=\\{${n}\\}[^>]*>(（[一二三四五六七八九十]+）)`));
  const short = chapter.data.title.split('、')[0] ?? chapter.data.title;
  return section ? `${short}${section[1]}` : short;
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
    const title = new RegExp(`<SectionTitle\\s+n=\\{(\\d+)\\}\\s+id="${sectionId}"`).exec(chapter.body ?? '');
    if (!title) continue;
    const n = Number(title[1]);
    return { chapterId: chapter.id, paragraphs: paragraphs.filter((p) => p.n === n) };
  }
  return undefined;
}
