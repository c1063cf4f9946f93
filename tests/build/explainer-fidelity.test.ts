// The explainer on the site is the seed article, every character in order:
// the built chapter pages, read in chapter order, give back the seed text after
// the website chrome (first two lines), normalised by the one shared function.
// The seed is ARTICLE_SOURCE (default ../shared/source/article.txt).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSourcePath } from '../../src/lib/regulations/paths';
import { normalizeTypography } from '../../src/lib/text/normalize';
import { assertBuilt, htmlPages, loadPage, sourceLines } from '../support/dist';

const SEED = articleSourcePath();
const CHROME_LINES = 2;

function seedLines(): string[] {
  return readFileSync(SEED, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(CHROME_LINES)
    .map(normalizeTypography);
}

function chapterPaths(): string[] {
  const index = loadPage('/article/');
  return Array.from(index.querySelectorAll('#chapter-list a')).map((a) => a.getAttribute('href') ?? '');
}

describe('explainer article fidelity', () => {
  beforeAll(assertBuilt);

  it('lists six chapters in order and builds each', () => {
    const paths = chapterPaths();
    expect(paths).toEqual(['/article/daoyan/', '/article/yi/', '/article/er/', '/article/san/', '/article/si/', '/article/jieyu/']);
    for (const p of paths) expect(htmlPages()).toContain(p);
  });

  it('shows every seed character, in order, with nothing added', () => {
    const expected = seedLines();
    const shown = chapterPaths().flatMap((p) => sourceLines(loadPage(p), 'data-para'));
    expect(shown.map((s) => Number(s.key))).toEqual(expected.map((_, i) => i + 1));
    let compared = 0;
    let mismatches = 0;
    shown.forEach((s, i) => {
      compared += Array.from(expected[i] ?? '').length;
      if (s.text !== expected[i]) mismatches++;
    });
    console.log(`article.txt: ${compared} characters compared, ${mismatches} mismatching lines`);
    expect(shown.map((s) => s.text)).toEqual(expected);
  });

  it('keeps the website chrome out', () => {
    for (const p of chapterPaths()) {
      const text = loadPage(p).querySelector('main')?.textContent ?? '';
      expect(text).not.toContain('服务热线');
      expect(text).not.toContain('首页 >>');
    }
  });

  it('gives section anchors to 四（一）（二）（三）', () => {
    const doc = loadPage('/article/si/');
    for (const id of ['si-1', 'si-2', 'si-3']) {
      expect(doc.getElementById(id)?.textContent).toMatch(/^（[一二三]）/);
    }
  });
});
