// Dev helper: prints our ranked results with scores for some queries.
// Usage: node scripts/dev/search-debug.ts 三会一课 第30条   (after npm run build)
import { launchChromium } from '../../tests/support/chromium.ts';
import { startServer } from '../serve/static-server.ts';
const server = await startServer({ root: 'dist', port: 0 });
const ctx = await launchChromium();
const page = await ctx.newPage();
for (const q of process.argv.slice(2)) {
  await page.goto(server.url + '/search/?q=' + encodeURIComponent(q));
  await page.waitForFunction(() => {
    const t = document.querySelector('[data-search-part="status"]')?.textContent ?? '';
    return t && !t.includes('正在');
  });
  const out = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-search-part="results"] > li'))
      .slice(0, 6)
      .map(
        (li) =>
          li.dataset.score +
          ' ' +
          li.querySelector('a')?.getAttribute('href') +
          ' ' +
          li.querySelector('a')?.textContent +
          ' | ' +
          li.querySelector('.search-result__excerpt')?.textContent?.slice(0, 50),
      ),
  );
  console.log(q);
  for (const i of out) console.log('   ', i);
}
await ctx.close();
await server.close();
