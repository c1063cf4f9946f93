/**
 * Citations name their sources by the titles the corpus files and the seed explainer carry
 * (sourceTitles in src/node/data/regulations.ts); the islands get them in their props. The
 * unit tests' copy (SOURCE_TITLES in tests/support/answers.ts) must agree with them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAINER_SOURCE } from '../../src/shared/assessment/citations';
import { NORMS } from '../../src/shared/assessment/norms';
import { SEED_EXPLAINER } from '../../src/shared/site/constants';
import { loadCorpus } from '../../src/node/regulations/corpus';
import { SOURCE_TITLES } from '../support/answers';
import { assertBuilt, loadPage } from '../support/dist';

const corpus = loadCorpus();
const explainerTitle = /^title:\s*(.+)$/m.exec(
  readFileSync(path.resolve('content/explainers', SEED_EXPLAINER, 'explainer.yaml'), 'utf8'),
)?.[1];
/** What the pages should derive: each corpus file's header title without 《》, and the explainer's. */
const expected: Record<string, string | undefined> = {
  ...Object.fromEntries(corpus.map((d) => [d.slug, d.header.title.replace(/^《|》$/g, '')])),
  [EXPLAINER_SOURCE]: explainerTitle,
};

function islandProps(page: string, island: string): { titles?: Record<string, string> } {
  assertBuilt();
  const el = loadPage(page).querySelector(`[data-island="${island}"]`);
  return JSON.parse(el?.getAttribute('data-props') ?? '{}') as { titles?: Record<string, string> };
}

describe('source titles', () => {
  it("the unit tests' copy agrees with the corpus headers and explainer.yaml", () => {
    expect(explainerTitle).toBeDefined();
    for (const [slug, title] of Object.entries(SOURCE_TITLES)) expect([slug, title]).toEqual([slug, expected[slug]]);
  });

  it.each([
    ['/assessment/', 'assessment'],
    ['/assessment/overview/', 'overview'],
  ])('%s hands its island the titles derived from the corpus', (page, island) => {
    expect(islandProps(page, island).titles).toEqual(expected);
  });

  it('要求速查 names each cited regulation by its header title', () => {
    assertBuilt();
    const text = loadPage('/requirements/').body.textContent ?? '';
    for (const n of NORMS)
      if (n.source.kind === 'regulation') expect(text, n.id).toContain(`《${expected[n.source.slug] ?? n.source.slug}》第`);
  });
});
