/**
 * The result in plain words, derived from the engine's findings for the result view:
 * one headline ("4 项须整改、2 项建议"), and per finding a to-do line (its first norm's
 * requirement, which norms.ts writes in plain words) with the shortfall read from the
 * answers ("近12个月开了6次"). The findings' own texts stay as the explanation.
 */
import type { AnswerKey, Answers, AssessmentResult, Finding, FindingLevel, Question } from '../../../shared/assessment';
import { findNorm } from '../../../shared/assessment/norms';
import { checkValue } from '../../../shared/assessment/parse-answers';
import { normaliseMonth } from './state';

/** Levels that ask for something to be done, in the headline's order. */
const TO_DO: readonly FindingLevel[] = ['须整改', '建议'];

function levelCounts(findings: readonly Finding[]): Record<FindingLevel, number> {
  const counts: Record<FindingLevel, number> = { 须整改: 0, 建议: 0, 供参考: 0, 已达标: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

/** "3 项须整改、1 项建议", or that nothing is to be done. */
export function headline(findings: readonly Finding[]): string {
  const counts = levelCounts(findings);
  const parts = TO_DO.filter((l) => counts[l] > 0).map((l) => `${counts[l]} 项${l}`);
  return parts.length > 0 ? parts.join('、') : '没有须整改或建议的事项';
}

/** What the finding asks for: the requirement of the norm it rests on first. */
export function todoText(f: Finding): string {
  for (const id of f.norms) {
    const n = findNorm(id);
    if (n) return n.requirement;
  }
  return f.text;
}

const COUNTED: Partial<Record<AnswerKey, string>> = {
  generalMeetings: '开了',
  committeeMeetings: '开了',
  partyGroupMeetings: '开了',
  themedPartyDays: '开了',
  lifeMeetings: '开了',
  partyLectures: '上了',
};

/** The 谈心谈话 pairings, one all/some/none answer each, in the words of the shortfall. */
const PAIRINGS: Partial<Record<AnswerKey, string>> = {
  talksCommittee: '委员之间',
  talksCommitteeMembers: '委员和党员之间',
  heartToHeartMembers: '党员之间',
};
const REACH_WORDS: Readonly<Record<string, string>> = { some: '只有部分人谈过', none: '没有谈过' };

/** "近12个月委员之间只有部分人谈过，党员之间没有谈过": every pairing the norm reads that falls short. */
function talksGap(a: Answers, reads: readonly AnswerKey[]): string | null {
  const parts = reads.flatMap((k) => {
    const words = REACH_WORDS[String(a[k])];
    return PAIRINGS[k] !== undefined && words ? [`${PAIRINGS[k]}${words}`] : [];
  });
  return parts.length > 0 ? `近12个月${parts.join('，')}` : null;
}

const monthWords = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;

/**
 * One answer's part of the shortfall, or null when it says nothing about it. A count is
 * named only when the norm counts nothing else (bwr16-duty reads four meetings at once).
 */
function answerGap(key: AnswerKey, a: Answers, result: AssessmentResult, reads: readonly AnswerKey[]): string | null {
  const value = a[key];
  if (value === 'unknown') return '答的是不清楚，请向上级党组织核实';
  const verb = COUNTED[key];
  if (verb !== undefined) {
    const alone = reads.filter((k) => COUNTED[k] !== undefined).length === 1;
    if (!alone || typeof value !== 'number') return null;
    return value === 0 ? `近12个月没有${verb.slice(0, 1)}过` : `近12个月${verb}${value}次`;
  }
  if (PAIRINGS[key] !== undefined) return talksGap(a, reads);
  if (key === 'lastElection' && result.term) {
    const { state, dueMonth, lastElection } = result.term;
    if (state === 'overdue') return `上次换届在${monthWords(lastElection)}，本届已于${monthWords(dueMonth)}届满`;
    if (state === 'due-soon') return `本届将于${monthWords(dueMonth)}届满`;
  }
  if (key === 'organisationForm' && result.organisation.status !== 'covered') return `有${a.formalMembers}名正式党员，还没有单独建立党组织`;
  return null;
}

/** "近12个月开了6次": what falls short, for findings that ask for something; null if the answers do not say. */
export function shortfall(f: Finding, a: Answers, result: AssessmentResult): string | null {
  if (f.level === '已达标') return null;
  for (const id of f.norms) {
    const reads = findNorm(id)?.reads ?? [];
    for (const key of reads) {
      const gap = answerGap(key, a, result, reads);
      if (gap !== null) return gap;
    }
  }
  return null;
}

/**
 * The message for a month the user typed that cannot be read, saying what to type with the
 * digits a phone's keypad offers (the validator's names YYYY-MM bounds, which reads as if the
 * format were wrong when only the month is missing); null when it has nothing better to say.
 */
export function monthMessage(q: Question, text: unknown): string | null {
  if (q.kind !== 'month' || typeof text !== 'string') return null;
  const t = normaliseMonth(text);
  if (t === '' || checkValue(q, t) === null) return null;
  if (/^\d{4}$/.test(t)) return `只填了年份，请把月份也填上，例如 ${t}06 表示${t}年6月`;
  // A well-formed month out of range keeps the validator's message, which names the range.
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(t) ? null : '请填写6位数字的年月，例如 202306 表示2023年6月';
}
