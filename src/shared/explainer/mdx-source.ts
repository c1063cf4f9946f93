/**
 * Reads the structure of an explainer chapter from its MDX source: the numbered
 * seed paragraphs (<P n={…}>, <SectionTitle n={…}>) and the sections of chapter 四.
 * The one place that knows how the chapters are marked up. Pure.
 */

export interface SourceParagraph {
  /** Seed line number (after the website chrome). */
  n: number;
  /** The MDX markup of the paragraph; a section title and its body are joined. */
  markup: string;
  /** The text with all tags removed (seed text, not yet normalised). */
  text: string;
}

export interface SourceSection {
  /** Anchor id, e.g. si-1. */
  id: string;
  /** Seed line number the section's title starts. */
  n: number;
  /** The title as plain text, e.g. （一）持续推进“两个覆盖”。 */
  title: string;
}

const NUMBERED = /<(P|SectionTitle)\s+([^>]*)>([\s\S]*?)<\/\1>/g;
const N_ATTR = /\bn=\{(\d+)\}/;
const ID_ATTR = /\bid="([^"]+)"/;

export const stripTags = (markup: string): string => markup.replace(/<[^>]+>/g, '');

export function numberedParagraphs(mdx: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  for (const m of mdx.matchAll(NUMBERED)) {
    const n = Number(N_ATTR.exec(m[2] ?? '')?.[1] ?? NaN);
    if (!Number.isInteger(n)) continue;
    const markup = m[3] ?? '';
    const last = out[out.length - 1];
    if (last?.n === n) {
      last.markup += markup;
      last.text += stripTags(markup);
    } else out.push({ n, markup, text: stripTags(markup) });
  }
  return out;
}

export function sections(mdx: string): SourceSection[] {
  const out: SourceSection[] = [];
  for (const m of mdx.matchAll(NUMBERED)) {
    if (m[1] !== 'SectionTitle') continue;
    const id = ID_ATTR.exec(m[2] ?? '')?.[1];
    const n = Number(N_ATTR.exec(m[2] ?? '')?.[1] ?? NaN);
    if (id && Number.isInteger(n)) out.push({ id, n, title: stripTags(m[3] ?? '') });
  }
  return out;
}
