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

const seen = new WeakMap<Request, Set<string>>();

/** True the first time `key` is asked for on a page: a glossary term's popover is rendered once per page. */
export function firstOnPage(page: Request, key: string): boolean {
  const keys = seen.get(page) ?? new Set<string>();
  seen.set(page, keys);
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}
