/**
 * The norm table's own consistency (synthetic: no corpus is read here). That each
 * quote occurs verbatim in the cited article is proven against the real texts by
 * tests/build/norm-quotes.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../../src/shared/assessment/engine';
import { NORMS as TABLE, unmetLevel, type Norm } from '../../../../src/shared/assessment/norms';
import { parseAnswers } from '../../../../src/shared/assessment/parse-answers';
import { findQuestion } from '../../../../src/shared/assessment/questions';
import { thresholdAnswers } from './arbitraries';
import { SOURCE_TITLES } from '../../../support/answers';

/** The words that set a regulation norm's strength, as DEVELOPERS.md and issue #10 define them. */
/** Widened to Norm so optional fields such as addressee can be read. */
const NORMS: readonly Norm[] = TABLE;

const MODAL_STRENGTH: Readonly<Record<string, Norm['strength']>> = {
  应当: 'binding',
  必须: 'binding',
  设: 'binding',
  每年至少: 'binding',
  每届任期: 'binding',
  应: 'binding',
  设立: 'binding',
  // 支部工作条例第二十一条第二款 states the procedure without a permissive word.
  报上级党组织批准: 'binding',
  经上级党组织批准: 'binding',
  由它的上一级党组织根据具体情况决定: 'binding',
  一般: 'normally',
  可以: 'permissive',
  注重: 'permissive',
};

describe('norm table', () => {
  it('has unique ids and non-empty texts', () => {
    const ids = NORMS.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of NORMS) for (const text of [n.topic, n.requirement, n.appliesTo, n.quote, n.met]) expect(text.trim(), n.id).not.toBe('');
  });

  // The data files are JSON, so NormId is a string: this is the check the compiler made
  // when the table was typed code. Every norm id the code names must be in the table.
  it('every norm id written in the code is in the table', () => {
    const known = new Set(NORMS.map((n) => n.id));
    const prefixes = [...new Set(NORMS.map((n) => /^[a-z]+/.exec(n.id)![0]))].join('|');
    const literal = new RegExp(`['"]((?:${prefixes})\\d+-[a-z0-9-]+)['"]`, 'g');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx|astro|json)$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const named = files('src').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(literal)].map((m) => ({ f, id: m[1]! })));
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((x) => !known.has(x.id))).toEqual([]);
  });

  it('names the modal word, and the word is in the quote', () => {
    for (const n of NORMS) expect(n.quote, n.id).toContain(n.modal);
  });

  it('sets each regulation norm’s strength from its modal word; the explainer only recommends', () => {
    for (const n of NORMS) {
      if (n.source.kind === 'explainer') expect([n.id, n.strength]).toEqual([n.id, 'recommended']);
      // A 基本任务/职责 clause has no modal word: none of them may hide in its quote.
      else if (n.strength === 'task') expect([n.id, /应当|必须|可以|一般/.test(n.quote)]).toEqual([n.id, false]);
      else expect([n.id, n.strength]).toEqual([n.id, MODAL_STRENGTH[n.modal]]);
    }
  });

  it('only a binding norm addressed to the association gives 须整改', () => {
    for (const n of NORMS) {
      const fix = n.strength === 'binding' && n.addressee !== 'superior';
      expect([n.id, unmetLevel(n)]).toEqual([n.id, fix ? '须整改' : '建议']);
    }
  });

  it('reads only answers the questionnaire asks', () => {
    for (const n of NORMS) for (const key of n.reads) expect(findQuestion(key), `${n.id} reads ${key}`).toBeDefined();
  });

  it('every norm is quoted by some finding over generated answers', () => {
    const used = new Set<string>();
    for (const raw of fc.sample(thresholdAnswers, { numRuns: 3000, seed: 11 })) {
      const parsed = parseAnswers(raw);
      if (!parsed.ok) continue;
      for (const f of assess(parsed.answers, { today: '2025-06-15', availableSources: [], titles: SOURCE_TITLES }).findings)
        for (const id of f.norms) used.add(id);
    }
    expect(NORMS.map((n) => n.id).filter((id) => !used.has(id))).toEqual([]);
  }, 60_000);

  it('every norm that can be unmet is seen both met and unmet, at the level its wording gives', () => {
    const levels = new Map<string, Set<string>>();
    for (const raw of fc.sample(thresholdAnswers, { numRuns: 3000, seed: 13 })) {
      const parsed = parseAnswers(raw);
      if (!parsed.ok) continue;
      for (const f of assess(parsed.answers, { today: '2025-06-15', availableSources: [], titles: SOURCE_TITLES }).findings) {
        for (const id of f.norms) levels.set(id, (levels.get(id) ?? new Set()).add(f.level));
      }
    }
    // Quoted for context only (procedure, the superior's duty, an option): never met or unmet on their own.
    const contextOnly = new Set([
      'pc33-social',
      'bwr10-social',
      'bwr22-report',
      'pc32-development',
      'bwr9-development',
      'pmd37-superior',
      'bwr33-dues-support',
      'pmd31-probation',
      'bwr20-deputy',
      'bwr21-delay-limit',
      'bwr6-apply',
      'pc30-higher',
      'bwr21-delay',
      'bwr21-reminder',
      'sgr18-charter',
      'med25-placement',
      'med26-files',
      'med32-flowing-org',
      'bwr4-standalone',
      'bwr7-adjust',
    ]);
    for (const n of NORMS) {
      if (contextOnly.has(n.id)) continue;
      const seen = levels.get(n.id) ?? new Set();
      expect([n.id, [...seen].some((l) => l === '已达标' || l === '供参考')]).toEqual([n.id, true]);
      expect([n.id, [...seen].some((l) => l === '须整改' || l === '建议')]).toEqual([n.id, true]);
    }
  }, 60_000);
});
