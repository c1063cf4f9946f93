/**
 * The list of citable targets (what the assessment page resolves at build time) must
 * hold exactly the citations the rules can emit. Findings cite only through the norm
 * table, so the list is the table's sources; the engine run over generated answers
 * proves that nothing else is emitted and nothing listed is dead.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, parseAnswers } from '../../../../src/shared/assessment';
import { CITABLE_ARTICLES, CITABLE_SECTIONS, citableCitations, citationKey } from '../../../../src/shared/assessment/citable';
import { NORMS } from '../../../../src/shared/assessment/norms';
import { thresholdAnswers } from './arbitraries';
import { SOURCE_TITLES } from '../../../support/answers';

const listed = new Set(citableCitations(SOURCE_TITLES).map(citationKey));

describe('citable targets', () => {
  it('are the sources of the norm table', () => {
    const fromNorms = new Set(
      NORMS.map((n) => (n.source.kind === 'explainer' ? `explainer#${n.source.section}` : `${n.source.slug}#${n.source.article}`)),
    );
    expect([...listed].sort()).toEqual([...fromNorms].sort());
    expect(CITABLE_SECTIONS).toEqual(['si-1', 'si-2', 'si-3']);
    for (const articles of Object.values(CITABLE_ARTICLES)) expect([...articles]).toEqual([...articles].sort((a, b) => a - b));
  });

  it('cover everything the engine emits over generated answers, and nothing it never emits', () => {
    const emitted = new Set<string>();
    let assessed = 0;
    for (const sample of fc.sample(thresholdAnswers, { numRuns: 3000, seed: 7 })) {
      const parsed = parseAnswers(sample);
      if (!parsed.ok) continue;
      assessed++;
      const result = assess(parsed.answers, { today: '2025-06-15', availableSources: [], titles: SOURCE_TITLES });
      for (const f of result.findings) for (const c of f.citations) emitted.add(citationKey(c));
    }
    expect(assessed).toBeGreaterThan(1000);
    expect([...emitted].filter((k) => !listed.has(k))).toEqual([]);
    expect([...listed].filter((k) => !emitted.has(k))).toEqual([]);
  }, 60_000);

  it('keys ignore the 款/项 detail and tell sections apart', () => {
    expect(citationKey({ source: 'branch-work-regulations', article: 4 })).toBe('branch-work-regulations#4');
    expect(citationKey({ source: 'explainer', section: 'si-2' })).toBe('explainer#si-2');
  });
});
