// What a built page costs a reader: its HTML, the CSS it loads, and its JavaScript in
// three parts, all gzipped (level 9, each file on its own, as a server sends it):
// - enhancements: the inline scripts a page carries (theme, shortcuts, copy link), gzipped
//   together: they travel inside the one HTML file, not as files of their own;
// - script: the external module scripts and everything they import statically, i.e.
//   what loads with the page (on /assessment/ that is the island: Preact included);
// - deferred: modules those load later with import() (on /assessment/ the results
//   module, fetched once the user starts answering).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (text: string | Buffer): number => gzipSync(typeof text === 'string' ? Buffer.from(text) : text, { level: 9 }).length;

const STATIC_IMPORT = /(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]\s*\)/g;

function distFile(dist: string, url: string): string | undefined {
  const file = join(dist, url.split('?')[0]!.split('#')[0]!);
  return existsSync(file) ? file : undefined;
}

const resolveSpec = (spec: string, from: string): string => (spec.startsWith('/') ? spec : new URL(spec, `http://x${from}`).pathname);

/**
 * Walks static imports from `entries`, adding each module URL to `seen` (but skipping
 * those in `skip`), and returns the targets of the import() calls met on the way.
 */
function walk(dist: string, entries: readonly string[], seen: Set<string>, skip: ReadonlySet<string> = new Set()): string[] {
  const dynamic: string[] = [];
  const visit = (url: string): void => {
    if (seen.has(url) || skip.has(url)) return;
    const file = distFile(dist, url);
    if (!file) throw new Error(`页面引用的脚本不存在：${url}`);
    seen.add(url);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolveSpec(m[1]!, url));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) dynamic.push(resolveSpec(m[1]!, url));
  };
  for (const url of entries) visit(url);
  return dynamic;
}

/** One script file of a page and its gzipped size in bytes. */
export interface ScriptFile {
  url: string;
  gz: number;
}

const sizes = (dist: string, urls: Iterable<string>): ScriptFile[] =>
  [...urls].map((url) => ({ url, gz: gz(readFileSync(distFile(dist, url)!)) }));
const sum = (files: readonly ScriptFile[]): number => files.reduce((n, f) => n + f.gz, 0);

/** A page's weight: gzipped sizes in bytes. */
export interface PageWeight {
  html: number;
  text: number;
  /** All JavaScript that loads with the page. */
  js: number;
  enhancements: number;
  script: number;
  scriptFiles: ScriptFile[];
  deferred: number;
  deferredFiles: ScriptFile[];
  css: number;
  /** Interactive islands: ours are marked data-island; Astro's are <astro-island>. */
  hasIsland: boolean;
}

export function pageWeight(dist: string, html: string): PageWeight {
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="(?!module)[^"]*")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((s) => s.trim());
  const entries = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    // Astro's island attributes, should an island ever use client:* again.
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
    // Static imports inside inline module scripts (Astro inlines small ones).
    ...inlineScripts.flatMap((s) => [...s.matchAll(/from\s*["'](\/[^"']+)["']|import\s*["'](\/[^"']+)["']/g)].map((m) => (m[1] ?? m[2])!)),
  ].filter((url) => url.startsWith('/'));
  if (entries.some((url) => !url.startsWith('/_astro/') && !url.startsWith('/pagefind/')))
    throw new Error(`意外的脚本地址：${entries.join(', ')}`);

  const loaded = new Set<string>();
  const deferred = new Set<string>();
  for (let next = walk(dist, entries, loaded); next.length > 0;) next = walk(dist, next, deferred, loaded);

  const scriptFiles = sizes(dist, loaded);
  const deferredFiles = sizes(dist, deferred);
  const enhancements = inlineScripts.length === 0 ? 0 : gz(inlineScripts.join('\n'));
  const script = sum(scriptFiles);

  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
  const cssInline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const css =
    cssFiles.reduce((n, url) => n + (distFile(dist, url) ? gz(readFileSync(distFile(dist, url)!)) : 0), 0) +
    cssInline.reduce((n, s) => n + gz(s), 0);
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    html: gz(html),
    text: gz(text),
    /** All JavaScript that loads with the page. */
    js: enhancements + script,
    enhancements,
    script,
    scriptFiles,
    deferred: sum(deferredFiles),
    deferredFiles,
    css,
    /** Interactive islands: ours are marked data-island; Astro's are <astro-island>. */
    hasIsland: /<astro-island|\bdata-island=/.test(html),
  };
}
