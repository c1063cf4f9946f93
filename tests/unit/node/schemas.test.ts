import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainerChapterSchema, explainerSchema, glossaryTermSchema, regulationNoteSchema } from '../../../src/node/content/schemas';

const valid = {
  title: '加强行业协会商会党的建设工作',
  shortTitle: '加强协会商会党建',
  order: 1,
  published: '2023-06-18',
  source: { site: '某网站', original: '学习强国' },
};

describe('explainer schema', () => {
  it('accepts complete metadata and parses the date', () => {
    const parsed = explainerSchema.parse(valid);
    expect(parsed.published.toISOString().slice(0, 10)).toBe('2023-06-18');
    expect(explainerSchema.safeParse({ ...valid, source: { site: '某网站' } }).success).toBe(true);
  });

  it.each([
    ['order', { ...valid, order: '第二' }],
    ['order', { ...valid, order: 0 }],
    ['published', { ...valid, published: '不是日期' }],
    ['title', { ...valid, title: '' }],
    ['shortTitle', { ...valid, shortTitle: undefined }],
    ['source.site', { ...valid, source: { original: '学习强国' } }],
    ['source.url', { ...valid, source: { site: '某网站', url: '不是网址' } }],
  ])('rejects a bad %s', (field, data) => {
    const result = explainerSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});

describe('explainer chapter schema', () => {
  it.each([
    ['order', { title: '导言', order: 0 }],
    ['title', { title: '', order: 1 }],
    ['headingLine', { title: '导言', order: 1, headingLine: '一' }],
  ])('rejects a bad %s', (field, data) => {
    const result = explainerChapterSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  // explainer.yaml itself is checked by the build (tests/integration/build-variants.test.ts).
  it('accepts every committed chapter front matter, each folder with its explainer.yaml', () => {
    const root = join(process.cwd(), 'content/explainers');
    for (const slug of readdirSync(root)) {
      const files = readdirSync(join(root, slug));
      expect(files, slug).toContain('explainer.yaml');
      for (const f of files.filter((f) => f.endsWith('.mdx'))) {
        const fm = readFileSync(join(root, slug, f), 'utf8').split('---')[1] ?? '';
        const data = Object.fromEntries(
          fm
            .trim()
            .split('\n')
            .map((l) => {
              const [k, ...v] = l.split(': ');
              const value = v.join(': ');
              return [k, /^\d+$/.test(value) ? Number(value) : value];
            }),
        );
        expect(explainerChapterSchema.safeParse(data).success, `${slug}/${f}`).toBe(true);
      }
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
    expect(regulationNoteSchema.safeParse({ shortTitle: 'a', issuer: 'b', status: '试行' }).success).toBe(false);
    expect(regulationNoteSchema.parse({ shortTitle: 'a', issuer: 'b' }).order).toBe(100);
  });
});
