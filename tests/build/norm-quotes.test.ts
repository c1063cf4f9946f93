/**
 * Every clause the self-assessment quotes (src/shared/assessment/norms/) occurs verbatim
 * in the article, 款 or 项 it cites, in the real texts of REGULATIONS_DIR, or in the
 * explainer section it names. When a text changes, this fails naming the norm.
 * Lives with the build tests because it reads the corpus (unit tests are synthetic).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NORMS, type Norm } from '../../src/shared/assessment/norms';
import { numberedParagraphs, sections } from '../../src/shared/explainer/mdx-source';
import { SEED_EXPLAINER } from '../../src/shared/site/constants';
import { parseChineseNumeral } from '../../src/shared/regulations/numerals';
import { findArticle, loadCorpus } from '../../src/node/regulations/corpus';
import { normalizeTypography } from '../../src/shared/text/normalize';

const corpus = loadCorpus();
// Norms that only an explainer states cite sections of the seed explainer.
const EXPLAINER_DIR = path.resolve('content/explainers', SEED_EXPLAINER);
const explainer = readdirSync(EXPLAINER_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(path.join(EXPLAINER_DIR, f), 'utf8'));

/** The text of an explainer section (si-1 …): its numbered seed paragraph, tags stripped. */
function sectionText(id: string): string | undefined {
  for (const mdx of explainer) {
    const section = sections(mdx).find((s) => s.id === id);
    if (section) return numberedParagraphs(mdx).find((p) => p.n === section.n)?.text;
  }
  return undefined;
}

/** The text the norm's citation points at: the article, or the 款/项 its detail names. */
function citedText(n: Norm): string | undefined {
  const s = n.source;
  if (s.kind === 'explainer') return sectionText(s.section);
  const found = findArticle(corpus, s.slug, s.article);
  if (!found) return undefined;
  const { article } = found;
  const detail = s.detail ?? '';
  const kuan = /^第(.+)款$/.exec(detail);
  if (kuan) {
    // 款 are the article's paragraphs that are not list items; the first line is 第一款.
    const paragraphs = [article.firstText, ...article.paragraphs.filter((p) => !p.isItem).map((p) => p.text)];
    return paragraphs[(parseChineseNumeral(kuan[1] ?? '') ?? 0) - 1];
  }
  const xiang = /^第（(.+)）项$/.exec(detail);
  if (xiang) return article.paragraphs.find((p) => p.isItem && p.text.startsWith(`（${xiang[1]}）`))?.text;
  return [article.firstText, ...article.paragraphs.map((p) => p.text)].join('\n');
}

describe('norm quotes', () => {
  it.each(NORMS.map((n) => [n.id, n] as const))('%s: the quote is in the cited text, verbatim', (id, n) => {
    const text = citedText(n);
    expect(text, `${id}: cited text not found`).toBeDefined();
    expect(normalizeTypography(text ?? ''), id).toContain(n.quote);
  });
});
