/**
 * Property tests over generated answers. Synthetic only: the check that every quoted
 * clause and cited article exists in the real texts lives with the build tests
 * (tests/build/norm-quotes.test.ts), which read REGULATIONS_DIR.
 *
 * Sized for slow machines: the engine costs a few microseconds per call, so the run
 * counts below take well under a second; the timeouts are generous on purpose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citableCitations, citationKey } from '../../../../src/shared/assessment/citable';
import { assess, LEVEL_ORDER } from '../../../../src/shared/assessment/engine';
import { isoDateMonthIndex, monthIndex } from '../../../../src/shared/assessment/months';
import { findNorm, unmetLevel } from '../../../../src/shared/assessment/norms';
import { evaluateTable, FULL_YEAR } from '../../../../src/shared/assessment/rules/evaluate';
import { assessRoute } from '../../../../src/shared/assessment/rules/life';
import { parseAnswers, sanitisePartialAnswers, validateStep } from '../../../../src/shared/assessment/parse-answers';
import { isVisible, QUESTIONS, STEPS } from '../../../../src/shared/assessment/questions';
import { decodeAnswers, encodeAnswers } from '../../../../src/shared/assessment/share';
import { restoreState } from '../../../../src/shared/assessment/storage';
import type { Answers, AssessmentResult, PartialAnswers } from '../../../../src/shared/assessment/types';
import { rawAnswers, thresholdAnswers } from './arbitraries';
import { CORPUS_SLUGS, SOURCE_TITLES } from '../../../support/answers';

const LONG = 60_000;
const LEVELS = new Set<string>(LEVEL_ORDER);
const STATUSES = new Set(['covered', 'required-missing', 'joint-missing', 'joint-or-liaison', 'not-required']);
const CITABLE = new Set(citableCitations(SOURCE_TITLES).map(citationKey));

const isoDate = fc
  .record({ year: fc.integer({ min: 2000, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month: m, day }) => `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const validAnswers: fc.Arbitrary<Answers> = rawAnswers
  .map((raw) => parseAnswers(raw))
  .filter((r): r is { ok: true; answers: Answers } => r.ok)
  .map((r) => r.answers);

const availableSources = fc.subarray([...CORPUS_SLUGS]);

/**
 * Everything wrong with a result, as messages. Plain checks collected into one list
 * (asserted once per result): thousands of expect() calls per run were what made this
 * test slow on small machines, not the engine (about 60 µs per assess call).
 */
function problemsOf(result: AssessmentResult, available: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  check(JSON.stringify(JSON.parse(JSON.stringify(result))) === JSON.stringify(result), 'not JSON-serialisable');
  check(STATUSES.has(result.organisation.status), `status ${result.organisation.status}`);
  check(result.organisation.summary.length > 0, 'empty summary');
  check(Number.isInteger(result.workScore) && result.workScore >= 0 && result.workScore <= 100, `score ${result.workScore}`);
  const ids = result.findings.map((f) => f.id);
  check(new Set(ids).size === ids.length, 'duplicate finding ids');
  check(new Set(result.actions).size === result.actions.length, 'duplicate actions');
  for (const f of result.findings) {
    check(LEVELS.has(f.level), `${f.id}: level ${f.level}`);
    check(f.coverage === 'organisation' || f.coverage === 'work', `${f.id}: coverage`);
    check(f.norms.length > 0, `${f.id}: no norm`);
    const norms = f.norms.map((id) => findNorm(id));
    check(
      norms.every((n) => n !== undefined),
      `${f.id}: unknown norm`,
    );
    // The verdict follows the wording: 须整改 only with a binding norm addressed to the association.
    if (f.level === '须整改')
      check(
        norms.some((n) => n !== undefined && unmetLevel(n) === '须整改'),
        `${f.id}: 须整改 without a binding norm`,
      );
    check(f.citations.length > 0, `${f.id}: no citation`);
    for (const c of f.citations) {
      check(CITABLE.has(citationKey(c)), `${f.id}: ${c.label} not citable`);
      if (c.source === 'explainer') check(c.missing === undefined, `${f.id}: explainer marked missing`);
      else check((c.missing === true) === !available.has(c.source), `${f.id}: ${c.label} missing flag`);
    }
    if (f.citations.some((c) => c.missing)) check(f.text.includes('尚未收录本站'), `${f.id}: missing source not said`);
  }
  // Each card is the worst level among its own findings; its summary never claims more.
  for (const coverage of ['organisation', 'work'] as const) {
    const own = result.findings.filter((f) => f.coverage === coverage).map((f) => f.level);
    const card = result.cards[coverage];
    check(card.level === (LEVEL_ORDER.find((l) => own.includes(l)) ?? '已达标'), `${coverage} card ${card.level}`);
    if (card.level === '须整改') check(!/已实现|较好|均已/.test(card.summary), `${coverage} summary: ${card.summary}`);
    // "均已" only when nothing of the coverage is unmet.
    if (/均已/.test(card.summary))
      check(!own.some((l) => l === '须整改' || l === '建议'), `${coverage} summary 均已 beside an unmet finding`);
  }
  // Whatever a finding puts in quotation marks is verbatim from a clause it cites (each
  // norm quote is checked against the real article by tests/build/norm-quotes.test.ts).
  for (const f of result.findings) {
    const quotes = f.norms.map((id) => findNorm(id)?.quote ?? '');
    for (const [, quoted = ''] of f.text.matchAll(/“([^”]*)”/g)) {
      check(
        quotes.some((q) => q.includes(quoted)),
        `${f.id}: “${quoted}” is not in a cited clause`,
      );
    }
  }
  return problems;
}

/** Every scored check has a finding of its own, and one not fully met is not reported as met. */
function scoreProblems(answers: Answers, result: AssessmentResult, today: string): string[] {
  const month = isoDateMonthIndex(today) ?? 0;
  const founded = answers.foundedMonth === undefined ? null : monthIndex(answers.foundedMonth);
  const months = founded === null ? 12 : month - founded;
  const window = months >= 0 && months < 12 && answers.foundedMonth !== undefined ? { months, founded: answers.foundedMonth } : FULL_YEAR;
  const checks = [...evaluateTable(answers, window).checks, ...assessRoute(answers, result.organisation.status).checks];
  const problems: string[] = [];
  for (const c of checks) {
    const f = result.findings.find((x) => x.id === c.id);
    if (f === undefined) problems.push(`${c.id}: scored without a finding`);
    else if (c.fulfilment < 1 && (f.level === '已达标' || f.level === '供参考')) problems.push(`${c.id}: not met but ${f.level}`);
  }
  if (checks.length > 0) {
    const unmet = checks.filter((c) => c.fulfilment < 1).length;
    if (!result.workSummary.includes(`其中${unmet}项未完全达到`)) problems.push(`work summary miscounts: ${result.workSummary}`);
  }
  return problems;
}

function checkResult(result: AssessmentResult, available: ReadonlySet<string>): void {
  expect(problemsOf(result, available)).toEqual([]);
}

describe('assess over generated answers', () => {
  it(
    'never throws and always gives a valid result whose citations exist (1000 runs)',
    () => {
      fc.assert(
        fc.property(validAnswers, isoDate, availableSources, (answers, today, sources) => {
          const result = assess(answers, { today, availableSources: sources, titles: SOURCE_TITLES });
          checkResult(result, new Set(sources));
          expect(scoreProblems(answers, result, today)).toEqual([]);
          const own = answers.organisationForm === 'branch' || answers.organisationForm === 'higher';
          expect(result.term === null).toBe(!own);
          if (!result.findings.some((f) => f.level === '须整改')) {
            expect(['required-missing', 'joint-missing']).not.toContain(result.organisation.status);
          }
        }),
        { numRuns: 1000 },
      );
    },
    LONG,
  );

  it(
    'exercises every rule at every level it can give',
    () => {
      const seen = new Map<string, Set<string>>();
      for (const raw of fc.sample(thresholdAnswers, { numRuns: 3000, seed: 42 })) {
        const parsed = parseAnswers(raw);
        if (!parsed.ok) continue;
        for (const sources of [[], CORPUS_SLUGS]) {
          const result = assess(parsed.answers, { today: '2025-06-15', availableSources: sources, titles: SOURCE_TITLES });
          checkResult(result, new Set(sources));
          expect(scoreProblems(parsed.answers, result, '2025-06-15')).toEqual([]);
          for (const f of result.findings) seen.set(f.id, (seen.get(f.id) ?? new Set()).add(f.level));
        }
      }
      const levels = Object.fromEntries([...seen].map(([id, set]) => [id, [...set].sort()]));
      const both = ['已达标', '建议'].sort();
      const fix = ['已达标', '须整改'].sort();
      const all = ['已达标', '建议', '须整改'].sort();
      const ref = '供参考';
      expect(levels).toEqual({
        'org.setup': [ref, ...all].sort(),
        'org.probationary-pending': ['建议'],
        'org.branch-size': both,
        'org.committee': all,
        'org.secretary': all,
        'org.secretary-approval': fix,
        'org.secretary-qualification': both,
        'org.secretary-induction': both,
        'org.discipline-member': fix,
        'org.party-groups': fix,
        'org.secretary-from-management': both,
        'org.relation-transfer': fix,
        'org.flowing-members': both,
        'org.joint-size': both,
        'term.status': all,
        'term.length': both,
        'life.general-meeting': [ref, ...all].sort(),
        'life.committee-meeting': all,
        'life.party-group-meeting': all,
        'life.themed-party-day': fix,
        'life.life-meeting': all,
        'life.party-lecture': [ref, '须整改'].sort(),
        'life.secretary-lecture': all,
        'life.democratic-review': both,
        'life.heart-to-heart': all,
        'life.multiple-participation': all,
        'life.study-hours': both,
        'life.joint-participation': fix,
        'life.member-life': fix,
        'life.outreach': both,
        'role.charter': both,
        'role.cross-appointment': both,
        'role.discipline-supervisor': both,
        'role.secretary-attends': both,
        'role.secretary-report': all,
        'role.secretary-training': all,
        'role.report-to-superior': both,
        'role.party-instructor': both,
        'role.member-files': both,
        // 不清楚 in 作用发挥 and 发展党员 is a 建议 (向上级党组织核实), whatever the norm's strength.
        'role.party-dues': all,
        'development.regular': all,
        'development.applicant-talk': fix,
        'development.mentor': all,
        'development.probation': fix,
      });
    },
    LONG,
  );

  it('the generator hardly ever produces invalid answers', () => {
    const samples = fc.sample(rawAnswers, 500);
    const valid = samples.filter((raw) => parseAnswers(raw).ok).length;
    expect(valid).toBe(samples.length);
  });

  it(
    'share links round-trip every valid answer set',
    () => {
      fc.assert(
        fc.property(validAnswers, (answers) => {
          expect(decodeAnswers(encodeAnswers(answers))).toEqual({ ok: true, answers });
        }),
        { numRuns: 300 },
      );
    },
    LONG,
  );

  it(
    'a question is visible or not regardless of the answers after it (showIf only looks back)',
    () => {
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
    },
    LONG,
  );
});

describe('robustness against arbitrary input', () => {
  it(
    'parseAnswers, validateStep and sanitisePartialAnswers never throw on anything',
    () => {
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
    },
    LONG,
  );

  it(
    'parseAnswers never throws on objects with the right keys and arbitrary values',
    () => {
      const keys = Object.fromEntries(QUESTIONS.map((q) => [q.id, fc.anything()]));
      fc.assert(
        fc.property(fc.record(keys, { requiredKeys: [] }), (input) => {
          const result = parseAnswers(input, { today: '2025-01-01' });
          if (result.ok)
            checkResult(
              assess(result.answers, { today: '2025-01-01', availableSources: CORPUS_SLUGS, titles: SOURCE_TITLES }),
              new Set(CORPUS_SLUGS),
            );
        }),
        { numRuns: 1000 },
      );
    },
    LONG,
  );

  it(
    'decodeAnswers and restoreState never throw on arbitrary strings',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.string().map((s) => `a1.${s}`),
            fc.json(),
          ),
          (text) => {
            const decoded = decodeAnswers(text);
            if (!decoded.ok) expect(decoded.message).toMatch(/[\u4e00-\u9fff]/);
            expect(['empty', 'restored', 'discarded', 'unreadable']).toContain(restoreState(text).kind);
          },
        ),
        { numRuns: 1000 },
      );
    },
    LONG,
  );
});
