/**
 * Which explainer paragraphs cite which regulation articles, read from the
 * chapters' MDX source. Pure: it takes the source text, so it can be unit-tested
 * and reused for the "本站引用" lists on regulation pages.
 */

import { numberedParagraphs } from './mdx-source';
import { isPart } from './parts';

export interface CitationTarget {
  source: string;
  article: number;
  /** The 款 or 项 cited, e.g. 第二款, 第（六）项 (shared/explainer/parts). */
  part?: string;
}

export interface ParagraphCitation extends CitationTarget {
  /** The explainer's slug. */
  explainer: string;
  /** The chapter's key within that explainer, e.g. si. */
  chapterId: string;
  paragraph: number;
}

const CITE = /<Ref\s+cite=\{(\[[\s\S]*?\])\}\s*>/g;

/** Parses the `cite={[["slug", 30], ["slug", 10, "第（六）项"], …]}` attribute value of a <Ref>. */
export function parseCiteAttribute(value: string): CitationTarget[] {
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed)) throw new Error(`cite 属性必须是数组：${value}`);
  return parsed.map((pair: unknown) => {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || !Number.isInteger(pair[1])) {
      throw new Error(`cite 属性的每一项必须是 ["文件名", 条号] 或 ["文件名", 条号, "第二款"]：${value}`);
    }
    const part: unknown = pair[2];
    if (part === undefined) return { source: pair[0], article: pair[1] as number };
    if (typeof part !== 'string' || !isPart(part)) throw new Error(`cite 属性的款项应写作“第二款”或“第（六）项”：${value}`);
    return { source: pair[0], article: pair[1] as number, part };
  });
}

export function extractCitations(explainer: string, chapterId: string, mdx: string): ParagraphCitation[] {
  const out: ParagraphCitation[] = [];
  for (const { n: paragraph, markup } of numberedParagraphs(mdx)) {
    for (const cite of markup.matchAll(CITE)) {
      for (const { source, article } of parseCiteAttribute(cite[1] ?? '[]')) {
        out.push({ explainer, chapterId, paragraph, source, article });
      }
    }
  }
  return out;
}

/** Groups citations by "source#article" so a regulation page can look its articles up. */
export function indexCitations(citations: readonly ParagraphCitation[]): Map<string, ParagraphCitation[]> {
  const index = new Map<string, ParagraphCitation[]>();
  for (const c of citations) {
    const key = `${c.source}#${c.article}`;
    const list = index.get(key) ?? [];
    if (!list.some((x) => x.explainer === c.explainer && x.chapterId === c.chapterId && x.paragraph === c.paragraph)) list.push(c);
    index.set(key, list);
  }
  return index;
}
