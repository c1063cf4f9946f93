/**
 * The rules engine: answers in, findings out. Pure and deterministic: the date
 * comes in through the context, nothing is read from the environment, and the
 * result is plain JSON.
 */
import { citeNorm, markMissing, missingTitles, type SourceTitles } from './citations';
import { COVERAGE_NAMES } from './coverages';
import { LEVEL_ORDER } from './levels';
import { isoDateMonthIndex, monthIndex } from './months';
import { norm } from './norms';
import { evaluateTable, FULL_YEAR, type Window } from './rules/evaluate';
import { assessRoute } from './rules/life';
import { assessOrganisation, ORGANISATION_STATUS_LABELS } from './rules/organisation';
import { assessRole } from './rules/role';
import type { RuleOutcome } from './rules/shared';
import { assessTerm } from './rules/term';
import type {
  Answers,
  AssessmentContext,
  AssessmentResult,
  Citation,
  Coverage,
  CoverageCard,
  Finding,
  FindingLevel,
  ReferenceKind,
} from './types';
import { workScore, workScoreNote } from './work-score';

export { ORGANISATION_STATUS_LABELS };

export { LEVEL_ORDER };

/** Turns a rule outcome into a finding: citations from its norms, flagging sources not on the site. */
function toFinding(o: RuleOutcome, available: ReadonlySet<string>, titles: SourceTitles): Finding {
  const seen = new Set<string>();
  const cited: Citation[] = [];
  for (const id of o.norms) {
    const c = citeNorm(titles, norm(id));
    if (!seen.has(c.label)) {
      seen.add(c.label);
      cited.push(c);
    }
  }
  const citations = markMissing(cited, available);
  const missing = missingTitles(citations, titles);
  const text = missing.length === 0 ? o.text : `${o.text}（本条依据中的${missing.join('、')}尚未收录本站，暂无法在站内查阅原文。）`;
  const finding: Finding = { id: o.id, level: o.level, coverage: o.coverage, text, norms: [...o.norms], citations };
  return o.reference === undefined ? finding : { ...finding, reference: o.reference };
}

/** 须整改 before 建议, each in rule order; duplicates dropped. */
function actionList(outcomes: readonly RuleOutcome[]): string[] {
  const ordered = [...outcomes.filter((o) => o.level === '须整改'), ...outcomes.filter((o) => o.level === '建议')];
  return [...new Set(ordered.flatMap((o) => (o.action === undefined ? [] : [o.action])))];
}

const REFERENCE_WORDS: Readonly<Record<ReferenceKind, string>> = {
  'no-standard': '本站收录的法规未规定可核对的标准',
  option: '是可以采用的做法',
  'not-due': '尚未到核对的时候',
  'not-applicable': '暂不适用',
};

/**
 * The verdict sentence of a card; it is derived from the findings, so it cannot
 * contradict them: "均已" only when every finding is 已达标 or not judged.
 */
function verdict(
  coverage: Coverage,
  findings: readonly Finding[],
): { level: FindingLevel; counts: Record<FindingLevel, number>; text: string } {
  const own = findings.filter((f) => f.coverage === coverage);
  const counts = { 须整改: 0, 建议: 0, 供参考: 0, 已达标: 0 } as Record<FindingLevel, number>;
  for (const f of own) counts[f.level]++;
  const level = LEVEL_ORDER.find((l) => counts[l] > 0) ?? '已达标';
  const name = COVERAGE_NAMES[coverage];
  const superior = own.filter(
    (f) => f.level === '建议' && f.norms.some((id) => norm(id as Parameters<typeof norm>[0]).addressee === 'superior'),
  ).length;
  const superiorWords = superior > 0 ? `（其中${superior}项涉及条文对上级党组织的要求，可向上级党组织提出）` : '';
  switch (level) {
    case '须整改':
      return {
        level,
        counts,
        text: `${name}尚未达到要求：有${counts['须整改']}项须整改${counts['建议'] > 0 ? `，另有${counts['建议']}项建议${superiorWords}` : ''}。`,
      };
    case '建议':
      return { level, counts, text: `${name}没有须整改的问题，有${counts['建议']}项建议${superiorWords}。` };
    case '供参考': {
      const kinds = new Map<ReferenceKind, number>();
      for (const f of own)
        if (f.level === '供参考') kinds.set(f.reference ?? 'no-standard', (kinds.get(f.reference ?? 'no-standard') ?? 0) + 1);
      const why = [...kinds].map(([k, n]) => `${n}项${REFERENCE_WORDS[k]}`).join('，');
      return { level, counts, text: `${name}没有须整改或建议的事项；其中${why}，供参考。` };
    }
    default:
      return { level, counts, text: `${name}的各项检查均已达标。` };
  }
}

function card(coverage: Coverage, findings: readonly Finding[], lead: string): CoverageCard {
  const { level, counts, text } = verdict(coverage, findings);
  return { level, counts, summary: `${lead}${text}` };
}

/** The months the organisation existed within the last 12, from its founding month. */
function windowOf(answers: Answers, todayMonth: number): Window {
  const founded = answers.foundedMonth === undefined ? null : monthIndex(answers.foundedMonth);
  if (founded === null) return FULL_YEAR;
  const months = todayMonth - founded;
  return months >= 12 || months < 0 ? FULL_YEAR : { months, founded: answers.foundedMonth as string };
}

/**
 * Assesses validated answers (see parseAnswers). Throws RangeError only when
 * `context.today` is not an ISO date, which is a caller bug, not user input.
 */
export function assess(answers: Answers, context: AssessmentContext): AssessmentResult {
  const todayMonth = isoDateMonthIndex(context.today);
  if (todayMonth === null) throw new RangeError(`assess: today must be an ISO date, got "${context.today}"`);
  const available = new Set(context.availableSources);

  const organisation = assessOrganisation(answers);
  const term = assessTerm(answers, todayMonth);
  const table = evaluateTable(answers, windowOf(answers, todayMonth));
  const route = assessRoute(answers, organisation.status);
  const outcomes = [
    ...organisation.outcomes,
    ...table.outcomes.filter((o) => o.coverage === 'organisation'),
    ...term.outcomes,
    ...route.outcomes,
    ...table.outcomes.filter((o) => o.coverage === 'work'),
    ...assessRole(answers),
  ];
  const checks = [...route.checks, ...table.checks];
  const score = workScore(checks);
  const findings = outcomes.map((o) => toFinding(o, available, context.titles));
  const workNote = workScoreNote(score, checks);

  return {
    organisation: { status: organisation.status, summary: organisation.summary },
    cards: {
      organisation: card('organisation', findings, organisation.summary),
      work: card('work', findings, ''),
    },
    workScore: score,
    workSummary: workNote,
    term: term.info,
    findings,
    actions: actionList(outcomes),
  };
}
