// Writes the web app manifest's icons (public/icons/*.png) from public/favicon.svg:
// 192 and 512 px "any" icons, a 512 px maskable one (the glyph inside the central
// safe zone, the background filling the square) and the 180 px apple-touch-icon.
// Run by hand after changing the SVG; needs Debian's fonts-noto-cjk for the 党 glyph.
// Usage: node scripts/dev/make-app-icons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('public/favicon.svg', 'utf8');
/** The same mark on a full square, the glyph scaled to the maskable safe zone (80 %). */
const maskable = svg
  .replace(/<rect [^>]*\/>/, '<rect width="32" height="32" fill="#a8201a"/>')
  .replace('<text ', '<text transform="translate(3.2 3.2) scale(0.8)" ');

const render = (source: string, size: number): Promise<Buffer> =>
  sharp(Buffer.from(source), { density: 72 * (size / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();

const icons: [string, string, number][] = [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', maskable, 512],
  ['apple-touch-icon.png', maskable, 180],
];
for (const [name, source, size] of icons) {
  const png = await render(source, size);
  writeFileSync(`public/icons/${name}`, png);
  console.log(`public/icons/${name}：${png.length} 字节`);
}
