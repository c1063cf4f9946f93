/** Helpers for tests that read the built site in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { htmlFiles, pageAddress } from '../../scripts/deploy/dist-pages.ts';

export const DIST = resolve(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ 不存在：请先运行 npm run build（npm test 会自动构建）。');
  }
}

/** Every HTML file in dist/, as site paths like "/glossary/". */
export function htmlPages(): string[] {
  return htmlFiles(DIST)
    .map((file) => pageAddress(DIST, file))
    .sort();
}

/** The file of a site path in `dist` (the working tree's by default, or a fixture's). */
export function pageFile(path: string, dist: string = DIST): string {
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

export function readPage(path: string): string {
  return readFileSync(pageFile(path), 'utf8');
}

/** Parses the built pages of `dist` into DOMs (no scripts run), each page once. */
export function pageLoader(dist: string): (path: string) => Document {
  const cache = new Map<string, Document>();
  return (path) => {
    const hit = cache.get(path);
    if (hit) return hit;
    const window = new Window({
      settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
    });
    const document = new window.DOMParser().parseFromString(readFileSync(pageFile(path, dist), 'utf8'), 'text/html') as unknown as Document;
    cache.set(path, document);
    return document;
  };
}

/** A page of the working tree's dist/ as a DOM. */
export const loadPage: (path: string) => Document = pageLoader(DIST);

/** Text of an element without the parts we add to source text (marked data-ui). */
export function sourceText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const ui of Array.from(clone.querySelectorAll('[data-ui]'))) ui.remove();
  return clone.textContent ?? '';
}

/**
 * Joins the text of all elements carrying `attr` (data-para / data-line), grouped
 * by its value in document order: one string per source line.
 */
export function sourceLines(doc: Document, attr: string): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  for (const el of Array.from(doc.querySelectorAll(`[${attr}]`))) {
    // Nested marked elements are counted by their outermost marked ancestor only.
    if (el.parentElement?.closest(`[${attr}]`)) continue;
    const key = el.getAttribute(attr) ?? '';
    const text = sourceText(el);
    const last = out[out.length - 1];
    if (last && last.key === key) last.text += text;
    else out.push({ key, text });
  }
  return out;
}
