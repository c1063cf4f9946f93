// `npm run test:nginx`: the built site on Debian's nginx with the shipped deploy/nginx.conf.
//   1. plain-HTTP tests of nginx (tests/nginx/): status codes, headers, types, gzip, cache,
//      and the same answers as the Node server;
//   2. the browser tests (tests/e2e/) against nginx, through E2E_BASE_URL.
// Arguments name a subset of the browser tests (e.g. `security site`); by default all of
// them run: every page type, search (Pagefind and its WebAssembly), the self-assessment
// and the offline copy (the service worker precaching from nginx).
// Needs `npm run build` first, and `apt-get install -y nginx chromium fonts-noto-cjk`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from './nginx.ts';

const E2E_FILES = ['security', 'site', 'search', 'assessment', 'offline'];

if (!existsSync('dist/index.html')) {
  console.error('找不到 dist/index.html：请先运行 npm run build。');
  process.exit(1);
}

const names = process.argv.slice(2);
for (const name of names) {
  if (!existsSync(`tests/e2e/${name}.test.ts`)) {
    console.error(`没有浏览器测试 tests/e2e/${name}.test.ts（可选：${E2E_FILES.join('、')}）。`);
    process.exit(1);
  }
}
const files = (names.length ? names : E2E_FILES).map((n) => `tests/e2e/${n}.test.ts`);

function vitest(args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const bin = join('node_modules', '.bin', 'vitest');
    const child = spawn(existsSync(bin) ? bin : 'vitest', ['run', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

console.log('\n=== nginx：HTTP 测试 (tests/nginx) ===');
const httpCode = await vitest(['--project', 'nginx']);
if (httpCode !== 0) process.exit(httpCode);

console.log(`\n=== nginx：浏览器测试 (${files.join(' ')}) ===`);
const nginx = await startNginx({ root: 'dist' });
console.log(`nginx 已在 ${nginx.url}/ 提供 dist/（配置：deploy/nginx.conf）`);
let code: number;
try {
  code = await vitest(['--project', 'e2e', ...files], { E2E_BASE_URL: nginx.url });
} finally {
  await nginx.stop();
}
process.exit(code);
