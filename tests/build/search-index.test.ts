// The Pagefind index: Chinese (zh-cn) segmentation, content pages only, and none
// of the navigation, tables of contents or tools we add around the texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST } from '../support/dist';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
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
      expect(f.url, f.url).toMatch(/^\/(article\/[a-z]+|regulations\/[a-z0-9-]+\/[a-z0-9-]+|glossary|requirements)\/$/);
      expect(f.filters['文档类型']?.length, f.url).toBe(1);
      expect(f.filters['文件']?.length, f.url).toBe(1);
      expect(f.meta['title'], f.url).toBeTruthy();
      expect(f.meta['document'], f.url).toBeTruthy();
    }
  });

  it('leaves navigation, tables of contents and our tools out of the text', () => {
    for (const f of fragments()) {
      for (const chrome of ['跳到正文', '主导航', '解读目录', '复制链接', '本站引用', '上一章', '下一章', '原文暂未收录', '行业协会商会党建知识站']) {
        expect(f.content, `${f.url} contains ${chrome}`).not.toContain(chrome);
      }
    }
  });
});
