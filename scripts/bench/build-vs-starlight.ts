/**
 * Clean-build time of this site against a Starlight site with the same content,
 * measured in the same run (issue #13). Prints numbers; it is not a test.
 *
 *   node scripts/bench/build-vs-starlight.ts [--runs N]      (npm run bench:build)
 *
 * The peer is generated at bench time in a temp folder (never committed): Starlight 0.42
 * on the same Astro version as ours, with the explainer chapters (content/explainers/<seed>/*.mdx
 * turned into plain Markdown) and every regulation in REGULATIONS_DIR as one Markdown
 * page per chapter (split by our own parser). Starlight builds its Pagefind index itself.
 *
 * Each build is clean (dist/, .astro/ and the Astro and Vite caches in node_modules
 * removed first) and runs under `flock /tmp/heavy.lock`, so no other heavy job on the
 * machine overlaps it; the time is taken inside the lock. Builds alternate ours/peer.
 * Both run `astro build` from their own node_modules, the same command: ours is what
 * `npm run build` runs (Pagefind and the service worker are written inside it), without
 * npm's own start-up, which the peer's measurement does not pay either.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Corpus from '../../src/node/regulations/corpus.ts';
import type { RegulationDoc } from '../../src/shared/regulations/types.ts';
import { SEED_EXPLAINER } from '../../src/shared/site/constants.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const PEER = path.join(tmpdir(), 'xhdj-bench-starlight');
const STARLIGHT = '0.42';
const LOCK = '/tmp/heavy.lock';
/** The project's Node (the `node` devDependency) first, so npm and the builds use it. */
const PATH = `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`;
const ENV = { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1' };

type Site = 'ours' | 'peer';

interface Run {
  site: Site;
  ms: number;
  pages: number;
}

// ---------------------------------------------------------------------------
// One build (child mode, started under the lock by the parent)

/** Everything a clean build must not find: output and the Astro/Vite caches. */
function clean(dir: string): void {
  for (const entry of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}

function countHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) n += countHtml(full);
    else if (entry.name.endsWith('.html')) n++;
  }
  return n;
}

function buildOnce(site: Site): Run {
  const dir = site === 'ours' ? ROOT : PEER;
  clean(dir);
  const [cmd, args] = [path.join(dir, 'node_modules/.bin/astro'), ['build']];
  const start = performance.now();
  const result = spawnSync(cmd, args, { cwd: dir, env: ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error(`${site}: build failed (exit ${result.status})`);
  }
  return { site, ms, pages: countHtml(path.join(dir, 'dist')) };
}

// ---------------------------------------------------------------------------
// The peer project

/** Node resolves relative imports only with their extension; our lib modules omit it. */
function resolveExtensionlessTs(): void {
  registerHooks({
    resolve(specifier, context, next) {
      try {
        return next(specifier, context);
      } catch (error) {
        if (!specifier.startsWith('.') || path.extname(specifier)) throw error;
        return next(`${specifier}.ts`, context);
      }
    },
  });
}

/** Escapes what Markdown would read as structure at the start of a line or inline. */
function md(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-]|\d+[.)])/, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

/** Starlight frontmatter: the page title and, when given, its place in the sidebar. */
const frontmatter = (title: string, order?: number): string =>
  `---\ntitle: ${JSON.stringify(title)}\n${order === undefined ? '' : `sidebar:\n  order: ${order}\n`}---\n\n`;

/** The explainer chapters as plain Markdown: section titles as headings, paragraphs as text. */
function articlePages(): Map<string, string> {
  const dir = path.join(ROOT, 'content/explainers', SEED_EXPLAINER);
  const pages = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const source = readFileSync(path.join(dir, name), 'utf8');
    const title = /^title:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? name;
    const order = Number(/^order:\s*(\d+)$/m.exec(source)?.[1] ?? 0);
    const body: string[] = [];
    for (const m of source.matchAll(/<(P|SectionTitle)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
      const text = md((m[2] ?? '').replace(/<[^>]+>/g, ''));
      body.push(m[1] === 'SectionTitle' ? `## ${text}` : text);
    }
    const slug = name.replace(/^\d+-/, '').replace(/\.mdx$/, '');
    pages.set(`article/${slug}.md`, frontmatter(title, order) + body.join('\n\n') + '\n');
  }
  return pages;
}

/**
 * An overview of the regulations, then every regulation as one page per chapter: 节 and
 * 条 as headings, 款 and 项 as paragraphs, text verbatim.
 */
function regulationPages(corpus: RegulationDoc[]): Map<string, string> {
  const list = corpus.map((doc) => `- [${md(doc.header.title)}](/regulations/${doc.slug}/${doc.chapters[0]?.key ?? ''}/)`);
  const pages = new Map<string, string>([['regulations/index.md', frontmatter('法规原文', 0) + list.join('\n') + '\n']]);
  for (const doc of corpus) {
    doc.chapters.forEach((chapter, index) => {
      const title = chapter.heading ? `${chapter.heading.label} ${chapter.heading.title}`.trim() : '全文';
      const body: string[] = [];
      for (const block of chapter.blocks) {
        if (block.kind === 'heading') body.push(`## ${md(block.heading.text.trim())}`);
        else if (block.kind === 'paragraph') body.push(md(block.paragraph.text));
        else {
          const a = block.article;
          body.push(`### ${a.label}`, md(a.firstText), ...a.paragraphs.map((p) => md(p.text)));
        }
      }
      pages.set(
        `regulations/${doc.slug}/${chapter.key}.md`,
        frontmatter(title, index + 1) + body.filter((t) => t.trim()).join('\n\n') + '\n',
      );
    });
  }
  return pages;
}

function astroVersion(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
}

async function preparePeer(): Promise<void> {
  const packageJson = `${JSON.stringify(
    {
      name: 'xhdj-bench-starlight',
      private: true,
      type: 'module',
      dependencies: { astro: astroVersion(), '@astrojs/starlight': STARLIGHT },
    },
    null,
    2,
  )}\n`;
  mkdirSync(PEER, { recursive: true });
  const pkgFile = path.join(PEER, 'package.json');
  const installed =
    existsSync(pkgFile) && readFileSync(pkgFile, 'utf8') === packageJson && existsSync(path.join(PEER, 'node_modules/.bin/astro'));
  if (!installed) {
    writeFileSync(pkgFile, packageJson);
    console.log(`Installing the peer (Starlight ${STARLIGHT}, Astro ${astroVersion()}) in ${PEER} …`);
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEER, env: ENV, stdio: 'inherit' });
    if (npm.status !== 0) throw new Error('npm install failed in the peer project');
  }
  writeFileSync(
    path.join(PEER, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: '行业协会商会党建知识站',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: [
        { label: '解读', items: [{ autogenerate: { directory: 'article' } }] },
        { label: '法规', items: [{ autogenerate: { directory: 'regulations' } }] },
      ],
    }),
  ],
});
`,
  );
  mkdirSync(path.join(PEER, 'src'), { recursive: true });
  writeFileSync(
    path.join(PEER, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = path.join(PEER, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  resolveExtensionlessTs();
  const { loadCorpus, regulationsDir } = (await import(
    pathToFileURL(path.join(ROOT, 'src/node/regulations/corpus.ts')).href
  )) as typeof Corpus;
  const pages = new Map<string, string>([
    ['index.md', frontmatter('行业协会商会党建知识站') + '解读文章《加强行业协会商会党的建设工作》与相关党内法规原文。\n'],
    ...articlePages(),
    ...regulationPages(loadCorpus(regulationsDir())),
  ]);
  for (const [file, content] of pages) {
    mkdirSync(path.dirname(path.join(docs, file)), { recursive: true });
    writeFileSync(path.join(docs, file), content);
  }
  console.log(`Peer content: ${pages.size} Markdown pages generated from content/explainers/${SEED_EXPLAINER} and ${regulationsDir()}`);
}

// ---------------------------------------------------------------------------
// Parent: alternate the builds and print the table

function underLock(site: Site): Run {
  const child = spawnSync('flock', [LOCK, process.execPath, fileURLToPath(import.meta.url), '--one', site], {
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`${site}: build run failed`);
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Run;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const one = process.argv.indexOf('--one');
  if (one >= 0) {
    const site = process.argv[one + 1] as Site;
    console.log(JSON.stringify(buildOnce(site)));
    return;
  }
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive integer');
  if (!statSync(path.join(ROOT, 'node_modules/.bin/node'), { throwIfNoEntry: false })) throw new Error('run npm ci first');

  await preparePeer();
  const node = spawnSync('node', ['--version'], { env: ENV, encoding: 'utf8' }).stdout.trim();
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}; Node ${node}; Astro ${astroVersion()}; Starlight ${STARLIGHT}; ${runs} clean builds each, alternating, each under flock ${LOCK}`,
  );

  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    for (const site of ['ours', 'peer'] as const) {
      const run = underLock(site);
      results.push(run);
      console.log(`run ${i + 1} ${site === 'ours' ? 'ours (astro build)' : 'Starlight (astro build)'}: ${sec(run.ms)}, ${run.pages} pages`);
    }
  }

  console.log('\n| | run times | min | median | pages |\n| --- | --- | --- | --- | --- |');
  for (const site of ['ours', 'peer'] as const) {
    const mine = results.filter((r) => r.site === site);
    const ms = mine.map((r) => r.ms);
    const label =
      site === 'ours'
        ? '本站 `npm run build`（astro build，含 Pagefind 和 service worker）'
        : `Starlight ${STARLIGHT}（astro build，含 Pagefind）`;
    console.log(`| ${label} | ${ms.map(sec).join(', ')} | ${sec(Math.min(...ms))} | ${sec(median(ms))} | ${mine[0]?.pages ?? 0} |`);
  }
}

await main();
