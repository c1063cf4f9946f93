import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleChapterSchema, glossaryTermSchema, regulationNoteSchema } from '../../../../src/lib/content/schemas';

const valid = {
  title: '导言',
  order: 1,
  articleTitle: '加强行业协会商会党的建设工作',
  sourceSite: '某网站',
  published: '2023-06-18',
  originalSource: '学习强国',
};

describe('article chapter schema', () => {
  it('accepts a complete chapter and parses the date', () => {
    const parsed = articleChapterSchema.parse(valid);
    expect(parsed.published.toISOString().slice(0, 10)).toBe('2023-06-18');
  });

  it.each([
    ['order', { ...valid, order: '第二' }],
    ['order', { ...valid, order: 0 }],
    ['published', { ...valid, published: '不是日期' }],
    ['title', { ...valid, title: '' }],
    ['originalSource', { ...valid, originalSource: undefined }],
  ])('rejects a bad %s', (field, data) => {
    const result = articleChapterSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('accepts every committed chapter front matter', () => {
    const dir = join(process.cwd(), 'content/article');
    for (const f of readdirSync(dir)) {
      const fm = readFileSync(join(dir, f), 'utf8').split('---')[1] ?? '';
      const data = Object.fromEntries(
        fm.trim().split('\n').map((l) => {
          const [k, ...v] = l.split(': ');
          const value = v.join(': ');
          return [k, /^\d+$/.test(value) ? Number(value) : value];
        }),
      );
      expect(articleChapterSchema.safeParse(data).success, f).toBe(true);
    }
  });
});

describe('glossary and regulation note schemas', () => {
  it('requires a URL-safe id and at least one match string', () => {
    expect(glossaryTermSchema.safeParse({ id: '三会一课', term: 'x', match: ['x'], definition: 'y' }).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ id: 'a-b', term: 'x', match: [], definition: 'y' }).success).toBe(false);
    expect(glossaryTermSchema.parse({ id: 'a-b', term: 'x', match: ['x'], definition: 'y' }).see).toEqual([]);
  });

  it('only allows known statuses', () => {
    expect(regulationNoteSchema.safeParse({ shortTitle: 'a', issuer: 'b', status: '有效' }).success).toBe(false);
    expect(regulationNoteSchema.parse({ shortTitle: 'a', issuer: 'b', status: '试行' }).order).toBe(100);
  });
});
