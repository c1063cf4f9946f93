/** Every internal URL the site builds comes from here, so routes change in one place. */
import { articleAnchor, paragraphAnchor } from './constants';

export const explainersIndexUrl = (): string => '/explainers/';
export const explainerUrl = (slug: string): string => `/explainers/${slug}/`;
export const explainerChapterUrl = (slug: string, chapterId: string): string => `/explainers/${slug}/${chapterId}/`;
export const explainerParagraphUrl = (slug: string, chapterId: string, n: number): string =>
  `${explainerChapterUrl(slug, chapterId)}#${paragraphAnchor(n)}`;

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
export const assessmentUrl = (): string => '/assessment/';
export const overviewUrl = (): string => '/assessment/overview/';
export const requirementsUrl = (): string => '/requirements/';
