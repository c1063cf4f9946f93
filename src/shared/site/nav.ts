import { overviewUrl } from './urls';

/** Header navigation and the helpers that decide which section is current. */

export interface NavItem {
  href: string;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/explainers/', label: '解读' },
  { href: '/regulations/', label: '法规' },
  { href: '/assessment/', label: '自评' },
  { href: overviewUrl(), label: '自评汇总' },
  { href: '/requirements/', label: '要求速查' },
  { href: '/glossary/', label: '术语' },
  { href: '/search/', label: '搜索' },
];

/** The nav item whose section contains `pathname`, if any (the home page has none): the most specific one, so 自评汇总 wins over 自评. */
export function currentSection(pathname: string): NavItem | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const within = NAV_ITEMS.filter((item) => path.startsWith(item.href));
  return within.sort((a, b) => b.href.length - a.href.length)[0];
}

export interface Neighbours<T> {
  prev: T | undefined;
  next: T | undefined;
}

/** Previous and next entries around the one matching `isCurrent`, for chapter pagers. */
export function neighbours<T>(items: readonly T[], isCurrent: (item: T) => boolean): Neighbours<T> {
  const index = items.findIndex(isCurrent);
  if (index < 0) return { prev: undefined, next: undefined };
  return { prev: items[index - 1], next: items[index + 1] };
}

export interface Crumb {
  href?: string;
  label: string;
}
