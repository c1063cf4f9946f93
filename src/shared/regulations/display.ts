/** How chapters and their headings are named and placed on pages. Pure. */
import type { Article, Chapter, Heading } from './types';
import { normalizeTypography } from '../text/normalize.ts';
import { articleCitationLabel } from './citation-label.ts';
import { chineseDate } from '../dates.ts';

/**
 * The 编 heading to show above this chapter's own heading: only on the first
 * chapter page of that 编, and not when the page *is* the 编 (no 章 under it).
 */
export function partHeadingShownOn(chapters: readonly Chapter[], index: number): Heading | undefined {
  const chapter = chapters[index];
  if (!chapter?.part || chapter.part.line === chapter.heading?.line) return undefined;
  const prev = chapters[index - 1];
  return !prev || prev.part?.line !== chapter.part.line ? chapter.part : undefined;
}

/** "第五章 党的基层组织", "一、总体要求", or the bare label when there is no title. */
export function chapterDisplayName(label: string, title: string): string {
  if (!title) return label;
  return label.endsWith('、') ? `${label}${title}` : `${label} ${title}`;
}

export function chapterLabel(chapter: Chapter): { label: string; title: string } {
  if (!chapter.heading) return { label: '全文', title: '' };
  return { label: chapter.heading.label, title: chapter.heading.title };
}

/** A note's date value, '2022-10-22（第二十次全国代表大会部分修改）', with its leading date in Chinese. */
export function chineseDatedNote(value: string): string {
  return value.replace(/^\d{4}-\d{2}-\d{2}/, (iso) => chineseDate(iso));
}

export interface RegulationDates {
  adopted?: string | undefined;
  effective?: string | undefined;
  revised?: readonly string[] | undefined;
}

/**
 * The document's own dates in one line (通过/发布, 施行, 修订), or undefined when neither
 * the note nor the file gives one. Not the file's date: that is when our copy was made,
 * which a reader would take for "updated on".
 */
export function regulationDatesText(d: RegulationDates): string | undefined {
  const parts: string[] = [];
  if (d.adopted) parts.push(`通过/发布 ${chineseDatedNote(d.adopted)}`);
  if (d.effective) parts.push(`施行 ${chineseDatedNote(d.effective)}`);
  if (d.revised && d.revised.length > 0) parts.push(`修订 ${d.revised.map(chineseDatedNote).join('、')}`);
  return parts.length > 0 ? parts.join('；') : undefined;
}

/** An article's text as shown, one line per paragraph (normalised), without its 第N条 label. */
export function articleTextLines(article: Article): string[] {
  return [article.firstText, ...article.paragraphs.map((p) => p.text)].filter((t) => t !== '').map(normalizeTypography);
}

/**
 * What "复制条文" copies: 《title》第四条：text, one line per paragraph, then the URL.
 * `title` is without book-title marks; `label` and `lines` are shown text (already normalised).
 */
export function articleCitationText(title: string, label: string, lines: readonly string[], url: string): string {
  const body = lines.filter((l) => l !== '').join('\n');
  return `${articleCitationLabel(title, label)}：${body}\n${url}`;
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * The texts of an article's paragraphs as rendered (ArticleParagraph: <p data-line="N" …>text</p>,
 * text escaped; inside it only the spans that keep dates on one line, Nowrap.astro), in order. The citation is built from what the page shows,
 * so it can never differ from the text beside it.
 */
export function renderedParagraphTexts(html: string): string[] {
  return [...html.matchAll(/<p\b[^>]*\bdata-line="\d+"[^>]*>((?:[^<]|<\/?span\b[^>]*>)*)<\/p>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e),
  );
}
