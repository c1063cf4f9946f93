import { describe, expect, it } from 'vitest';
import { currentSection, neighbours, NAV_ITEMS } from '../../../../src/shared/site/nav';
import { pageTitle, SITE_NAME } from '../../../../src/shared/site/meta';
import { regulationArticleUrl, searchUrl } from '../../../../src/shared/site/urls';

describe('currentSection', () => {
  it.each([
    ['/', undefined],
    ['/explainers/', '解读'],
    ['/explainers/some-explainer/si/', '解读'],
    ['/regulations/party-constitution/ch-5/', '法规'],
    ['/regulations', '法规'],
    ['/glossary/', '术语'],
    ['/search/', '搜索'],
    ['/assessment/', '自评'],
    ['/assessment/overview/', '自评汇总'],
    ['/requirements/', '要求速查'],
    ['/explainers-elsewhere/', undefined],
  ])('%s → %s', (path, label) => {
    expect(currentSection(path)?.label).toBe(label);
  });

  it('lists the sections in order', () => {
    expect(NAV_ITEMS.map((i) => i.label)).toEqual(['解读', '法规', '自评', '自评汇总', '要求速查', '术语', '搜索']);
  });
});

describe('neighbours', () => {
  const items = ['a', 'b', 'c'];
  it('finds previous and next', () => {
    expect(neighbours(items, (x) => x === 'b')).toEqual({ prev: 'a', next: 'c' });
    expect(neighbours(items, (x) => x === 'a')).toEqual({ prev: undefined, next: 'b' });
    expect(neighbours(items, (x) => x === 'c')).toEqual({ prev: 'b', next: undefined });
    expect(neighbours(items, (x) => x === 'z')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('titles and URLs', () => {
  it('puts the page title before the site name', () => {
    expect(pageTitle('术语')).toBe(`术语 | ${SITE_NAME}`);
    expect(pageTitle()).toBe(SITE_NAME);
  });

  it('builds stable article links and encoded search links', () => {
    expect(regulationArticleUrl('party-constitution', 'ch-5', 30)).toBe('/regulations/party-constitution/ch-5/#art-30');
    expect(searchUrl('三会一课')).toBe('/search/?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE');
  });
});
