/**
 * What Pagefind indexes is a copy of each built page that keeps ids only on the elements
 * the ranking reads (UNIT_ANCHOR in shared/search/units.ts). Pagefind records every element
 * with an id as an anchor, with the element's whole text, in the page's fragment: an
 * explainer's paragraph ids (#p-11, notes included) tripled its fragment. Pages on the site
 * keep all their ids; only the index copy loses them.
 */
import { UNIT_ANCHOR } from '../../shared/search/units.ts';

/** An opening tag: its name and its attributes (quoted values may hold any character but their quote). */
const OPEN_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?)>/g;
/** One attribute of such a tag, by itself. */
const ATTRIBUTE = /\s+([^\s"'<>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** The page's HTML with the id attribute removed from every element but headings and <article>. */
export function keepUnitAnchors(html: string): string {
  return html.replace(OPEN_TAG, (tag, name: string, attributes: string, end: string) => {
    if (UNIT_ANCHOR.test(name) || !/\sid\s*=/i.test(attributes)) return tag;
    const kept = attributes.replace(ATTRIBUTE, (attribute, attrName: string) => (attrName.toLowerCase() === 'id' ? '' : attribute));
    return `<${name}${kept}${end}>`;
  });
}
