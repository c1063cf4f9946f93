// Gzip size of the JavaScript the /assessment/ page loads: its module scripts (external
// and inline), the island's component-url and renderer-url, every static import they
// pull in from dist/_astro (dynamic import() is not followed), and the inline classic
// scripts (theme, Astro's island loader). Each file is gzipped on its own (level 9),
// as a server would send it.
// Usage: node scripts/bench-assessment-size.mjs [budget in kB gz, default 15]
// Exits 1 when the total is above the budget, 2 when dist/ is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(process.cwd(), 'dist');
const PAGE = join(DIST, 'assessment', 'index.html');
const budgetKb = Number(process.argv[2] ?? 15);
if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
  console.error(`预算必须是正数（kB）：${process.argv[2]}`);
  process.exit(2);
}
if (!existsSync(PAGE)) {
  console.error('找不到 dist/assessment/index.html：请先运行 npm run build。');
  process.exit(2);
}

const html = readFileSync(PAGE, 'utf8');
const gz = (text) => gzipSync(text, { level: 9 }).length;
const decode = (value) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Static import specifiers of a module: `import … from "x"`, `import "x"`, `export … from "x"`. */
function staticImports(code) {
  const out = [];
  for (const m of code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)) out.push(m[1] ?? m[2]);
  return out;
}

const files = new Map(); // dist path → gzip size
const entries = [];
for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) entries.push(decode(m[1]));
for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
  for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
    const value = new RegExp(`\\b${attr}="([^"]*)"`).exec(m[0])?.[1];
    if (value) entries.push(decode(value));
  }
}

const inline = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  const [, attrs, code] = m;
  if (/\bsrc=/.test(attrs) || code.trim() === '' || /type="(?!module)[^"]*"/.test(attrs)) continue;
  inline.push({ module: /type="module"/.test(attrs), code });
  if (/type="module"/.test(attrs)) for (const spec of staticImports(code)) entries.push(spec);
}

function visit(url, from) {
  if (/^(https?:)?\/\//.test(url)) throw new Error(`外部脚本：${url}`);
  const file = url.startsWith('/') ? join(DIST, url) : resolve(dirname(from), url);
  if (files.has(file)) return;
  if (!existsSync(file)) throw new Error(`页面引用的脚本不存在：${url}`);
  const code = readFileSync(file, 'utf8');
  files.set(file, { raw: Buffer.byteLength(code), gz: gz(code) });
  for (const spec of staticImports(code)) visit(spec, file);
}
for (const url of entries) visit(url, PAGE);

const rows = [...files].map(([file, size]) => ({ name: relative(DIST, file), ...size }));
inline.forEach(({ module, code }, i) =>
  rows.push({ name: `（内联${module ? '模块' : ''}脚本 ${i + 1}）`, raw: Buffer.byteLength(code), gz: gz(code) }),
);
rows.sort((a, b) => b.gz - a.gz);
const kb = (n) => (n / 1024).toFixed(2).padStart(6);
for (const r of rows) console.log(`${kb(r.gz)} kB gz  ${kb(r.raw)} kB  ${r.name}`);
const total = rows.reduce((sum, r) => sum + r.gz, 0);
console.log(`合计：${kb(total).trim()} kB gz（预算 ${budgetKb} kB）`);
if (total > budgetKb * 1024) {
  console.error(`超出预算 ${((total - budgetKb * 1024) / 1024).toFixed(2)} kB。`);
  process.exit(1);
}
