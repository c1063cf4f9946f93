/**
 * Turns a parsed regulation into one MDX file per chapter. Every piece of source
 * text is passed as a JSON string prop, so Markdown never reinterprets it: what the
 * file says is exactly what the components receive. Pure: returns file contents.
 */
import type { Article, Block, Heading, RegulationDoc } from './types.ts';
import { chapterLabel } from './display.ts';

export interface GeneratedFile {
  /** Path relative to the generated folder: <slug>/<nn>-<key>.mdx */
  path: string;
  content: string;
}

const str = (value: string): string => JSON.stringify(value);

function sectionHeadingTag(h: Heading): string {
  return `<SectionHeading line={${h.line}} text={${str(h.text)}} />`;
}

function articleTag(slug: string, a: Article, level: number): string {
  const paragraphs = a.paragraphs.map((p) => `  <ArticleParagraph line={${p.line}} item={${p.isItem}} text={${str(p.text)}} />`).join('\n');
  const open = `<Article regulation={${str(slug)}} n={${a.number}} level={${level}} line={${a.line}} label={${str(a.label)}} separator={${str(a.separator)}} text={${str(a.firstText)}}>`;
  return paragraphs ? `${open}\n${paragraphs}\n</Article>` : `${open}</Article>`;
}

function blockTag(slug: string, block: Block, inSection: boolean): string {
  switch (block.kind) {
    case 'heading':
      return sectionHeadingTag(block.heading);
    case 'paragraph':
      return `<RegParagraph line={${block.paragraph.line}} text={${str(block.paragraph.text)}} />`;
    case 'article':
      // Articles under a 节 sit one heading level deeper.
      return articleTag(slug, block.article, inSection ? 3 : 2);
  }
}

export function regulationToMdx(doc: RegulationDoc): GeneratedFile[] {
  return doc.chapters.map((chapter, index) => {
    const { label, title } = chapterLabel(chapter);
    const frontmatter = [
      '---',
      `regulation: ${str(doc.slug)}`,
      `key: ${str(chapter.key)}`,
      `order: ${index}`,
      `label: ${str(label)}`,
      `title: ${str(title)}`,
      `articleRange: ${chapter.articleRange ? `[${chapter.articleRange.join(', ')}]` : 'null'}`,
      '---',
    ];
    const body: string[] = [];
    let inSection = false;
    for (const block of chapter.blocks) {
      if (block.kind === 'heading') inSection = block.heading.kind === 'section';
      body.push(blockTag(doc.slug, block, inSection));
    }
    const order = String(index).padStart(2, '0');
    return { path: `${doc.slug}/${order}-${chapter.key}.mdx`, content: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n` };
  });
}
