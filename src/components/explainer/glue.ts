/**
 * Keeps each note marker (CiteNote's <span class="cite">…</span>) on one line with the
 * punctuation right after it, so no line of an explainer starts with "，" or "。". Works
 * on a paragraph's rendered HTML; the text is unchanged, only wrapped.
 */
const CLOSING = /^[，。、；：！？）》」』”’]/u;
const CITE_OPEN = '<span class="cite"';

/** The HTML with every marker followed by closing punctuation wrapped in <span class="cite-glue">. */
export function glueNoteMarkers(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = html.indexOf(CITE_OPEN, from);
    if (start < 0) return out + html.slice(from);
    // The end of the marker's span: nested spans counted.
    const tags = /<span\b|<\/span>/g;
    tags.lastIndex = start;
    let depth = 0;
    let end = -1;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[0] === '</span>' ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    if (end < 0) return out + html.slice(from);
    const punct = CLOSING.exec(html.slice(end))?.[0];
    out += html.slice(from, start);
    out += punct ? `<span class="cite-glue">${html.slice(start, end)}${punct}</span>` : html.slice(start, end);
    from = end + (punct?.length ?? 0);
  }
}
