// `npm run dev` picks up an edit to a text in REGULATIONS_DIR without a restart: the
// integration watches the folder, parses the changed file again and rewrites its
// chapters, and the content layer serves them. Runs astro dev in a scratch copy with a
// synthetic corpus (never the real texts), on a free port of 127.0.0.1.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { buildFixture } from '../support/fixture';
import { sampleRules } from '../support/synthetic-regulations';

const fixture = buildFixture('dev');
// Outside the copy, as a corpus is: only the integration watches it, not Vite.
const corpus = mkdtempSync(join(tmpdir(), 'xhdj-dev-corpus-'));
let dev: ChildProcess | undefined;

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

/** The first article's opening words as served, or the page's start: a failure's diff stays short and the server's log readable. */
function opening(html: string): string {
  return html.match(/为了\p{Script=Han}{2}示例协会的议事活动/u)?.[0] ?? html.slice(0, 200);
}

afterAll(() => {
  dev?.kill('SIGTERM');
  fixture.clean();
  rmSync(corpus, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('shows each edit of a regulation text without a restart', async () => {
    const file = join(corpus, 'sample-rules.txt');
    writeFileSync(file, sampleRules('为了规范示例协会的议事活动，制定本规则。'));
    const port = await freePort();
    dev = fixture.startDevServer({ port, regulations: corpus });
    let log = '';
    const keep = (chunk: Buffer): void => void (log += chunk.toString());
    dev.stdout?.on('data', keep);
    dev.stderr?.on('data', keep);
    const url = `http://127.0.0.1:${port}/regulations/sample-rules/ch-1/`;
    expect(opening(await waitFor(url, '为了规范示例协会的议事活动')), `astro dev said:\n${log}`).toBe('为了规范示例协会的议事活动');

    // Saves in quick succession, each as soon as the last one shows: one save once came
    // as two watcher events, and reading between them lost it.
    for (const aim of ['改进', '完善', '加强', '推进', '规范']) {
      const words = `为了${aim}示例协会的议事活动`;
      writeFileSync(file, sampleRules(`${words}，制定本规则。`));
      expect(opening(await waitFor(url, words)), `astro dev said:\n${log}`).toBe(words);
    }
  }, 600_000);
});
