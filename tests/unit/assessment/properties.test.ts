/**
 * Property tests over generated answers, plus the check that every citation the
 * engine can produce points at an article (and 款/项) that exists in the real
 * regulation texts, read through the site's own regulation parser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/lib/assessment/engine';
import { parseAnswers, sanitisePartialAnswers, validateStep } from '../../../src/lib/assessment/parse-answers';
import { isVisible, QUESTIONS, STEPS } from '../../../src/lib/assessment/questions';
import { decodeAnswers, encodeAnswers } from '../../../src/lib/assessment/share';
import { restoreState } from '../../../src/lib/assessment/storage';
import type { Answers, AssessmentResult, Citation, PartialAnswers } from '../../../src/lib/assessment/types';
import { findArticle, loadCorpus, regulationsDir } from '../../../src/lib/regulations/corpus';
import { parseChineseNumeral, toChineseNumeral } from '../../../src/lib/regulations/numerals';
import { rawAnswers, thresholdAnswers } from './arbitraries';
import { CORPUS_SLUGS } from './fixtures';

const corpus = loadCorpus(regulationsDir());
/** Raw lines per slug, for a parser-independent second check that 第N条 exists. */
const rawLines = new Map(
  CORPUS_SLUGS.map((slug) => [slug as string, readFileSync(path.join(regulationsDir(), `${slug}.txt`), 'utf8').split('\n')]),
);
const LEVELS = new Set(['须整改', '建议', '已达标']);
const STATUSES = new Set(['covered', 'required-missing', 'joint-missing', 'joint-or-liaison', 'not-required']);
const SECTIONS = new Set(['si-1', 'si-2', 'si-3']);

const isoDate = fc
  .record({ year: fc.integer({ min: 2000, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month: m, day }) => `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const validAnswers: fc.Arbitrary<Answers> = rawAnswers
  .map((raw) => parseAnswers(raw))
  .filter((r): r is { ok: true; answers: Answers } => r.ok)
  .map((r) => r.answers);

const availableSources = fc.subarray([...CORPUS_SLUGS]);

/** 第二款 → 2 款 needed; 第（三）项 → item （三）. */
function checkDetail(citation: Citation, paragraphs: readonly { isItem: boolean; text: string }[]): void {
  const detail = citation.label.replace(/^《[^》]+》第[^条]+条/, '');
  if (detail === '') return;
  const kuan = /^第(.+)款$/.exec(detail);
  if (kuan) {
    const n = parseChineseNumeral(kuan[1] ?? '');
    expect(n, citation.label).not.toBeNull();
    const kuanCount = 1 + paragraphs.filter((p) => !p.isItem).length;
    expect(kuanCount, citation.label).toBeGreaterThanOrEqual(n ?? Infinity);
    return;
  }
  const xiang = /^第（(.+)）项$/.exec(detail);
  expect(xiang, `unexpected citation detail in ${citation.label}`).not.toBeNull();
  expect(paragraphs.some((p) => p.isItem && p.text.startsWith(`（${xiang?.[1] ?? ''}）`)), citation.label).toBe(true);
}

function checkCitation(citation: Citation, available: ReadonlySet<string>): void {
  if (citation.source === 'article') {
    expect(SECTIONS.has(citation.section ?? '')).toBe(true);
    expect(citation.missing).toBeUndefined();
    return;
  }
  expect(citation.missing === true).toBe(!available.has(citation.source));
  if (citation.article === undefined) {
    // Only documents not in the corpus are cited without an article.
    expect(CORPUS_SLUGS as readonly string[]).not.toContain(citation.source);
    return;
  }
  const heading = `第${toChineseNumeral(citation.article)}条`;
  expect(rawLines.get(citation.source)?.some((line) => line.startsWith(heading)), `${citation.source} ${heading}`).toBe(true);
  const found = findArticle(corpus, citation.source, citation.article);
  expect(found, `${citation.source} 第${citation.article}条 must exist`).toBeDefined();
  expect(citation.label).toContain(`第${toChineseNumeral(citation.article)}条`);
  checkDetail(citation, found?.article.paragraphs ?? []);
}

function checkResult(result: AssessmentResult, available: ReadonlySet<string>): void {
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  expect(STATUSES.has(result.organisation.status)).toBe(true);
  expect(result.organisation.summary.length).toBeGreaterThan(0);
  expect(Number.isInteger(result.workScore)).toBe(true);
  expect(result.workScore).toBeGreaterThanOrEqual(0);
  expect(result.workScore).toBeLessThanOrEqual(100);
  const ids = result.findings.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(result.actions).size).toBe(result.actions.length);
  for (const f of result.findings) {
    expect(LEVELS.has(f.level)).toBe(true);
    expect(['organisation', 'work']).toContain(f.coverage);
    expect(f.citations.length).toBeGreaterThan(0);
    for (const c of f.citations) checkCitation(c, available);
    if (f.citations.some((c) => c.missing)) expect(f.text).toContain('尚未收录本站');
  }
}

describe('assess over generated answers', () => {
  it('never throws and always gives a valid result whose citations exist (1000 runs)', () => {
    fc.assert(
      fc.property(validAnswers, isoDate, availableSources, (answers, today, sources) => {
        const result = assess(answers, { today, availableSources: sources });
        checkResult(result, new Set(sources));
        const own = answers.organisationForm === 'branch' || answers.organisationForm === 'higher';
        expect(result.term === null).toBe(!own);
        if (!result.findings.some((f) => f.level === '须整改')) {
          expect(['required-missing', 'joint-missing']).not.toContain(result.organisation.status);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('exercises every rule, and every citation it can give exists', () => {
    const seen = new Map<string, Set<string>>();
    for (const raw of fc.sample(thresholdAnswers, { numRuns: 4000, seed: 42 })) {
      const parsed = parseAnswers(raw);
      if (!parsed.ok) continue;
      for (const sources of [[], CORPUS_SLUGS]) {
        const result = assess(parsed.answers, { today: '2025-06-15', availableSources: sources });
        checkResult(result, new Set(sources));
        for (const f of result.findings) seen.set(f.id, (seen.get(f.id) ?? new Set()).add(f.level));
      }
    }
    const levels = Object.fromEntries([...seen].map(([id, set]) => [id, [...set].sort()]));
    const both = ['已达标', '建议'].sort();
    const fix = ['已达标', '须整改'].sort();
    const all = ['已达标', '建议', '须整改'].sort();
    expect(levels).toEqual({
      'org.setup': all,
      'org.probationary-pending': ['建议'],
      'org.branch-size': both,
      'org.committee': all,
      'org.secretary': fix,
      'org.discipline-member': all,
      'org.secretary-from-management': both,
      'term.status': all,
      'term.length': both,
      'life.general-meeting': fix,
      'life.committee-meeting': all,
      'life.party-group-meeting': fix,
      'life.themed-party-day': fix,
      'life.life-meeting': fix,
      'life.party-lecture': fix,
      'life.democratic-review': fix,
      'life.heart-to-heart': fix,
      'life.multiple-participation': both,
      'life.joint-participation': fix,
      'role.charter': both,
      'role.cross-appointment': both,
      'role.discipline-supervisor': both,
      'role.secretary-attends': both,
      'role.party-instructor': both,
      'role.member-files': both,
      'role.party-dues': fix,
    });
  });

  it('the generator hardly ever produces invalid answers', () => {
    const samples = fc.sample(rawAnswers, 500);
    const valid = samples.filter((raw) => parseAnswers(raw).ok).length;
    expect(valid).toBe(samples.length);
  });

  it('share links round-trip every valid answer set', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(decodeAnswers(encodeAnswers(answers))).toEqual({ ok: true, answers });
      }),
      { numRuns: 300 },
    );
  });

  it('a question is visible or not regardless of the answers after it (showIf only looks back)', () => {
    fc.assert(
      fc.property(rawAnswers, (raw) => {
        const full = sanitisePartialAnswers(raw);
        QUESTIONS.forEach((q, i) => {
          const before: Record<string, unknown> = {};
          for (const earlier of QUESTIONS.slice(0, i)) {
            const v = full[earlier.id];
            if (v !== undefined) before[earlier.id] = v;
          }
          expect(isVisible(q, before as PartialAnswers)).toBe(isVisible(q, full));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('robustness against arbitrary input', () => {
  it('parseAnswers, validateStep and sanitisePartialAnswers never throw on anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...STEPS.map((s) => s.id), 'bogus'), (input, step) => {
        const result = parseAnswers(input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) for (const e of result.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
        expect(Array.isArray(validateStep(step, input))).toBe(true);
        sanitisePartialAnswers(input);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseAnswers never throws on objects with the right keys and arbitrary values', () => {
    const keys = Object.fromEntries(QUESTIONS.map((q) => [q.id, fc.anything()]));
    fc.assert(
      fc.property(fc.record(keys, { requiredKeys: [] }), (input) => {
        const result = parseAnswers(input, { today: '2025-01-01' });
        if (result.ok) checkResult(assess(result.answers, { today: '2025-01-01', availableSources: CORPUS_SLUGS }), new Set(CORPUS_SLUGS));
      }),
      { numRuns: 1000 },
    );
  });

  it('decodeAnswers and restoreState never throw on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `a1.${s}`), fc.json()), (text) => {
        const decoded = decodeAnswers(text);
        if (!decoded.ok) expect(decoded.message).toMatch(/[\u4e00-\u9fff]/);
        expect(['empty', 'restored', 'discarded']).toContain(restoreState(text).kind);
      }),
      { numRuns: 1000 },
    );
  });
});
