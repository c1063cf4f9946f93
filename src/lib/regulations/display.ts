/** How chapters and their headings are named and placed on pages. Pure. */
import type { Chapter, Heading } from './types';

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
