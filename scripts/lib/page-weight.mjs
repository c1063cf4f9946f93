// What a built page costs a reader: its HTML, the CSS and JavaScript it loads
// (following static imports and island component/renderer URLs), all gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (text) => gzipSync(typeof text === 'string' ? Buffer.from(text) : text, { level: 9 }).length;

function distFile(dist, url) {
  const file = join(dist, url.split('?')[0].split('#')[0]);
  return existsSync(file) ? file : undefined;
}

/** A JS module and every module it imports statically (deduplicated). */
function moduleClosure(dist, url, seen) {
  if (seen.has(url)) return;
  const file = distFile(dist, url);
  if (!file) return;
  seen.add(url);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) {
    const spec = m[1];
    const next = spec.startsWith('/') ? spec : new URL(spec, `http://x${url}`).pathname;
    moduleClosure(dist, next, seen);
  }
}

export function pageWeight(dist, html) {
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
  const entries = new Set([
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
    // Static imports inside inline module scripts (Astro inlines small ones).
    ...inlineScripts.flatMap((s) => [...s.matchAll(/from\s*["'](\/[^"']+)["']|import\s*["'](\/[^"']+)["']/g)].map((m) => m[1] ?? m[2])),
  ]);
  const modules = new Set();
  for (const url of entries) if (url.startsWith('/')) moduleClosure(dist, url, modules);
  const jsExternal = [...modules].reduce((n, url) => n + gz(readFileSync(distFile(dist, url))), 0);
  const jsInline = inlineScripts.reduce((n, s) => n + gz(s), 0);
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map((m) => m[1] ?? m[2]);
  const cssInline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const css = cssFiles.reduce((n, url) => n + (distFile(dist, url) ? gz(readFileSync(distFile(dist, url))) : 0), 0) + cssInline.reduce((n, s) => n + gz(s), 0);
  const hasIsland = /<astro-island/.test(html);
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { html: gz(html), text: gz(text), js: jsExternal + jsInline, jsModules: [...modules], css, hasIsland };
}
