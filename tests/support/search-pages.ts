/**
 * Synthetic search records for the unit tests of src/shared/search: a chapter of a
 * regulation shaped like a Pagefind record (headings end with ". ", blocks are separated
 * by spaces), its URL, title and article anchors read from its own text.
 */
import type { PageRecord } from '../../src/shared/search/units';

const NUMERAL = '[零一二三四五六七八九十百]+';
/** The chapter heading the content starts with: 第二章. */
const CHAPTER = new RegExp(`^第(${NUMERAL})章`);
/** An article heading: 第五条 that starts a block (a mention in a sentence does not). */
const ARTICLE = new RegExp(`(?<=^|\\s)第(${NUMERAL})条(?=\\s)`, 'g');

/** 一 → 1, 十二 → 12, 三十一 → 31, 一百零五 → 105: the numbers of 章 and 条. */
export function numeralValue(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const c of numeral) {
    const d = '零一二三四五六七八九'.indexOf(c);
    if (d >= 0) digit = d;
    else {
      total += (digit || 1) * (c === '百' ? 100 : 10);
      digit = 0;
    }
  }
  return total + digit;
}

export interface ChapterOptions {
  /** The regulation's slug in the URL: /regulations/<slug>/ch-N/ ('demo' by default). */
  slug?: string;
  /** The page title; by default the document and the chapter number (示例条例 第二章). */
  title?: string;
  /** Page meta "priority" (the document's weight), left out by default. */
  priority?: string;
  /** Position in Pagefind's own ranking (0 by default). */
  rank?: number;
  /** Word positions of the article anchors, in order, where a test needs them (Pagefind records them). */
  locations?: readonly number[];
}

/**
 * A chapter of `document` whose text is `content` ('第二章 会议. 第五条 … 第六条 …'): its
 * URL /regulations/<slug>/ch-2/ and title 示例条例 第二章 come from the 第…章 it starts
 * with, and it has one h2 anchor art-5 (text 第五条) for each article heading.
 */
export function chapterPage(document: string, content: string, options: ChapterOptions = {}): PageRecord {
  const { slug = 'demo', title, priority, rank = 0, locations } = options;
  const chapter = CHAPTER.exec(content);
  if (!chapter) throw new Error(`chapterPage: the content does not start with 第…章: ${content}`);
  const articles = [...content.matchAll(ARTICLE)];
  if (locations && locations.length !== articles.length) {
    throw new Error(`chapterPage: ${locations.length} locations for ${articles.length} articles`);
  }
  return {
    url: `/regulations/${slug}/ch-${numeralValue(chapter[1]!)}/`,
    meta: { title: title ?? `${document} ${chapter[0]}`, document, ...(priority === undefined ? {} : { priority }) },
    content,
    anchors: articles.map((m, i) => ({
      element: 'h2',
      id: `art-${numeralValue(m[1]!)}`,
      text: m[0],
      ...(locations ? { location: locations[i] } : {}),
    })),
    rank,
  };
}
