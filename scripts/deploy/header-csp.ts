// The Content-Security-Policy response header for a built site, derived from its pages.
//
// The header is the policy the pages carry in their <meta> tag (astro.config.mjs), plus
// what a meta tag cannot carry: frame-ancestors 'none'. Its script and style hashes are
// only those of the inline elements (external files are covered by 'self'), so it
// changes only when an inline script or style changes. scripts/deploy/deploy-config.ts writes
// it to deploy/headers.json and deploy/nginx.conf; the Node server derives it at start.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { htmlFiles } from './dist-pages.ts';

const decodeEntities = (s: string): string =>
  s
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** One directive of a policy: its name and its sources. */
export type Directive = [name: string, sources: string[]];

/** Parses "a x y; b z" into [["a", ["x", "y"]], ["b", ["z"]]]. */
export function parsePolicy(policy: string): Directive[] {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d): Directive => {
      const [name, ...sources] = d.split(/\s+/);
      return [name!.toLowerCase(), sources];
    });
}

export const serializePolicy = (directives: readonly Directive[]): string =>
  directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * The header policy for the site in `dist`, with the pages' meta policy and the hashes
 * of their inline scripts and styles; undefined when no page carries a meta policy.
 * Throws when pages disagree (one header cannot express two policies) or when the
 * meta policy itself would block an inline element.
 */
export function headerPolicyFromDist(dist: string): string | undefined {
  const metas = new Map<string, string[]>();
  const inline: Record<string, Set<string>> = { 'script-src': new Set(), 'style-src': new Set() };
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    pages++;
    const html = readFileSync(file, 'utf8');
    const meta = /<meta\s+http-equiv=["']content-security-policy["']\s+content=(["'])(.*?)\1/i.exec(html);
    const policy = meta?.[2] ? decodeEntities(meta[2]) : '';
    metas.set(policy, [...(metas.get(policy) ?? []), file]);
    for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1] ?? '';
      if (/\ssrc\s*=/i.test(attrs)) continue;
      const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
      if (type && type !== 'module' && type !== 'text/javascript') continue; // data blocks do not run
      inline['script-src']!.add(sha256(m[2] ?? ''));
    }
    for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)) inline['style-src']!.add(sha256(m[2] ?? ''));
  }
  if (pages === 0 || (metas.size === 1 && metas.has(''))) return undefined;
  if (metas.size !== 1) {
    const kinds = [...metas].map(([p, f]) => `  ${f[0]} 等 ${f.length} 页：${p || '（没有 CSP meta）'}`);
    throw new Error(`页面的 CSP meta 不一致（${metas.size} 种），无法用一个响应头表达：\n${kinds.join('\n')}`);
  }
  const [metaPolicy] = metas.keys();
  const directives = parsePolicy(metaPolicy!).map(([name, sources]): Directive => {
    const hashes = inline[name];
    if (!hashes) return [name, sources];
    for (const h of hashes) {
      if (!sources.includes(h)) throw new Error(`页面 CSP meta 的 ${name} 缺少内联元素的哈希 ${h}：页面本身就会被拦截。`);
    }
    return [name, [...sources.filter((s) => !/^'sha(256|384|512)-/.test(s)), ...[...hashes].sort()]];
  });
  for (const name of Object.keys(inline)) {
    if (inline[name]!.size > 0 && !directives.some(([n]) => n === name))
      throw new Error(`页面的 CSP meta 没有 ${name}，但页面有内联元素。`);
  }
  if (!directives.some(([name]) => name === 'frame-ancestors')) directives.push(['frame-ancestors', ["'none'"]]);
  return serializePolicy(directives);
}
