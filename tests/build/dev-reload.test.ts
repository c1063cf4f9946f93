// `npm run dev` picks up an edit to a text in REGULATIONS_DIR without a restart: the
// integration watches the folder, parses the changed file again and rewrites its
// chapters, and the content layer serves them. Runs astro dev in a scratch copy with a
// synthetic corpus (never the real texts), on a free port of 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/free-port.ts';
import { scratchProject } from '../../scripts/lib/scratch-project.ts';

const ROOT = process.cwd();
const project = scratchProject(ROOT, 'xhdj-dev-');
const corpus = mkdtempSync(join(tmpdir(), 'xhdj-dev-corpus-'));
let dev: ChildProcess | undefined;

const text = (first: string): string => `---
title: 《示例协会议事规则》
source: synthetic text written for the dev-reload test
---
示例协会议事规则
第一章　总　则
第一条　${first}
第二条　本规则适用于示例协会的理事会。
`;

/** Fetches `url` until its text contains `needle`, at most `tries` times, a second apart. */
async function waitFor(url: string, needle: string, tries = 90): Promise<string> {
  let last = '';
  for (let i = 0; i < tries; i++) {
    try {
      last = await (await fetch(url)).text();
      if (last.includes(needle)) return last;
    } catch {
      // The server is still starting.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return last;
}

function devEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'),
  );
  return { ...env, NODE_ENV: 'development' };
}

afterAll(() => {
  dev?.kill('SIGTERM');
  rmSync(project, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('shows an edited regulation text without a restart', async () => {
    const file = join(corpus, 'sample-rules.txt');
    writeFileSync(file, text('为了规范示例协会的议事活动，制定本规则。'));
    const port = await freePort();
    dev = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: project,
      // Not the test runner's environment: NODE_ENV=test and VITEST* would change how Vite serves.
      env: { ...devEnvironment(), REGULATIONS_DIR: corpus, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}/regulations/sample-rules/ch-1/`;
    expect(await waitFor(url, '为了规范示例协会的议事活动')).toContain('为了规范示例协会的议事活动');

    writeFileSync(file, text('为了改进示例协会的议事活动，制定本规则。'));
    const after = await waitFor(url, '为了改进示例协会的议事活动');
    expect(after).toContain('为了改进示例协会的议事活动');
    expect(after).not.toContain('为了规范示例协会的议事活动');
  }, 240_000);
});
