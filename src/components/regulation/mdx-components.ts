/** The components the generated regulation MDX chapters are rendered with. */
import Article from './Article.astro';
import ArticleParagraph from './ArticleParagraph.astro';
import RegParagraph from './RegParagraph.astro';
import SectionHeading from './SectionHeading.astro';

export const regulationComponents = { Article, ArticleParagraph, RegParagraph, SectionHeading };
