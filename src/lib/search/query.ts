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

/**
 * Quotes are allowed around phrases ("三会一课", “三会一课”) and simply dropped; other
 * punctuation separates terms like a space does (组织生活会、民主评议 → two terms).
 */
const QUOTES = /["'“”‘’「」『』]/g;
const SEPARATORS = /[，、。；：！？,;:!?（）()《》〈〉【】[\]…—·]/g;

export function parseQuery(input: string): ParsedQuery {
  const limited = limitQuery(input);
  const truncated = limited.truncated;
  const text = fold(limited.text)
    .replace(QUOTES, ' ')
    .replace(SEPARATORS, ' ')
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

/** Words a question is made of but that say nothing about the topic. */
const FILLER = new Set(['怎么', '怎样', '什么', '如何', '是否', '要不要', '需不需要', '哪些', '多少', '可以', '应该', '需要', '我们', '本会', '关于', '规定', '的话']);
const LONG_TERM = 5;

/**
 * When a long term (a question, a sentence) occurs nowhere as typed, search its words
 * instead: the browser's Chinese word segmentation (Intl.Segmenter), with runs of
 * single characters joined back (党|费 → 党费, 3|名 → 3名) and filler words dropped.
 * Returns undefined when the query has no long term to break up.
 */
export function expandQuery(q: ParsedQuery): ParsedQuery | undefined {
  if (!q.terms.some((t) => Array.from(t.term).length >= LONG_TERM)) return undefined;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const { term } of q.terms) {
    if (Array.from(term).length < LONG_TERM) {
      words.push(term);
      continue;
    }
    let run = '';
    const flush = (): void => {
      if (Array.from(run).length >= 2) words.push(run);
      run = '';
    };
    for (const seg of segmenter.segment(term)) {
      if (!seg.isWordLike) {
        flush();
        continue;
      }
      if (Array.from(seg.segment).length === 1) run += seg.segment;
      else {
        flush();
        words.push(seg.segment);
      }
    }
    flush();
  }
  const unique = [...new Set(words.filter((w) => !FILLER.has(w)))];
  if (unique.length === 0 || (unique.length === q.terms.length && unique.every((w, i) => w === q.terms[i]?.term))) return undefined;
  return { text: q.text, truncated: q.truncated, terms: unique.map((term) => ({ term, variants: numberVariants(term) })) };
}
