import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { startServer } from '/work/main/scripts/static-server.mjs';
const server = await startServer({ root: '/work/main/dist', port: 0 });
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pf-'), { executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await ctx.newPage();
let bytes = 0;
page.on('response', async (r) => { try { const b = await r.body(); bytes += b.length; } catch {} });
await page.goto(server.url + '/');
const out = await page.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ excerptLength: 40 });
  const r = await pf.search(q);
  const d = await Promise.all(r.results.slice(0, 3).map((x) => x.data()));
  return { count: r.results.length, first: d.map((x) => ({ url: x.url, meta: x.meta, excerpt: x.excerpt, content: x.content.slice(0, 300), sub: x.sub_results.slice(0, 3), wl: x.weighted_locations?.slice(0,3), filters: x.filters })) , unfiltered: r.unfilteredResultCount, filters: await pf.filters() };
}, process.argv[2] ?? '三会一课');
console.log(JSON.stringify(out, null, 1).slice(0, 5000));
await ctx.close(); await server.close();
