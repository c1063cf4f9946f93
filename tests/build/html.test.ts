// Every built page is valid HTML, in zh-CN, with the meta a real site needs, and
// loads nothing from another origin.
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, htmlPages, loadPage, readPage } from '../support/dist';

describe('built HTML', () => {
  beforeAll(assertBuilt);

  it('html-validate reports 0 errors', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro emits these forms; they are valid HTML5.
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        'attribute-boolean-style': 'off',
        'no-inline-style': 'off',
        'long-title': 'off',
        // Chinese punctuation inside text is intended.
        'no-raw-characters': 'off',
        'attribute-empty-style': 'off',
        'doctype-style': 'off',
        'script-type': 'off',
        'prefer-native-element': 'off',
        // A group of checkboxes shares one name (type=法规&type=解读), as HTML intends.
        'form-dup-name': ['error', { shared: ['radio', 'checkbox'] }],
      },
    });
    const problems: string[] = [];
    for (const page of htmlPages()) {
      const report = await validator.validateString(readPage(page), page);
      for (const result of report.results) {
        for (const m of result.messages) if (m.severity === 2) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(htmlPages())('%s has lang, title, description, canonical and Open Graph', (page) => {
    const doc = loadPage(page);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(doc.title.length).toBeGreaterThan(0);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(10);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(doc.querySelector('meta[property="og:title"]')).not.toBeNull();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('no page loads a resource from another origin', () => {
    const external: string[] = [];
    for (const page of htmlPages()) {
      const doc = loadPage(page);
      for (const el of Array.from(
        doc.querySelectorAll('script[src], link[href]:not([rel="canonical"]), img[src], iframe, source[src], video[src], audio[src]'),
      )) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(ref)) external.push(`${page}: ${el.tagName} ${ref}`);
      }
      if (/@import\s+url\(\s*['"]?https?:/.test(readPage(page))) external.push(`${page}: CSS @import`);
    }
    expect(external).toEqual([]);
  });

  it('reading pages ship no framework or island JavaScript', () => {
    const reading = htmlPages().filter((p) => /^\/(explainers|article|regulations|glossary)\//.test(p));
    expect(reading.length).toBeGreaterThan(10);
    for (const page of reading) {
      const html = readPage(page);
      expect(html, page).not.toMatch(/<astro-island|\bdata-island=/);
      expect(html, page).not.toMatch(/<script[^>]*\bsrc=/);
      expect(html, page).not.toMatch(/preact/i);
    }
  });
});
