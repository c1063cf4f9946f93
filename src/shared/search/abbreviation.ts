/**
 * Abbreviations. Chinese shortens a phrase by keeping characters of its words in order:
 * 转正 ← 转为正式党员, 政审 ← 政治审查, 年检 ← 年度检查, 纪委 ← 纪律检查委员会. This is
 * a rule of the language, not a list: a term of two to four characters is found where its
 * characters occur in order within one clause, close together. A numeric abbreviation
 * (数字略语) counts the items of a list by the word they share: 六项纪律 ← 政治纪律、组织纪律、
 * …、生活纪律, 四个意识 ← 政治意识、大局意识、核心意识、看齐意识 (countedLists). Pure.
 */
import { parseChineseNumeral } from '../regulations/numerals';

/** Characters that end a clause: an abbreviation never spans them. */
const CLAUSE_END = /[，。；：、！？（）《》“”,.;:!?()\s]/;
/** At most this many characters between two kept characters (纪律检查委员会: 纪…委 skips 3). */
const MAX_GAP = 3;

/** Whether a term can be an abbreviation: two to four Chinese characters. */
export function isAbbreviation(term: string): boolean {
  return /^[\u4e00-\u9fff]{2,4}$/.test(term);
}

/**
 * Where the term's characters occur in order, in one clause, each within MAX_GAP of the
 * previous, and not as the term itself: [start, end) of each expansion (政治审查 → 政治审).
 */
export function expansions(text: string, term: string): [number, number][] {
  return [...inOrder(text, term), ...countedLists(text, term)];
}

function inOrder(text: string, term: string): [number, number][] {
  if (!isAbbreviation(term)) return [];
  const chars = Array.from(term);
  const out: [number, number][] = [];
  for (let at = text.indexOf(chars[0]!); at >= 0; at = text.indexOf(chars[0]!, at + 1)) {
    let pos = at;
    let ok = true;
    for (const ch of chars.slice(1)) {
      let next = -1;
      for (let i = pos + 1; i <= pos + 1 + MAX_GAP && i < text.length; i++) {
        if (CLAUSE_END.test(text[i]!)) break;
        if (text[i] === ch) {
          next = i;
          break;
        }
      }
      if (next < 0) {
        ok = false;
        break;
      }
      pos = next;
    }
    const end = pos + 1;
    if (ok && end - at > chars.length) out.push([at, end]);
  }
  return out;
}

/** A numeric abbreviation: a count, a measure word or not, and the word the items share (六项纪律, 三会). */
const COUNTED = /^([0-9]{1,2}|[一二两三四五六七八九十]{1,2})[项个大种条类]?(\p{Script=Han}{1,4})$/u;
/** What joins a list's last item: 、 between the others. */
const LAST_JOIN = /以及|和|及|与/;

/** A count of time, people or times is a quantity (两年以上, 三个月, 5名党员: quantity.ts), not a list. */
const MEASURE = /^[年月日天周岁人名次个以多余]/;

/** Whether a term counts the items of a list (六项纪律, 四个意识): searched whole, never split into its count and its word. */
export function isCounted(term: string): boolean {
  const m = COUNTED.exec(term);
  return m !== null && Array.from(m[2]!).length >= 2 && !MEASURE.test(m[2]!);
}

/**
 * Where a list of exactly as many items as the term counts all end in the word it names,
 * [start, end) from the first item to the last: 六项纪律 in "包括政治纪律、组织纪律、…、生活纪律。"
 * The items are the 、-separated parts of a clause (the last may be joined by 和 or 及); the
 * first is taken as long as the second, since the clause's lead-in (包括) stands before it.
 */
export function countedLists(text: string, term: string): [number, number][] {
  const m = COUNTED.exec(term);
  if (!m) return [];
  const count = parseChineseNumeral(m[1]!);
  const head = m[2]!;
  if (count === null || count < 2) return [];
  const out: [number, number][] = [];
  let from = 0;
  for (const clause of text.split(/[，。；：！？（）《》“”,.;:!?()\n]/)) {
    const at = text.indexOf(clause, from);
    from = at + clause.length;
    const parts = clause.split('、');
    if (parts.length < 2) continue;
    const last = parts.pop()!.split(LAST_JOIN);
    const items = [...parts, ...last];
    const firstLength = Array.from(items[1]!).length;
    items[0] = Array.from(items[0]!).slice(-firstLength).join('');
    if (items.length !== count || !items.every((item) => item.endsWith(head) && item !== head)) continue;
    out.push([at + clause.indexOf('、') - items[0].length, at + clause.length]);
  }
  return out;
}
