// Each page's CSS (its linked stylesheets and inline styles) carries the styles of the
// features it shows and none of the others': global.css holds only tokens, base, layout and
// print; the rest comes with the pages that use it (issue #21).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, htmlPages, loadPage } from '../support/dist';

assertBuilt();

/** A feature's styles, known by class names only its own stylesheet defines. */
const FEATURES = {
  search: ['search-form', 'search-result'],
  assessment: ['question', 'gauge', 'finding', 'assessment-result'],
  requirements: ['req-filter', 'requirement__facts'],
  norms: ['norm-quote', 'levels-legend'],
  notes: ['cite-note', 'cite__mark', 'term-note'],
  regulation: ['reg-para', 'reg-cite', 'reg-meta', 'reg-provenance'],
} as const;
type Feature = keyof typeof FEATURES;

/** All CSS a page loads, comments removed. */
function pageCss(path: string): string {
  const doc = loadPage(path);
  const linked = Array.from(doc.querySelectorAll('link[rel="stylesheet"]')).map((link) => {
    const file = join(DIST, link.getAttribute('href') ?? '');
    if (!existsSync(file)) throw new Error(`${path} 引用的样式表不存在：${link.getAttribute('href')}`);
    return readFileSync(file, 'utf8');
  });
  const inline = Array.from(doc.querySelectorAll('style')).map((style) => style.textContent ?? '');
  return [...linked, ...inline].join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
}

/** The features whose class names appear in a selector of `css`. */
function featuresIn(css: string): Feature[] {
  const has = (name: string): boolean => new RegExp(`\\.${name}(?![\\w-])`).test(css);
  return (Object.keys(FEATURES) as Feature[]).filter((f) => FEATURES[f].some(has));
}

const pages = htmlPages();
const explainerChapters = pages.filter((p) => /^\/explainers\/[^/]+\/[^/]+\/$/.test(p));
const regulationPages = pages.filter((p) => /^\/regulations\/[^/]+\//.test(p));
const otherReading = pages.filter((p) => p === '/' || p === '/404.html' || /^\/(glossary|regulations|explainers(\/[^/]+)?)\/$/.test(p));

describe('CSS per page', () => {
  it('finds the pages of each kind', () => {
    expect(explainerChapters.length).toBeGreaterThan(3);
    expect(regulationPages.length).toBeGreaterThan(10);
    expect(otherReading).toContain('/glossary/');
  });

  it.each(explainerChapters)('%s: the notes only', (path) => {
    expect(featuresIn(pageCss(path))).toEqual(['notes']);
  });

  it.each(regulationPages)('%s: the regulation text only', (path) => {
    expect(featuresIn(pageCss(path))).toEqual(['regulation']);
  });

  it.each(otherReading)('%s: no feature styles', (path) => {
    expect(featuresIn(pageCss(path))).toEqual([]);
  });

  it.each([
    ['/search/', ['search']],
    ['/assessment/', ['assessment', 'norms']],
    ['/requirements/', ['requirements', 'norms']],
    ['/assessment/overview/', []],
    ['/assessment/plan/', []],
  ])('%s: %j', (path, features) => {
    expect(featuresIn(pageCss(path))).toEqual(features);
  });
});
