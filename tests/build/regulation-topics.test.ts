// 条旨 (issue #20): our topic label for every article, from content/regulations/<slug>.topics.yaml.
// On the built site: beside each article heading, in the chapter's contents and on the full-text
// page, marked as ours (data-ui, data-editorial, "本站所加条旨，非原文"), never in 复制条文, and in
// the search index. SLOW part: one scratch build with a label for an article that does not exist,
// which must fail naming the file (explicit, generous timeout; a few minutes on two slow cores).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../support/scratch-project.ts';
import { getCorpus, regulationsDir } from '../../src/node/regulations/corpus';
import { articleNumbers, topicsFile } from '../../src/shared/regulations/topics';
import { regulationChapterUrl, regulationFullTextUrl } from '../../src/shared/site/urls';
import { assertBuilt, DIST, loadPage } from '../support/dist';

const ROOT = process.cwd();
const BUILD_TIMEOUT = 600_000;
const corpus = getCorpus();
const withTopics = corpus.filter((d) => existsSync(join(ROOT, topicsFile(d.slug))));
const labelsOf = (slug: string): Map<number, string> =>
  new Map(
    Object.entries(parse(readFileSync(join(ROOT, topicsFile(slug)), 'utf8')) as Record<string, string>).map(([k, v]) => [Number(k), v]),
  );

function fragmentContent(url: string): string | undefined {
  const dir = join(DIST, 'pagefind/fragment');
  for (const f of readdirSync(dir)) {
    const raw = JSON.parse(
      gunzipSync(readFileSync(join(dir, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '')
        .replace(/\u200b/g, ''),
    ) as {
      url: string;
      content: string;
    };
    if (raw.url === url) return raw.content;
  }
  return undefined;
}

beforeAll(assertBuilt);

describe('条旨 on the built site', () => {
  it('has a 条旨 file for every regulation, with a label for every article', () => {
    expect(withTopics.map((d) => d.slug).sort()).toEqual(corpus.map((d) => d.slug).sort());
    for (const doc of withTopics) expect([...labelsOf(doc.slug).keys()], doc.slug).toEqual(articleNumbers(doc));
  });

  for (const doc of withTopics) {
    it(`${doc.slug}: shows each label beside its article heading, marked as ours, in the contents and outline`, () => {
      const labels = labelsOf(doc.slug);
      for (const chapter of doc.chapters.filter((c) => c.articleRange)) {
        const page = loadPage(regulationChapterUrl(doc.slug, chapter.key));
        const numbers = chapter.blocks.flatMap((b) => (b.kind === 'article' ? [b.article.number] : []));
        for (const n of numbers) {
          const lead = page.getElementById(`art-${n}`)?.closest('.reg-article__lead');
          const topic = lead?.querySelector('.reg-topic');
          expect(topic?.hasAttribute('data-ui'), `${doc.slug} ${n}`).toBe(true);
          expect(topic?.hasAttribute('data-editorial')).toBe(true);
          expect(topic?.getAttribute('data-pagefind-weight')).toBe('0.5');
          expect(topic?.textContent).toBe(`【${labels.get(n)}】（本站所加条旨，非原文）`);
          // 复制条文 copies the text only.
          expect(lead?.closest('.reg-article')?.querySelector('[data-cite-text]')?.textContent).not.toContain('【');
        }
        const contents = Array.from(page.querySelectorAll('nav[aria-label="章节目录"] [aria-current="page"] + ol a')).map(
          (a) => a.textContent,
        );
        expect(contents).toEqual(numbers.map((n) => expect.stringContaining(`【${labels.get(n)}】`)));
        expect(page.querySelector('.reg-topics-note')?.textContent).toContain('本站所加的条旨');
        const indexed = fragmentContent(regulationChapterUrl(doc.slug, chapter.key));
        expect(indexed).toContain(`【${labels.get(numbers[0]!)}】`);
        expect(indexed).not.toContain('本站所加条旨，非原文');
      }
      const full = loadPage(regulationFullTextUrl(doc.slug));
      expect(Array.from(full.querySelectorAll('.reg-topic')).length).toBe(labels.size);
    });
  }
});

describe('条旨 files in a scratch build: a label for a missing article, and no file at all', () => {
  let dir = '';
  let broken = { status: null as number | null, output: '' };
  let without = { status: null as number | null, output: '' };
  const slug = 'branch-work-regulations';
  const build = (): { status: number | null; output: string } => {
    const r = spawnSync(join(ROOT, 'node_modules/.bin', 'astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, REGULATIONS_DIR: resolve(regulationsDir()), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      timeout: BUILD_TIMEOUT / 2,
    });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  };
  beforeAll(() => {
    dir = scratchProject(ROOT, 'xhdj-topics-');
    const file = join(dir, topicsFile(slug));
    writeFileSync(file, `${readFileSync(file, 'utf8')}999: 不存在的条\n`);
    broken = build();
    rmSync(file);
    without = build();
  }, BUILD_TIMEOUT);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fails the build naming the file and the article', () => {
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(`${slug}.topics.yaml`);
    expect(broken.output).toContain('第999条');
  });

  it('without the file, that regulation shows no 条旨 and no note, and the others keep theirs', () => {
    expect(without.status, without.output.slice(-3000)).toBe(0);
    const html = (path: string): string => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
    const page = html(regulationChapterUrl(slug, 'ch-4'));
    expect(page).toContain('id="art-11"');
    expect(page).not.toMatch(/class="reg-topic/);
    expect(page).not.toContain('本站所加');
    expect(html(regulationFullTextUrl(slug))).not.toMatch(/class="reg-topic/);
    expect(html(regulationChapterUrl('party-constitution', 'ch-5'))).toContain('【基层组织的设立】');
  });
});
