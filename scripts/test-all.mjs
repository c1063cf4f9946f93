// `npm test`: every check, in the order a failure is cheapest to find.
// Type check → unit tests → build → tests on dist/ → browser tests. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['类型检查 (astro check)', 'npm', ['run', 'check']],
  ['单元测试 (vitest)', 'npm', ['run', 'test:unit']],
  ['构建 (astro build + pagefind)', 'npm', ['run', 'build']],
  ['构建产物测试 (dist/)', 'npm', ['run', 'test:build']],
  ['体积预算 (dist/)', 'npm', ['run', 'budgets']],
  ['浏览器测试 (Chromium)', 'npm', ['run', 'test:e2e']],
];

const started = Date.now();
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const t = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
  if (result.status !== 0) {
    console.error(`\n✗ 失败：${name}（退出码 ${result.status ?? result.signal}）`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name}：${((Date.now() - t) / 1000).toFixed(1)} 秒`);
}
console.log(`\n全部通过，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
