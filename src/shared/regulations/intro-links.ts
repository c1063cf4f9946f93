/**
 * The regulations' 导读 (content/regulations/<slug>.mdx) link each 第N条 they mention to
 * that article of the same regulation. The words stay as written (the MDX paragraph
 * component IntroParagraph.astro passes its rendered HTML through here); the links follow
 * the corpus, and a number the corpus does not have stays text.
 */
import { NUMERAL_CHARS, parseChineseNumeral } from './numerals';

const ARTICLE_REF = new RegExp(`第([${NUMERAL_CHARS}]+)条`, 'g');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Rendered HTML with every 第N条 that `href` resolves made a link, never inside a link or a tag. */
export function linkArticleRefs(html: string, href: (n: number) => string | undefined): string {
  let inLink = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<a[\s>]/i.test(part)) inLink++;
        else if (/^<\/a\s*>/i.test(part)) inLink = Math.max(0, inLink - 1);
        return part;
      }
      if (inLink > 0) return part;
      return part.replace(ARTICLE_REF, (ref: string, numeral: string) => {
        const n = parseChineseNumeral(numeral);
        const url = n === null ? undefined : href(n);
        // .nowrap: an article number never breaks across lines (shared/text/nowrap).
        return url ? `<a href="${escapeAttr(url)}" class="nowrap">${ref}</a>` : ref;
      });
    })
    .join('');
}
