// The seed explainer (SEED_EXPLAINER) on the site is its source, every character in
// order: the built chapter pages, read in chapter order, give back the seed text after
// the website chrome (first two lines), normalised by the one shared function.
// The seed is EXPLAINER_SOURCE (default ../shared/source/article.txt). Other explainers
// have their own sources; this test knows only the seed's.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedExplainerSourcePath } from '../../src/node/paths';
import { normalizeTypography } from '../../src/shared/text/normalize';
import { SEED_EXPLAINER } from '../../src/shared/site/constants';
import { explainerChapterUrl, explainerUrl } from '../../src/shared/site/urls';
import { assertBuilt, htmlPages, loadPage, sourceLines } from '../support/dist';

const SEED = seedExplainerSourcePath();
const CHROME_LINES = 2;

function seedLines(): string[] {
  return readFileSync(SEED, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(CHROME_LINES)
    .map(normalizeTypography);
}

function chapterPaths(): string[] {
  const index = loadPage(explainerUrl(SEED_EXPLAINER));
  return Array.from(index.querySelectorAll('#chapter-list a')).map((a) => a.getAttribute('href') ?? '');
}

describe('seed explainer fidelity', () => {
  beforeAll(assertBuilt);

  it('lists six chapters in order and builds each', () => {
    const paths = chapterPaths();
    expect(paths).toEqual(['daoyan', 'yi', 'er', 'san', 'si', 'jieyu'].map((c) => explainerChapterUrl(SEED_EXPLAINER, c)));
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
    const doc = loadPage(explainerChapterUrl(SEED_EXPLAINER, 'si'));
    for (const id of ['si-1', 'si-2', 'si-3']) {
      expect(doc.getElementById(id)?.textContent).toMatch(/^（[一二三]）/);
    }
  });
});
