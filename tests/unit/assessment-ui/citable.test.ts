/**
 * The list of citable targets (what the assessment page resolves at build time) must
 * hold exactly the citations the rules can emit: checked against the rule sources and
 * against the engine's output over generated answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, parseAnswers } from '../../../src/lib/assessment';
import { citableCitations, citationKey } from '../../../src/lib/assessment/citable';
import { thresholdAnswers } from '../assessment/arbitraries';

const RULES = path.resolve('src/lib/assessment/rules');
const sources = readdirSync(RULES)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(path.join(RULES, f), 'utf8'));
const listed = new Set(citableCitations().map(citationKey));

/** Helper name → corpus slug, read from shared.ts (`export const PC = … cite('party-constitution', …)`). */
function helperSlugs(shared: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of shared.matchAll(/export const (\w+) = [^;]*?\bcite\(\s*'([^']+)'/g)) out.set(m[1] ?? '', m[2] ?? '');
  return out;
}

describe('citable targets', () => {
  it('match every citation written in the rule sources', () => {
    const shared = sources.find((s) => s.includes('export const PC')) ?? '';
    const helpers = helperSlugs(shared);
    expect([...helpers.keys()].sort()).toEqual(['BWR', 'MED', 'PC', 'SGR']);
    const found = new Set<string>();
    for (const source of sources) {
      for (const m of source.matchAll(/\b(PC|BWR|MED|SGR)\((\d+)/g)) found.add(`${helpers.get(m[1] ?? '')}#${m[2]}`);
      for (const m of source.matchAll(/\bARTICLE\('(si-\d)'\)/g)) found.add(`article#${m[1]}`);
      for (const m of source.matchAll(/\bPENDING\('([^']+)'\)/g)) found.add(m[1] ?? '');
    }
    expect([...found].sort()).toEqual([...listed].sort());
  });

  it('cover everything the engine emits over generated answers, and nothing it never emits', () => {
    const emitted = new Set<string>();
    let assessed = 0;
    for (const sample of fc.sample(thresholdAnswers, { numRuns: 3000, seed: 7 })) {
      const parsed = parseAnswers(sample);
      if (!parsed.ok) continue;
      assessed++;
      const result = assess(parsed.answers, { today: '2025-06-15', availableSources: [] });
      for (const f of result.findings) for (const c of f.citations) emitted.add(citationKey(c));
    }
    expect(assessed).toBeGreaterThan(1000);
    expect([...emitted].filter((k) => !listed.has(k))).toEqual([]);
    expect([...listed].filter((k) => !emitted.has(k))).toEqual([]);
  });

  it('keys ignore the 款/项 detail and tell sections and documents apart', () => {
    expect(citationKey({ source: 'branch-work-regulations', article: 4 })).toBe('branch-work-regulations#4');
    expect(citationKey({ source: 'article', section: 'si-2' })).toBe('article#si-2');
    expect(citationKey({ source: 'party-dues-rules' })).toBe('party-dues-rules');
  });
});
