/**
 * Query understanding for Chinese search: width/spacing normalisation, terms,
 * and article-number variants (第30条 ↔ 第三十条). Pure.
 */
import { parseChineseNumeral, toChineseNumeral } from '../regulations/numerals';
import type { Quantity } from './quantity';

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

/**
 * Invisible characters that come with pasted text (zero-width space, non-joiner, joiner,
 * word joiner, BOM). They are removed, not turned into spaces: 党\u200b员 is 党员.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

export interface LimitedQuery {
  /** The input without zero-width characters, trimmed, at most MAX_QUERY_CHARS characters. */
  text: string;
  /** Whether characters were cut off to fit MAX_QUERY_CHARS. */
  truncated: boolean;
}

/**
 * The part of an input that is actually searched: zero-width characters removed,
 * trimmed, then cut to MAX_QUERY_CHARS characters (code points, so a character
 * outside the BMP is never split). This is also what goes into the page URL, so the
 * URL always says what was searched.
 */
export function limitQuery(input: string): LimitedQuery {
  const chars = Array.from(input.replace(ZERO_WIDTH, '').trim());
  const truncated = chars.length > MAX_QUERY_CHARS;
  return { text: chars.slice(0, MAX_QUERY_CHARS).join('').trimEnd(), truncated };
}

/** One thing to look for, in any of its spellings (understand.ts adds the texts' words for everyday ones). */
export interface QueryTerm {
  /** As typed (or as cut out of a question). */
  term: string;
  /** Every spelling that counts as this term: number variants, synonyms, related words (all folded). */
  variants: string[];
  /** Those of `variants` that are related words rather than equivalents: they count half. */
  related?: string[];
  /** Never required: a weak word, a question's hint words, or a keyword's literal spelling. */
  optional?: boolean;
  /** Hint words of a question word (多久 → 每月, 每季度…), and how much they tell (1 unless said). */
  hint?: boolean;
  hintWeight?: number;
  /** The literal spelling of a keyword that was split into words. */
  phrase?: boolean;
  /** Hint words too common to highlight in an excerpt (应当, 可以 after 怎么). */
  unmarked?: boolean;
  /**
   * The words of the query this hint makes optional where the texts hold it: a right (表决权)
   * answers whether one may do a thing (能投票选支委) whatever it is done to.
   */
  loosens?: string[];
}

export interface ParsedQuery {
  /** The folded query as typed, whitespace collapsed. */
  text: string;
  /** Whitespace-separated terms, each with its spelling variants (all folded). */
  terms: QueryTerm[];
  /** Whether the input was cut to MAX_QUERY_CHARS. */
  truncated: boolean;
  /** Numbers the question states (我们有5个党员, 两年): compared with the texts' conditions (quantity.ts). */
  quantities?: Quantity[];
  /** How well a sentence's conditions answer `quantities` (quantity.ts, loaded with them). */
  answerToNumbers?: (sentence: string) => number;
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

/**
 * Quotes are allowed around phrases ("三会一课", “三会一课”) and simply dropped; other
 * punctuation separates terms like a space does (组织生活会、民主评议 → two terms).
 */
const QUOTES = /["'“”‘’「」『』]/g;
const SEPARATORS = /[，、。；：！？,;:!?（）()《》〈〉【】[\]…—·]/g;

/** How the name of a document ends (党章, 支部工作条例, 发展党员工作细则, 登记管理条例). */
const DOCUMENT_NAME = /(章|章程|条例|细则|规定|规则|办法|法)$/;

/**
 * A bare number after the name of a document names an article of it: "党章 30", "党章30" and
 * "党章30条" all mean 党章第三十条. Any other number ("30", "党员 50") stays a number.
 */
export function articleNumberWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const glued = /^(.*\D)([0-9]{1,3})条?$/.exec(w);
    const bare = /^([0-9]{1,3})条?$/.exec(w);
    const previous = out[out.length - 1] ?? '';
    if (glued && DOCUMENT_NAME.test(glued[1]!)) out.push(glued[1]!, `第${glued[2]}条`);
    else if (bare && DOCUMENT_NAME.test(previous)) out.push(`第${bare[1]}条`);
    else out.push(w);
  }
  return out;
}

export function parseQuery(input: string): ParsedQuery {
  const limited = limitQuery(input);
  const truncated = limited.truncated;
  const text = fold(limited.text).replace(QUOTES, ' ').replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
  const words = articleNumberWords(text.split(' ').flatMap(splitArticleReference).filter(Boolean));
  const terms = [...new Set(words)].map((term) => ({ term, variants: numberVariants(term) }));
  return { text, terms, truncated };
}

/** The terms a result must hold (all of them when every term is optional). */
export function requiredTerms(q: ParsedQuery): QueryTerm[] {
  const required = q.terms.filter((t) => !t.optional);
  return required.length ? required : q.terms;
}

/** What Pagefind is asked, one search each: every spelling of every required term. */
export function candidateTerms(q: ParsedQuery): string[] {
  return [...new Set(requiredTerms(q).flatMap((t) => t.variants))];
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

/**
 * Which candidate pages to fetch for a query of several terms, given each term's pages
 * (in Pagefind's order; a term's spellings already merged). Pages holding every term come
 * first, in the order of the rarest term's list; pages missing a term can only rank below
 * them, so they are fetched only to fill up to `fill` results, the rarest term's first.
 * At 100× the corpus this is what keeps a multi-word query from fetching every term's
 * best pages (docs/benchmarks.md). Pure.
 */
export function selectCandidates<T extends { id: string }>(perTerm: readonly (readonly T[])[], limit: number, fill: number): T[] {
  if (perTerm.length === 0) return [];
  const byRarity = [...perTerm].sort((a, b) => a.length - b.length);
  const rarest = byRarity[0]!;
  const others = byRarity.slice(1).map((list) => new Set(list.map((r) => r.id)));
  const out = rarest.filter((r) => others.every((ids) => ids.has(r.id))).slice(0, limit);
  if (out.length >= fill) return out;
  const seen = new Set(out.map((r) => r.id));
  for (const r of mergeCandidates(
    byRarity.map((results) => ({ results: [...results] })),
    limit,
  )) {
    if (out.length >= Math.min(fill, limit)) break;
    if (!seen.has(r.id)) {
      seen.add(r.id);
      out.push(r);
    }
  }
  return out;
}
