/**
 * Marks the entry of the part being read in 目录 and 本页目录 (aria-current="location",
 * styled in global.css): the article on a chapter page, the chapter on the full-text page.
 * On landing at an anchor it is the anchor's part; while scrolling, the part that crosses a
 * line just below the sticky bar. Without JavaScript the :target article is highlighted
 * instead (global.css). Imports nothing, so that it stays inline (see theme-toggle.ts).
 */

const PARTS = '.reg-article, .reg-full__chapter';

export function initCurrentEntry(): void {
  if (!('IntersectionObserver' in window)) return;
  const parts = new Map<Element, HTMLAnchorElement[]>();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"], .outline a[href^="#"]')) {
    const part = document.getElementById(decodeURIComponent(link.hash.slice(1)))?.closest(PARTS);
    if (part) parts.set(part, [...(parts.get(part) ?? []), link]);
  }
  if (parts.size === 0) return;
  // The listed part holding `el`: an article on the full-text page is within its chapter.
  const partOf = (el: Element | null | undefined): Element | undefined => {
    for (let p = el?.closest(PARTS); p; p = p.parentElement?.closest(PARTS)) if (parts.has(p)) return p;
    return undefined;
  };
  const mark = (part: Element | undefined): void => {
    if (!part) return;
    for (const [p, links] of parts)
      for (const link of links) {
        if (p === part) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
  };
  const anchored = (): Element | undefined => partOf(document.getElementById(decodeURIComponent(location.hash.slice(1))));
  mark(anchored());
  addEventListener('hashchange', () => mark(anchored()));
  const line = Math.round((document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 40);
  const observer = new IntersectionObserver(
    (entries) => {
      // At the end of the page the last parts cannot reach the line: the anchor's, if in view, stays marked.
      const held = anchored();
      const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
      if (held && atEnd && held.getBoundingClientRect().top < innerHeight) return mark(held);
      for (const e of entries) if (e.isIntersecting) mark(e.target);
    },
    { rootMargin: `-${line}px 0px -${Math.max(0, innerHeight - line - 1)}px 0px` },
  );
  for (const p of parts.keys()) observer.observe(p);
}
