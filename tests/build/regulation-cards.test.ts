// The regulation list shows each text as the version it reproduces: a revised text's
// card names its latest revision (e.g. 社会团体登记管理条例, revised 2016 and 2026).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readPage } from '../support/dist';

const NOTES = path.resolve('content/regulations');
const revised = readdirSync(NOTES)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = readFileSync(path.join(NOTES, f), 'utf8').split('---')[1] ?? '';
    const dates = [...(/^revised:\s*\[(.*)\]/m.exec(front)?.[1] ?? '').matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]);
    return [f.replace(/\.mdx$/, ''), dates.at(-1)] as const;
  })
  .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

describe('regulation list cards', () => {
  beforeAll(assertBuilt);

  it('there is at least one revised text to check', () => {
    expect(revised.length).toBeGreaterThan(0);
  });

  it.each(revised)('%s: the card names the latest revision (%s)', (slug, latest) => {
    const html = readPage('/regulations/');
    const card = new RegExp(`<li class="card">(?:(?!</li>).)*?/regulations/${slug}/(?:(?!</li>).)*</li>`, 's').exec(html)?.[0] ?? '';
    expect(card, slug).not.toBe('');
    expect(card).toContain(latest);
  });
});
