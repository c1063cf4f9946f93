// The Pagefind index: Chinese (zh-cn) segmentation, content pages only, and none
// of the navigation, tables of contents or tools we add around the texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { NORMS } from '../../src/shared/assessment/norms';
import { groupSameRequirement } from '../../src/shared/requirements/filters';
import { splitIntoUnits, type PageAnchor, type PageRecord } from '../../src/shared/search/units';
import { assertBuilt, DIST } from '../support/dist';
import { SEARCH_KEYS } from '../../src/shared/site/constants';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: PageAnchor[];
}

/** A fragment as the search page hands it to the ranking. */
function record(f: Fragment, rank = 0): PageRecord {
  return {
    url: f.url,
    content: f.content,
    meta: f.meta,
    anchors: f.anchors.map((a) => ({ ...a, text: a.text.replace(/\u200b/g, '') })),
    rank,
  };
}

function fragments(): Fragment[] {
  const dir = join(DIST, 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    // Fragments are "pagefind_dcd" + JSON; word boundaries are marked with U+200B.
    return JSON.parse(raw.replace(/^pagefind_dcd/, '').replace(/\u200b/g, '')) as Fragment;
  });
}

describe('search index', () => {
  beforeAll(assertBuilt);

  it('is built for zh-cn', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
  });

  it('holds only content pages, each with its filters and meta', () => {
    const all = fragments();
    expect(all.length).toBeGreaterThan(20);
    for (const f of all) {
      expect(f.url, f.url).toMatch(
        /^\/(explainers\/[a-z0-9-]+\/[a-z]+|regulations\/[a-z0-9-]+\/[a-z0-9-]+|glossary|requirements|assessment\/overview)\/$/,
      );
      expect(f.filters[SEARCH_KEYS.type]?.length, f.url).toBe(1);
      expect(f.filters[SEARCH_KEYS.document]?.length, f.url).toBe(1);
      expect(f.meta['title'], f.url).toBeTruthy();
      expect(f.meta['document'], f.url).toBeTruthy();
    }
  });

  it('keeps only the anchors the ranking reads (headings, articles): no paragraph carries its text into a fragment', () => {
    const all = fragments();
    for (const f of all) for (const a of f.anchors) expect(a.element, `${f.url}#${a.id}`).toMatch(/^(h[1-6]|article)$/);
    // The explainer's paragraphs have ids on the page (#p-11), not in the index.
    const chapters = all.filter((f) => f.url.startsWith('/explainers/'));
    expect(chapters.length).toBeGreaterThan(0);
    for (const f of chapters)
      expect(
        f.anchors.some((a) => a.id.startsWith('p-')),
        f.url,
      ).toBe(false);
  });

  it('holds 自评汇总 (issue #19): its name and introduction, not the tool itself', () => {
    const overview = fragments().find((f) => f.url === '/assessment/overview/');
    expect(overview?.meta['title']).toBe('自评汇总');
    expect(overview?.filters[SEARCH_KEYS.type]).toEqual(['工具']);
    expect(overview?.content).toContain('汇总');
    expect(overview?.content).toContain('导入');
  });

  it('leaves navigation, tables of contents and our tools out of the text', () => {
    for (const f of fragments()) {
      for (const chrome of [
        '跳到正文',
        '主导航',
        '解读目录',
        '复制链接',
        '本站引用',
        '上一章',
        '下一章',
        '原文暂未收录',
        '行业协会商会党建知识站',
      ]) {
        expect(f.content, `${f.url} contains ${chrome}`).not.toContain(chrome);
      }
    }
  });
});

describe('要求速查 in the search index', () => {
  beforeAll(assertBuilt);

  const page = (): Fragment => {
    const f = fragments().find((x) => x.url === '/requirements/');
    if (!f) throw new Error('/requirements/ is not in the search index');
    return f;
  };

  it('is filtered as its own document type', () => {
    expect(page().filters).toEqual({ 文档类型: ['要求速查'], 文件: ['要求速查'] });
    expect(page().meta['document']).toBe('要求速查');
  });

  it('gives one unit per requirement (norms stating the same one share it), linked to its entry (#req-…) and titled by its topic', () => {
    const units = splitIntoUnits(record(page())).filter((s) => s.anchorId !== undefined);
    const entries = groupSameRequirement(NORMS).map((g) => g[0]!);
    expect(units.map((s) => s.url)).toEqual(entries.map((n) => `/requirements/#req-${n.id}`));
    expect(units.map((s) => s.heading)).toEqual(entries.map((n) => n.topic));
  });

  it('says for every entry which unit of the index it quotes, so ranking can list the entry after it', () => {
    const all = fragments();
    const indexed = new Set(all.filter((f) => f.url !== '/requirements/').flatMap((f) => splitIntoUnits(record(f)).map((s) => s.url)));
    for (const unit of splitIntoUnits(record(page())).filter((s) => s.anchorId !== undefined)) {
      expect(unit.cites, unit.url).toBeDefined();
      expect(indexed.has(unit.cites!), `${unit.url} quotes ${unit.cites}`).toBe(true);
    }
  });

  it('indexes each entry’s topic and requirement, never the clause it quotes or the facts around it', () => {
    const { content } = page();
    for (const n of NORMS) {
      expect(content, n.id).toContain(n.topic);
      expect(content, n.id).toContain(n.requirement);
      // A few requirements restate their clause word for word; the others must not carry it.
      if (!NORMS.some((m) => m.requirement.includes(n.quote))) expect(content, n.id).not.toContain(n.quote);
    }
    for (const fact of ['频次', '约束力', '条文用']) expect(content).not.toContain(fact);
  });
});
