/**
 * The one place where source texts may be changed: typographic normalisation.
 *
 * Everything the site shows from `article.txt` or a regulation file passes through
 * `normalizeTypography`, and the fidelity tests compare built pages against the
 * source run through this same function. It only swaps half-width punctuation for
 * its full-width form where it sits in Chinese text; it never adds, drops or
 * reorders characters, and never touches spaces.
 */

// Han ideographs plus the CJK/full-width punctuation that stands between them.
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014`;
const cjkChar = new RegExp(`[${CJK}]`, 'u');

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** True when the character is Chinese text or full-width punctuation. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && cjkChar.test(ch);
}

export function normalizeTypography(text: string): string {
  // Parentheses whose content holds Chinese become full-width as a pair, so that
  // "(试行)" → "（试行）" while "(a)" or "(2023)" stay as they are.
  let out = text.replace(new RegExp(`\\(([^()]*[${CJK}][^()]*)\\)`, 'gu'), (_m, inner: string) => `（${inner}）`);
  // , ; : ? ! directly after Chinese text become full-width. A colon or comma
  // between digits (11:16:09, 1,000) is left alone because its left side is a digit.
  const chars = Array.from(out);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const full = FULL_WIDTH[ch];
    if (full === undefined) continue;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const afterChinese = isCjk(prev);
    // A comma or semicolon that leads into Chinese after a digit ("3,并") is Chinese too.
    const beforeChinese = (ch === ',' || ch === ';') && isCjk(next) && prev !== undefined && !/\s/u.test(prev);
    if (afterChinese || beforeChinese) chars[i] = full;
  }
  out = chars.join('');
  return out;
}
