import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { startServer } from '../static-server.mjs';
const server = await startServer({ root: 'dist', port: 0 });
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pf-'), { executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await ctx.newPage();
for (const q of process.argv.slice(2)) {
  await page.goto(server.url + '/search/?q=' + encodeURIComponent(q));
  await page.waitForFunction(() => !document.querySelector('#search-status')?.textContent?.includes('正在'), null, { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(300);
  const out = await page.evaluate(() => ({ status: document.querySelector('#search-status')?.textContent, items: Array.from(document.querySelectorAll('#search-results li')).slice(0, 3).map((li) => li.querySelector('a')?.getAttribute('href') + ' | ' + li.querySelector('.search-result__excerpt')?.textContent?.slice(0, 60)) }));
  console.log(q, '→', out.status); for (const i of out.items) console.log('   ', i);
}
await ctx.close(); await server.close();
