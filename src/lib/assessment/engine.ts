/**
 * The rules engine: answers in, findings out. Pure and deterministic: the date
 * comes in through the context, nothing is read from the environment, and the
 * result is plain JSON.
 */
import { markMissing, missingTitles } from './citations';
import { isoDateMonthIndex } from './months';
import { assessOrganisation } from './rules/organisation';
import type { RuleOutcome } from './rules/shared';
import { assessTerm } from './rules/term';
import { assessWork } from './rules/work';
import type { Answers, AssessmentContext, AssessmentResult, Finding } from './types';
import { workScore, workSummary } from './work-score';

export { ORGANISATION_STATUS_LABELS } from './rules/organisation';

/** Turns a rule outcome into a finding, flagging citations whose source is not on the site. */
function toFinding(o: RuleOutcome, available: ReadonlySet<string>): Finding {
  const citations = markMissing(o.citations, available);
  const missing = missingTitles(citations);
  const text =
    missing.length === 0 ? o.text : `${o.text}（本条依据中的${missing.join('、')}尚未收录本站，暂无法在站内查阅原文。）`;
  return { id: o.id, level: o.level, coverage: o.coverage, text, citations };
}

/** 须整改 before 建议, each in rule order; duplicates dropped. */
function actionList(outcomes: readonly RuleOutcome[]): string[] {
  const ordered = [
    ...outcomes.filter((o) => o.level === '须整改'),
    ...outcomes.filter((o) => o.level === '建议'),
  ];
  return [...new Set(ordered.flatMap((o) => (o.action === undefined ? [] : [o.action])))];
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

  return {
    organisation: { status: organisation.status, summary: organisation.summary },
    workScore: score,
    workSummary: workSummary(score, work.checks),
    term: term.info,
    findings: outcomes.map((o) => toFinding(o, available)),
    actions: actionList(outcomes),
  };
}
