/**
 * Numbers and conditions. A question states a number ("我们有5个正式党员", "半年", "两年");
 * the texts state conditions on numbers ("正式党员7人以上", "不足3人", "不超过1年",
 * "6个月以上"). Reading both into one unit (people, months, days, hours, times) lets a query's
 * number meet the text's condition whatever the spelling: 两年 ↔ 2年, 半年 ↔ 6个月,
 * 一个季度 ↔ 3个月. Pure.
 */
import { parseChineseNumeral } from '../regulations/numerals';

export type QuantityUnit = 'count' | 'month' | 'day' | 'hour' | 'times' | 'age';

export interface Quantity {
  value: number;
  unit: QuantityUnit;
  /** The condition as the question states it (不足3人), when it states one: the same condition in a text is the best answer. */
  stated?: Condition;
}

/** A condition of the text: at least (≥), at most (≤), below (<), above (>) or exactly the value. */
export interface Condition extends Quantity {
  op: 'min' | 'max' | 'below' | 'above' | 'eq';
}

/** Two numerals side by side are a rough number (两三个月, 三五人): read as the larger. */
const ROUGH = ['两三', '三四', '三五', '四五', '五六', '六七', '七八', '八九'];
const NUMBER = `${ROUGH.join('|')}|[0-9]+|[〇零一二两三四五六七八九十百]+|半`;
/** Longest spellings first, so 个月 is not read as 个 and 个工作日 not as 个. */
const UNITS: readonly [string, QuantityUnit, number][] = [
  ['个工作日', 'day', 1],
  ['个季度', 'month', 3],
  ['季度', 'month', 3],
  ['个学时', 'hour', 1],
  ['学时', 'hour', 1],
  ['个小时', 'hour', 1],
  ['小时', 'hour', 1],
  ['个月', 'month', 1],
  ['个星期', 'day', 7],
  ['个礼拜', 'day', 7],
  ['星期', 'day', 7],
  ['礼拜', 'day', 7],
  ['周年', 'month', 12],
  ['周岁', 'age', 1],
  ['岁', 'age', 1],
  ['年', 'month', 12],
  ['天', 'day', 1],
  ['周', 'day', 7],
  ['日', 'day', 1],
  ['人', 'count', 1],
  ['名', 'count', 1],
  ['位', 'count', 1],
  ['家', 'count', 1],
  ['个', 'count', 1],
  ['次', 'times', 1],
];
const UNIT_BY_SPELLING = new Map(UNITS.map(([s, u, f]) => [s, { unit: u, factor: f }]));
const QUANTITY = new RegExp(`(${NUMBER})(${UNITS.map(([s]) => s).join('|')})`, 'g');
const BELOW = /(不足|不够|不满|少于|不到|未满|低于)$/;
const MAX = /(不超过|不得超过|不能超过|最多|最长|以内|不多于)$/;
// 连续N个月 is reached at N consecutive months and holds beyond (连续六个月不参加…: seven do too).
const MIN = /(不少于|不得少于|至少|最少|满|连续|连着)$/;
const ABOVE = /(超过|多于)$/;

function numberOf(s: string): number | null {
  if (s === '半') return 0.5;
  if (ROUGH.includes(s)) return numberOf(s.slice(1));
  if (/^[0-9]+$/.test(s)) return Number(s);
  // 两 is 二 when counting (两年, 两名), which the article-number parser does not read alone.
  return parseChineseNumeral(s.replace(/^两/, '二'));
}

interface Found extends Condition {
  /** The number as written (一年: 1, whose value is 12 months). */
  raw: number;
  at: number;
  length: number;
}

function scan(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const at = m.index;
    if (text[at - 1] === '第' || /[0-9]/.test(text[at - 1] ?? '')) continue;
    const n = numberOf(m[1]!);
    const u = UNIT_BY_SPELLING.get(m[2]!);
    if (n === null || !u) continue;
    // 一年以上, 半年: 年 is 12 months; 半 alone only makes sense with a period (半年, 半个月).
    if (n === 0.5 && u.unit !== 'month') continue;
    const before = text.slice(Math.max(0, at - 5), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 2);
    let op: Condition['op'] = 'eq';
    const word = BELOW.exec(before) ?? MAX.exec(before) ?? MIN.exec(before) ?? ABOVE.exec(before);
    const tail = /^(以上|以下|以内|之内|多)/.exec(after);
    if (BELOW.test(before)) op = 'below';
    else if (MAX.test(before) || /^(以下|以内|之内|内)/.test(after)) op = 'max';
    // A period before an act not done (1年未开展活动, 六个月不参加) is reached at that length and holds beyond.
    else if (MIN.test(before) || /^以上/.test(after) || (/^[未不没]/.test(after) && (u.unit === 'month' || u.unit === 'day'))) op = 'min';
    else if (ABOVE.test(before) || after.startsWith('多')) op = 'above'; // 一年多: more than a year
    // The span of the whole condition, its words included (不足3人, 6个月以上).
    const from = at - (word?.[0].length ?? 0);
    out.push({ value: n * u.factor, unit: u.unit, op, raw: n, at: from, length: at - from + m[0].length + (tail?.[0].length ?? 0) });
  }
  return out;
}

/** Every number with a unit in a text, with the condition its words put on it; 第N条/第N次 are not quantities. */
export function findConditions(text: string): Condition[] {
  return scan(text).map(({ value, unit, op }) => ({ value, unit, op }));
}

/**
 * The numbers of a question ("5个", "两年", "半年"), cut out of its text (each leaves a space).
 * A count of one (一个, 一次, 一年) is left alone: it reads "a" or "per", which the synonym
 * table knows (一年 → 每年), and 一个季度 becomes 季度, found in 每季度; but 一年多 is more than a year,
 * and 不到一年 less than one.
 */
export function findQuantities(typed: string): { quantities: Quantity[]; spellings: string[]; rest: string } {
  // 俩 and 仨 are a numeral and its measure word in one (两个, 三个): 就俩党员 is 2 members.
  // 大半年 (the larger part of a year) is more than half of it, as 半年多 is.
  const text = typed
    .replace(/俩/g, '两个')
    .replace(/仨/g, '三个')
    .replace(/大半(年|个月)/g, '半$1多')
    // 三个多月 is 三个月多 (more than three months), not more than three of something.
    .replace(/个多(月|星期|礼拜|小时|学时|季度|工作日)/g, '个$1多');
  // 一年多 (more than a year), 不到一年, 满一年 and 一年没… are conditions all the same.
  const found = scan(text).filter((f) => f.raw !== 1 || f.op !== 'eq');
  let rest = text;
  for (const f of [...found].reverse()) rest = rest.slice(0, f.at) + ' ' + rest.slice(f.at + f.length);
  // A question's own condition stands for a number just inside it: 不足3人 → 2.5 people, 3人以上 → 3.
  const shift = { below: -0.5, above: 0.5, min: 0, max: 0, eq: 0 } as const;
  return {
    quantities: found.map(({ value, unit, op }) => ({
      value: value + shift[op],
      unit,
      ...(op === 'eq' ? {} : { stated: { value, unit, op } }),
    })),
    spellings: found.map((f) => text.slice(f.at, f.at + f.length)),
    rest,
  };
}

/**
 * A period in days, whatever it was said in (a month as 30 days), so that 三个多礼拜 meets
 * 一个月内 and 45天 does not meet 1个月以内; other numbers as they are.
 */
function inDays<T extends { value: number; unit: QuantityUnit }>(x: T): T {
  return x.unit === 'month' ? { ...x, value: x.value * 30, unit: 'day' } : x;
}

/** Whether a quantity meets a condition. */
export function meets(quantity: Quantity, condition: Condition): boolean {
  const q = inDays(quantity);
  const c = inDays(condition);
  if (q.unit !== c.unit) return false;
  switch (c.op) {
    case 'min':
      return q.value >= c.value;
    case 'max':
      return q.value <= c.value;
    case 'below':
      return q.value < c.value;
    case 'above':
      return q.value > c.value;
    default:
      return q.value === c.value;
  }
}

/**
 * How well a text's conditions answer the query's numbers, per quantity: the very condition the
 * question states (1.5), a condition it meets or states exactly (1), a condition on the same kind
 * of number that it does not meet (0.6: "7人以上" still answers "我们有5个", by saying no),
 * nothing comparable (0).
 */
export function quantityMatch(quantities: readonly Quantity[], conditions: readonly Condition[]): number {
  let total = 0;
  for (const q of quantities) {
    const qDays = inDays(q);
    let best = 0;
    for (const c of conditions) {
      const cDays = inDays(c);
      if (cDays.unit !== qDays.unit) continue;
      const same = q.stated !== undefined && q.stated.op === c.op && q.stated.value === c.value && q.unit === c.unit;
      best = Math.max(best, same ? 1.5 : meets(q, c) || cDays.value === qDays.value ? 1 : 0.6);
    }
    total += best;
  }
  return total;
}

/** How well a sentence's conditions answer the question's numbers (quantityMatch on findConditions). */
export function answerToNumbers(quantities: readonly Quantity[], sentence: string): number {
  return quantityMatch(quantities, findConditions(sentence));
}

/**
 * What question understanding and ranking use of this module. The search page loads it only
 * for a question that may state a number (readsNumbers in understand.ts), so that the first
 * search of a keyword does not download it; understandQuery puts the scorer into the query.
 */
export interface NumberReading {
  findQuantities: typeof findQuantities;
  answerToNumbers: typeof answerToNumbers;
}
