/**
 * Query understanding for Chinese search: width/spacing normalisation, terms,
 * and article-number variants (第30条 ↔ 第三十条). Pure.
 */
import { parseChineseNumeral, toChineseNumeral } from '../regulations/numerals';

export const MAX_QUERY_CHARS = 50;

/**
 * Folds one character to its search form: full-width ASCII → half-width, Latin
 * lower-cased. Always returns exactly one character, so offsets in folded text
 * equal offsets in the original (excerpts are cut from the original).
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x3000) return ' ';
  return ch.length === 1 ? ch.toLowerCase() : ch;
}

/** Folds a whole string character by character (UTF-16 units, length preserved). */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

export interface ParsedQuery {
  /** The folded query as typed, whitespace collapsed. */
  text: string;
  /** Whitespace-separated terms, each with its spelling variants (all folded). */
  terms: { term: string; variants: string[] }[];
  /** Whether the input was cut to MAX_QUERY_CHARS. */
  truncated: boolean;
}

const ARTICLE_REF = /第([0-9]+|[〇零一二两三四五六七八九十百千]+)(条|章|节|编)/g;

/** 第30条 → [第30条, 第三十条]; 第三十条 → [第三十条, 第30条]. */
export function numberVariants(term: string): string[] {
  const variants = new Set([term]);
  const swapped = term.replace(ARTICLE_REF, (m, num: string, unit: string) => {
    const n = /^[0-9]+$/.test(num) ? Number(num) : parseChineseNumeral(num);
    if (n === null || n < 1 || n > 9999) return m;
    return /^[0-9]+$/.test(num) ? `第${toChineseNumeral(n)}${unit}` : `第${n}${unit}`;
  });
  variants.add(swapped);
  return [...variants];
}

/**
 * "党章第三十一条" → ["党章", "第三十一条"]: a document name glued to an article
 * number is two things to look for (the name in titles, the number in headings).
 */
export function splitArticleReference(word: string): string[] {
  const m = /^(.+?)(第(?:[0-9]+|[〇零一二两三四五六七八九十百千]+)条)$/.exec(word);
  return m && m[1] && m[2] ? [m[1], m[2]] : [word];
}

/** Quotes are allowed around phrases ("三会一课", “三会一课”) and simply dropped. */
const QUOTES = /["'“”‘’「」『』]/g;

export function parseQuery(input: string): ParsedQuery {
  const chars = Array.from(input.trim());
  const truncated = chars.length > MAX_QUERY_CHARS;
  const text = fold(chars.slice(0, MAX_QUERY_CHARS).join(''))
    .replace(QUOTES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = text.split(' ').flatMap(splitArticleReference).filter(Boolean);
  const terms = [...new Set(words)].map((term) => ({ term, variants: numberVariants(term) }));
  return { text, terms, truncated };
}

/** What Pagefind is asked, one search each: every term and spelling variant. */
export function candidateTerms(q: ParsedQuery): string[] {
  return [...new Set(q.terms.flatMap((t) => t.variants))];
}

/**
 * Interleaves several ranked candidate lists (round robin, first occurrence wins),
 * so each term contributes its best pages before any list's tail. Pure.
 */
export function mergeCandidates<T extends { id: string }>(lists: readonly ({ results: T[] } | null)[], limit: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l?.results.length ?? 0));
  for (let i = 0; i < longest && out.length < limit; i++) {
    for (const list of lists) {
      const item = list?.results[i];
      if (item && !seen.has(item.id) && out.length < limit) {
        seen.add(item.id);
        out.push(item);
      }
    }
  }
  return out;
}
