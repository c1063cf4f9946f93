// Dev helper: screenshots of built pages, to look at what readers see.
// Usage: node scripts/dev/screenshot.ts /explainers/xiehui-shanghui-dangjian/si/ [/regulations/ …]  → /tmp/shot-*.png
import { launchChromium } from '../../tests/support/chromium.ts';
import { startServer } from '../serve/static-server.ts';

const server = await startServer({ port: 0 });
const context = await launchChromium({
  viewport: { width: Number(process.env.W ?? 1280), height: Number(process.env.H ?? 900) },
  colorScheme: process.env.DARK ? 'dark' : 'light',
});
const page = await context.newPage();
for (const [i, path] of process.argv.slice(2).entries()) {
  await page.goto(server.url + path);
  const file = `/tmp/shot-${i}.png`;
  await page.screenshot({ path: file, fullPage: !!process.env.FULL });
  console.log(file, path);
}
await context.close();
await server.close();
