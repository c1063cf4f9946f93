/**
 * 条旨: our short topic label for each article of a regulation (北大法宝 prints them for
 * laws; the official texts have none). Written by us in content/regulations/<slug>.topics.yaml,
 * shown beside the article heading as editorial, never part of the text. Pure.
 */
import type { RegulationDoc } from './types';

/** The file of a document's 条旨, relative to the project (named in every error). */
export const topicsFile = (slug: string): string => `content/regulations/${slug}.topics.yaml`;

/** Said once on every page that shows 条旨. */
export const TOPICS_NOTE = '条号后【】内的文字是本站所加的条旨，概括该条的主题，便于按主题查找，不是原文。';

/** An article's label with its 条旨, for contents and search titles: 第十一条【党员大会】. */
export function withTopic(label: string, topic: string | undefined): string {
  return topic ? `${label}【${topic}】` : label;
}

/** Every article number of a document, in order. */
export function articleNumbers(doc: RegulationDoc): number[] {
  return doc.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'article' ? [b.article.number] : [])));
}

/**
 * Checks one 条旨 file against its document: every label names an article it has. Returns
 * the labels by article number; throws naming the file and the articles otherwise.
 */
export function checkTopics(file: string, labels: Readonly<Record<string, string>>, doc: RegulationDoc): Map<number, string> {
  const known = new Set(articleNumbers(doc));
  const out = new Map<number, string>();
  const missing: number[] = [];
  for (const [key, label] of Object.entries(labels)) {
    const n = Number(key);
    if (!known.has(n)) missing.push(n);
    else out.set(n, label);
  }
  if (missing.length) {
    const range = known.size ? `第1至第${Math.max(...known)}条` : '没有条文';
    throw new Error(
      `${file}：第${missing.join('、')}条在《${doc.header.title.replace(/^《|》$/g, '')}》中不存在（该文件${range}），请删去或改正这些条旨`,
    );
  }
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}
