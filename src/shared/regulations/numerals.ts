/**
 * Chinese numerals as used in regulation numbering (第三十七条, 第一百零五条).
 *
 * The parser is deliberately strict: a heading whose number does not read as a
 * well-formed numeral (第十x章, 第一二条) must fail loudly instead of being
 * guessed at, because article numbers become URLs and anchors.
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can appear in a Chinese or Arabic numeral (used to spot near-miss headings). */
export const NUMERAL_CHARS = '〇零一二两三四五六七八九十百千0-9０-９';

/**
 * Reads a Chinese numeral up to 9999 (十, 二十, 一百零五, 一百一十, 两百) or a run of
 * Arabic digits (ASCII or full-width). Returns null for anything else, including
 * colloquial abbreviations such as 一百五 (ambiguous: 150 or 105).
 */
export function parseChineseNumeral(s: string): number | null {
  if (s === '') return null;
  // Full-width digits are folded to ASCII so 第５条 reads like 第5条.
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (s === '零' || s === '〇') return 0;

  let total = 0;
  let digit: number | null = null; // digit waiting for its unit (or the final ones place)
  let lastUnit = Infinity; // units must strictly decrease: 千 > 百 > 十
  let afterZero = false; // 零 was just read; a digit must follow
  let digitChar = '';
  for (const ch of s) {
    const d = DIGITS[ch];
    const u = UNITS[ch];
    if (d === 0) {
      // 零 only fills a gap after a unit (一百零五), never leads or repeats.
      if (digit !== null || afterZero || total === 0) return null;
      afterZero = true;
    } else if (d !== undefined) {
      if (digit !== null) return null; // two digits in a row: 一二
      digit = d;
      digitChar = ch;
      afterZero = false;
    } else if (u !== undefined) {
      if (u >= lastUnit) return null;
      // A bare leading 十 means 一十 (十一 = 11); elsewhere the unit needs a digit.
      const factor = digit ?? (u === 10 && total === 0 && !afterZero ? 1 : null);
      if (factor === null) return null;
      total += factor * u;
      lastUnit = u;
      digit = null;
      afterZero = false;
    } else {
      return null;
    }
  }
  if (afterZero) return null; // trailing 零: 一百零
  if (digit !== null) {
    // 两 is only used before a unit; a bare ones digit after 百/千 needs 零 (一百零五).
    if (digitChar === '两') return null;
    if (lastUnit !== Infinity && lastUnit > 10 && !isAfterZeroGap(s)) return null;
    total += digit;
  }
  return total;
}

/** True when the final digit of s is preceded by 零/〇 (一百零五), i.e. it is the ones place. */
function isAfterZeroGap(s: string): boolean {
  const chars = Array.from(s);
  const before = chars[chars.length - 2];
  return before === '零' || before === '〇';
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNIT_CHARS = ['千', '百', '十', ''] as const;

/** Standard form of 1..9999: 十, 十一, 二十, 一百零五, 一百一十, 一千零一十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`toChineseNumeral: ${n} is outside 1..9999`);
  }
  // 10..19 drop the leading 一 (十一), but 110 keeps it (一百一十).
  if (n < 20) return n < 10 ? DIGIT_CHARS[n]! : `十${n === 10 ? '' : DIGIT_CHARS[n - 10]!}`;
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let pendingZero = false;
  places.forEach((d, i) => {
    if (d === 0) {
      if (out !== '') pendingZero = true; // one 零 stands for any run of empty places
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGIT_CHARS[d]! + UNIT_CHARS[i]!;
  });
  return out;
}
