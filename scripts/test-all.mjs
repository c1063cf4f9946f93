// `npm test`: every check, in the order a failure is cheapest to find.
// Type check → unit tests → build → tests on dist/ → size budgets → browser tests.
// Stops at the first failure; ends with one "N passed, N failed" line over all Vitest runs.
import { spawn } from 'node:child_process';

const steps = [
  ['类型检查 (astro check)', ['run', 'check']],
  ['单元测试 (vitest)', ['run', 'test:unit']],
  ['构建 (astro build + pagefind)', ['run', 'build']],
  ['构建产物测试 (dist/)', ['run', 'test:build']],
  ['体积预算 (dist/)', ['run', 'budgets']],
  ['浏览器测试 (Chromium)', ['run', 'test:e2e']],
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Runs `npm …`, echoing its output, and adds up Vitest's "Tests  N passed | M failed" line. */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const echo = (stream, out) =>
      stream.on('data', (chunk) => {
        out.write(chunk);
        tail = (tail + chunk.toString()).slice(-4000);
      });
    echo(child.stdout, process.stdout);
    echo(child.stderr, process.stderr);
    child.on('close', (code) => {
      const line = tail.replace(ANSI, '').split('\n').find((l) => /^\s*Tests\s+\d/.test(l));
      if (line) {
        for (const kind of ['passed', 'failed', 'skipped']) {
          const m = new RegExp(`(\\d+) ${kind}`).exec(line);
          if (m) totals[kind] += Number(m[1]);
        }
      }
      resolve(code ?? 1);
    });
  });
}

const started = Date.now();
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const t = Date.now();
  const code = await run(args);
  if (code !== 0) {
    console.error(`\n✗ 失败：${name}（退出码 ${code}）`);
    console.log(`\n${totals.passed} passed, ${Math.max(1, totals.failed)} failed`);
    process.exit(code);
  }
  console.log(`✓ ${name}：${((Date.now() - t) / 1000).toFixed(1)} 秒`);
}
console.log(`\n全部通过，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
