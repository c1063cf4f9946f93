/**
 * Numbers the citation notes of one page 1, 2, 3… in document order. Astro starts
 * rendering a page's components in document order, so a counter taken synchronously
 * at the top of a component's frontmatter (before any await) follows the text; the
 * build test tests/build/cite-notes.test.ts checks that it does.
 */
const counters = new WeakMap<Request, number>();

export function nextNoteNumber(page: Request): number {
  const n = (counters.get(page) ?? 0) + 1;
  counters.set(page, n);
  return n;
}
