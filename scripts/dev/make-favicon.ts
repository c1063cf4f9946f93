// Writes public/favicon.ico from public/favicon.svg (a 32×32 PNG inside an ICO file).
// Browsers ask for /favicon.ico on pages that declare no icon (robots.txt, feeds), so the
// site serves one instead of a 404. Run by hand after changing the SVG; needs
// Debian's fonts-noto-cjk for the 党 glyph. Usage: node scripts/dev/make-favicon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const SIZE = 32;
const png = await sharp(readFileSync('public/favicon.svg'), { density: 72 * (SIZE / 32) })
  .resize(SIZE, SIZE)
  .png()
  .toBuffer();
const header = Buffer.alloc(6 + 16);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(SIZE, 6); // width
header.writeUInt8(SIZE, 7); // height
header.writeUInt8(0, 8); // no palette
header.writeUInt8(0, 9); // reserved
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png.length, 14); // image size
header.writeUInt32LE(header.length, 18); // image offset
writeFileSync('public/favicon.ico', Buffer.concat([header, png]));
console.log(`public/favicon.ico：${header.length + png.length} 字节`);
