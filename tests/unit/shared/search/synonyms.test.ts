// The synonym table is data: these tests keep it well-formed, so that a new entry cannot
// silently shadow another or make a question word eat part of a topic word.
import { describe, expect, it } from 'vitest';
import { EDGE_PARTICLES, FILLER, QUESTION_WORDS, SYNONYMS, TRAILING_PARTICLES } from '../../../../src/shared/search/synonyms';

const everyday = SYNONYMS.flatMap((s) => s.from);
const questionWords = QUESTION_WORDS.flatMap((g) => g.words);

describe('SYNONYMS', () => {
  it('lists each everyday spelling once', () => {
    const seen = new Map<string, number>();
    for (const w of everyday) seen.set(w, (seen.get(w) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([w]) => w)).toEqual([]);
  });

  it('gives every entry words of the texts, none empty, none spaced, none repeated', () => {
    for (const s of SYNONYMS) {
      const words = [...(s.same ?? []), ...(s.related ?? [])];
      expect(words.length, s.from.join('/')).toBeGreaterThan(0);
      expect(new Set(words).size, s.from.join('/')).toBe(words.length);
      for (const w of [...s.from, ...words]) expect(w, s.from.join('/')).toMatch(/^\S+$/);
    }
  });

  it('uses one-character spellings only for weak words (they count standing alone, never required)', () => {
    for (const s of SYNONYMS) for (const w of s.from) if (Array.from(w).length === 1) expect(s.weak, w).toBe(true);
  });

  it('keeps question words, filler and everyday phrases apart', () => {
    expect(everyday.filter((w) => questionWords.includes(w) || FILLER.includes(w))).toEqual([]);
    expect(FILLER.filter((w) => questionWords.includes(w))).toEqual([]);
  });
});

describe('QUESTION_WORDS', () => {
  it('has hints for every kind of question and weights between 0 and 1', () => {
    for (const g of QUESTION_WORDS) {
      expect(g.words.length).toBeGreaterThan(0);
      expect(g.hints.length, g.words[0]).toBeGreaterThan(0);
      expect(g.weight ?? 1).toBeGreaterThan(0);
      expect(g.weight ?? 1).toBeLessThanOrEqual(1);
    }
  });

  it('spells question words with two characters or more (one character would cut into topic words; 谁, 啥 and 咋 are part of none)', () => {
    for (const w of [...questionWords, ...FILLER])
      if (!['谁', '啥', '咋'].includes(w)) expect(Array.from(w).length, w).toBeGreaterThanOrEqual(2);
  });

  it('never lets a question word or filler sit inside an everyday phrase', () => {
    for (const w of [...questionWords, ...FILLER]) {
      expect(
        everyday.filter((e) => e.includes(w)),
        w,
      ).toEqual([]);
    }
  });
});

describe('particles', () => {
  it('are single characters, each listed once', () => {
    for (const set of [EDGE_PARTICLES, TRAILING_PARTICLES]) expect(new Set(Array.from(set)).size).toBe(Array.from(set).length);
    expect(Array.from(TRAILING_PARTICLES).filter((c) => EDGE_PARTICLES.includes(c))).toEqual([]);
  });
});
