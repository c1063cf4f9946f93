/** Every internal URL the site builds comes from here, so routes change in one place. */
import { articleAnchor, paragraphAnchor } from './constants';

export const articleIndexUrl = (): string => '/article/';
export const articleChapterUrl = (chapterId: string): string => `/article/${chapterId}/`;
export const articleParagraphUrl = (chapterId: string, n: number): string => `${articleChapterUrl(chapterId)}#${paragraphAnchor(n)}`;

export const regulationsIndexUrl = (): string => '/regulations/';
export const regulationUrl = (slug: string): string => `/regulations/${slug}/`;
export const regulationChapterUrl = (slug: string, chapterKey: string): string => `/regulations/${slug}/${chapterKey}/`;
/**
 * The whole text on one page, for reading through and printing. A text without 章 has a
 * single chapter keyed 'full', so its chapter page and this page are one and the same.
 */
export const regulationFullTextUrl = (slug: string): string => `/regulations/${slug}/full/`;
/** Every article's stable anchor is art-N (N in Arabic digits). */
export const regulationArticleUrl = (slug: string, chapterKey: string, n: number): string =>
  `${regulationChapterUrl(slug, chapterKey)}#${articleAnchor(n)}`;

export const glossaryUrl = (termId?: string): string => (termId ? `/glossary/#${termId}` : '/glossary/');
export const searchUrl = (query?: string): string => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
