/** The components the generated regulation MDX chapters are rendered with. */
import Article from './Article.astro';
import ArticleParagraph from './ArticleParagraph.astro';
import FullTextArticle from './FullTextArticle.astro';
import FullTextSectionHeading from './FullTextSectionHeading.astro';
import RegParagraph from './RegParagraph.astro';
import SectionHeading from './SectionHeading.astro';

/** On a chapter page (the chapter title is the h1). */
export const regulationComponents = { Article, ArticleParagraph, RegParagraph, SectionHeading };

/** On the full-text page: the same, with headings one level deeper under each chapter's h2. */
export const fullTextComponents = { Article: FullTextArticle, ArticleParagraph, RegParagraph, SectionHeading: FullTextSectionHeading };
