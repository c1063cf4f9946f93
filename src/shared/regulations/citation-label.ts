/** How the site names an article it cites. Light on purpose: the islands import it. */
import { toChineseNumeral } from './numerals.ts';

/**
 * 《title》第N条, plus a 款/项 detail ('第二款', '第（三）项'); `title` is without
 * book-title marks. `label` replaces 第N条 where the text prints its own label.
 */
export function articleCitationLabel(title: string, article: number | string, detail = ''): string {
  const label = typeof article === 'number' ? `第${toChineseNumeral(article)}条` : article;
  return `《${title}》${label}${detail}`;
}
