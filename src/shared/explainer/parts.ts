/**
 * A note may cite part of an article: a 款 (paragraph) or a 项 (numbered item), named as
 * the texts name them: 第二款, 第（六）项. The note shows that part and folds the rest
 * of the article around it; the link still goes to the whole article.
 */
import { parseChineseNumeral } from '../regulations/numerals';

const KUAN = /^第([一二三四五六七八九十]+)款$/;
const XIANG = /^第（([一二三四五六七八九十]+)）项$/;
const ITEM_LINE = /^（[一二三四五六七八九十]+）/;

/** True when `part` names a 款 or 项 in the way this site writes them. */
export const isPart = (part: string): boolean => KUAN.test(part) || XIANG.test(part);

/**
 * The indexes of the article's lines (articleTextLines: a line per paragraph) that make
 * up `part`: the item's line for a 项; for a 款, its opening line and the items under it.
 * Throws when the article has no such part, so a wrong citation fails the build.
 */
export function partLines(lines: readonly string[], part: string): number[] {
  const xiang = XIANG.exec(part);
  if (xiang) {
    const i = lines.findIndex((l) => l.startsWith(`（${xiang[1]}）`));
    if (i < 0) throw new Error(`条文中没有${part}`);
    return [i];
  }
  const kuan = KUAN.exec(part);
  const n = kuan ? parseChineseNumeral(kuan[1]!) : null;
  if (n === null) throw new Error(`无法识别的款项：${part}（应写作“第二款”或“第（六）项”）`);
  // Every line that is not an item opens a 款; items belong to the 款 above them.
  let k = 0;
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (!ITEM_LINE.test(l) || i === 0) k++;
    if (k === n) out.push(i);
  });
  if (out.length === 0) throw new Error(`条文中没有${part}`);
  return out;
}
