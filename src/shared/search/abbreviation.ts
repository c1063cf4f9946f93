/**
 * Abbreviations. Chinese shortens a phrase by keeping characters of its words in order:
 * 转正 ← 转为正式党员, 政审 ← 政治审查, 年检 ← 年度检查, 纪委 ← 纪律检查委员会. This is
 * a rule of the language, not a list: a term of two to four characters is found where its
 * characters occur in order within one clause, close together. Pure.
 */

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
