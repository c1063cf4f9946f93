/**
 * Keeps each note marker (CiteNote's <span class="cite">…</span>) on one line with the
 * punctuation right after it, so no line of an explainer starts with "，" or "。". Works
 * on a paragraph's rendered HTML; the text is unchanged, only wrapped.
 */
const CLOSING = /^[，。、；：！？）》」』”’]/u;
const CITE_OPEN = '<span class="cite"';
const TERM_OPEN = '<span class="term-wrap">';

/** The index just after the </span> closing the span opened at `start` (nested spans counted), or -1. */
function spanEnd(html: string, start: number): number {
  const tags = /<span\b|<\/span>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</span>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/**
 * A heading's HTML with its glossary terms (Term.astro) as plain words, and their popovers
 * apart, to be placed after the heading: no button inside a heading, nor hidden text that
 * would make its name and its search entry.
 */
export function termsOutOfHeading(html: string): { heading: string; notes: string } {
  let heading = '';
  let notes = '';
  let from = 0;
  for (;;) {
    const start = html.indexOf(TERM_OPEN, from);
    const end = start < 0 ? -1 : spanEnd(html, start);
    if (end < 0) return { heading: heading + html.slice(from), notes };
    const inner = html.slice(start + TERM_OPEN.length, end - '</span>'.length);
    const words = /^<button\b[^>]*>([\s\S]*?)<\/button>/.exec(inner);
    heading += html.slice(from, start) + (words?.[1] ?? inner);
    notes += words ? inner.slice(words[0].length) : '';
    from = end;
  }
}

/** The HTML with every marker followed by closing punctuation wrapped in <span class="cite-glue">. */
export function glueNoteMarkers(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = html.indexOf(CITE_OPEN, from);
    if (start < 0) return out + html.slice(from);
    const end = spanEnd(html, start);
    if (end < 0) return out + html.slice(from);
    const punct = CLOSING.exec(html.slice(end))?.[0];
    out += html.slice(from, start);
    out += punct ? `<span class="cite-glue">${html.slice(start, end)}${punct}</span>` : html.slice(start, end);
    from = end + (punct?.length ?? 0);
  }
}
