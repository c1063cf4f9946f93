/**
 * Tokens that must not break across lines: dates ("2025-06", "2026-06-03", "2026年6月3日",
 * "2026年6月") and article numbers ("第三十一条"). Chinese text may break between any two
 * characters, so a date would otherwise end one line and start the next.
 */
export const UNBREAKABLE = /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}-\d{2}(?:-\d{2})?|第[一二三四五六七八九十百零〇]+条/g;

export interface TextPart {
  text: string;
  /** Rendered in a span that does not wrap (.nowrap in global.css). */
  keep: boolean;
}

/** `text` cut into the unbreakable tokens and the text between them, in order. */
export function nowrapParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(UNBREAKABLE)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), keep: false });
    parts.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), keep: false });
  return parts;
}
