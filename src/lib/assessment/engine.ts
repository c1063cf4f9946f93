/**
 * The rules engine: answers in, findings out. Pure and deterministic: the date
 * comes in through the context, nothing is read from the environment, and the
 * result is plain JSON.
 */
import { citeNorm, markMissing, missingTitles } from './citations';
import { isoDateMonthIndex } from './months';
import { norm } from './norms';
import { assessOrganisation, ORGANISATION_STATUS_LABELS } from './rules/organisation';
import type { RuleOutcome } from './rules/shared';
import { assessTerm } from './rules/term';
import { assessWork } from './rules/work';
import type { Answers, AssessmentContext, AssessmentResult, Citation, Coverage, CoverageCard, Finding, FindingLevel } from './types';
import { workScore, workScoreNote } from './work-score';

export { ORGANISATION_STATUS_LABELS };

/** Worst first: the order of the result's sections and of a card's verdict. */
export const LEVEL_ORDER: readonly FindingLevel[] = ['须整改', '建议', '供参考', '已达标'];

/** Turns a rule outcome into a finding: citations from its norms, flagging sources not on the site. */
function toFinding(o: RuleOutcome, available: ReadonlySet<string>): Finding {
  const seen = new Set<string>();
  const cited: Citation[] = [];
  for (const id of o.norms) {
    const c = citeNorm(norm(id));
    if (!seen.has(c.label)) {
      seen.add(c.label);
      cited.push(c);
    }
  }
  const citations = markMissing(cited, available);
  const missing = missingTitles(citations);
  const text = missing.length === 0 ? o.text : `${o.text}（本条依据中的${missing.join('、')}尚未收录本站，暂无法在站内查阅原文。）`;
  return { id: o.id, level: o.level, coverage: o.coverage, text, norms: [...o.norms], citations };
}

/** 须整改 before 建议, each in rule order; duplicates dropped. */
function actionList(outcomes: readonly RuleOutcome[]): string[] {
  const ordered = [...outcomes.filter((o) => o.level === '须整改'), ...outcomes.filter((o) => o.level === '建议')];
  return [...new Set(ordered.flatMap((o) => (o.action === undefined ? [] : [o.action])))];
}

const COVERAGE_NAMES: Readonly<Record<Coverage, string>> = { organisation: '组织覆盖', work: '工作覆盖' };

/** The verdict sentence of a card; it is derived from the findings, so it cannot contradict them. */
function verdict(coverage: Coverage, level: FindingLevel, counts: Readonly<Record<FindingLevel, number>>): string {
  const name = COVERAGE_NAMES[coverage];
  switch (level) {
    case '须整改':
      return `${name}尚未达到要求：有${counts['须整改']}项须整改${counts['建议'] > 0 ? `，另有${counts['建议']}项建议` : ''}。`;
    case '建议':
      return `${name}的刚性要求均已做到，另有${counts['建议']}项建议。`;
    case '供参考':
      return `${name}的各项检查均已做到，其中${counts['供参考']}项本站收录的法规未规定可核对的标准，供参考。`;
    default:
      return `${name}的各项检查均已达标。`;
  }
}

function card(coverage: Coverage, findings: readonly Finding[], lead: string): CoverageCard {
  const counts = { 须整改: 0, 建议: 0, 供参考: 0, 已达标: 0 } as Record<FindingLevel, number>;
  for (const f of findings) if (f.coverage === coverage) counts[f.level]++;
  const level = LEVEL_ORDER.find((l) => counts[l] > 0) ?? '已达标';
  return { level, counts, summary: `${lead}${verdict(coverage, level, counts)}` };
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
  const work = assessWork(answers, organisation.status);
  const outcomes = [...organisation.outcomes, ...term.outcomes, ...work.outcomes];
  const score = workScore(work.checks);
  const findings = outcomes.map((o) => toFinding(o, available));
  const workNote = workScoreNote(score, work.checks);

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
