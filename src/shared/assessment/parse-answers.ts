/**
 * Validation of questionnaire answers. Accepts anything (form state, decoded share
 * links, localStorage) and never throws: bad input becomes Chinese field errors.
 *
 * Values must already have their JS type (numbers for counts, booleans for 是/否,
 * option values as strings); the island converts raw input before calling.
 * Answers to questions hidden by `showIf` are dropped, not rejected, because the
 * UI may keep them after an earlier answer changed.
 */
import { findStep, isVisible, QUESTIONS } from './questions';
import { isoDateMonthIndex, monthIndex } from './months';
import type { Answers, FieldError, PartialAnswers, Question } from './types';

/**
 * The short names messages use. They are data of their own (question-names.ts), not in
 * this module, which the island's first chunk carries: the page hands them to the island
 * with the texts, and client/islands/assessment/mount.ts registers them; pure callers outside
 * the island register QUESTION_NAMES. Unregistered, a message names the question's id.
 */
let questionNames: Readonly<Partial<Record<string, string>>> = {};

export function setQuestionNames(names: Readonly<Partial<Record<string, string>>>): void {
  questionNames = names;
}

export const questionName = (id: string): string => questionNames[id] ?? id;

export interface ParseOptions {
  /** ISO date; when given, a last election after this month is rejected. */
  today?: string;
}

export type ParseResult = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] };

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** Own properties only, so nothing inherited (or polluted) counts as an answer. */
function ownValue(source: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
}

function missingMessage(q: Question): string {
  return q.kind === 'yesno' || q.kind === 'choice' ? `请选择${questionName(q.id)}` : `请填写${questionName(q.id)}`;
}

/** Error message for a present value, or null when the value is acceptable. */
export function checkValue(q: Question, value: unknown): string | null {
  const name = questionName(q.id);
  switch (q.kind) {
    case 'integer': {
      const min = q.min ?? 0;
      const max = q.max ?? Number.MAX_SAFE_INTEGER;
      const ok = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
      return ok ? null : `${name}须为 ${min} 到 ${max} 之间的整数`;
    }
    case 'yesno':
      if (q.unsure && value === 'unknown') return null;
      return typeof value === 'boolean' ? null : q.unsure ? `${name}须选择“是”“否”或“不清楚”` : `${name}须选择“是”或“否”`;
    case 'choice': {
      const ok = typeof value === 'string' && (q.options ?? []).some((o) => o.value === value);
      return ok ? null : `${name}须从给定选项中选择`;
    }
    case 'month': {
      const min = q.minMonth ?? '0001-01';
      const max = q.maxMonth ?? '9999-12';
      const index = typeof value === 'string' ? monthIndex(value) : null;
      const ok = index !== null && index >= (monthIndex(min) ?? 0) && index <= (monthIndex(max) ?? Infinity);
      return ok ? null : `${name}须为 ${min} 到 ${max} 之间的年月，格式如 2023-06`;
    }
  }
}

/** Reads the visible questions in order; visibility only sees already-accepted values. */
function readAnswers(source: Record<string, unknown>): { clean: PartialAnswers; errors: FieldError[] } {
  const clean: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const q of QUESTIONS) {
    if (!isVisible(q, clean as PartialAnswers)) continue;
    const value = ownValue(source, q.id);
    if (value === undefined || value === null || (q.optional === true && value === '')) {
      if (q.optional !== true) errors.push({ field: q.id, message: missingMessage(q) });
      continue;
    }
    const message = checkValue(q, value);
    if (message === null) clean[q.id] = value;
    else errors.push({ field: q.id, message });
  }
  return { clean: clean as PartialAnswers, errors };
}

/** Checks between fields; each only runs when the fields involved are present. */
function crossFieldErrors(a: PartialAnswers, options: ParseOptions): FieldError[] {
  const errors: FieldError[] = [];
  const formal = a.formalMembers;
  const total = formal !== undefined && a.probationaryMembers !== undefined ? formal + a.probationaryMembers : undefined;
  if (total !== undefined && a.membersRelationElsewhere !== undefined && a.membersRelationElsewhere > total) {
    errors.push({
      field: 'membersRelationElsewhere',
      message: `组织关系不在本会的党员人数不能超过正式党员与预备党员人数之和（${total}）`,
    });
  }
  const elsewhere = a.membersRelationElsewhere;
  if (a.formalElsewhere !== undefined && elsewhere !== undefined && formal !== undefined && a.probationaryMembers !== undefined) {
    // The formal ones among those elsewhere: no more than either count, and enough for the probationary ones to fit.
    const most = Math.min(elsewhere, formal);
    const least = Math.max(0, elsewhere - a.probationaryMembers);
    if (a.formalElsewhere > most || a.formalElsewhere < least) {
      errors.push({ field: 'formalElsewhere', message: `其中正式党员人数应在 ${least} 到 ${most} 之间` });
    }
  }
  const own = a.organisationForm === 'branch' || a.organisationForm === 'higher';
  if (own && total === 0) {
    errors.push({ field: 'organisationForm', message: '本会没有党员时，不能选择本会单独建立了党组织，请核对党员人数或组织形式' });
  } else if (a.organisationForm === 'higher' && formal !== undefined && formal < 3) {
    errors.push({ field: 'organisationForm', message: '正式党员不足3人时无法组成党总支或党委的委员会，请核对' });
  }
  if (a.hasCommittee === true && formal !== undefined && formal < 3) {
    errors.push({ field: 'hasCommittee', message: '正式党员不足3人时无法组成支部委员会，请核对' });
  }
  const todayIndex = options.today === undefined ? null : isoDateMonthIndex(options.today);
  const electionIndex = a.lastElection === undefined ? null : monthIndex(a.lastElection);
  const foundedIndex = a.foundedMonth === undefined ? null : monthIndex(a.foundedMonth);
  const thisMonth = options.today?.slice(0, 7) ?? '';
  if (todayIndex !== null && electionIndex !== null && electionIndex > todayIndex) {
    errors.push({ field: 'lastElection', message: `上次换届年月不能晚于本月（${thisMonth}）` });
  }
  if (todayIndex !== null && foundedIndex !== null && foundedIndex > todayIndex) {
    errors.push({ field: 'foundedMonth', message: `党组织成立年月不能晚于本月（${thisMonth}）` });
  }
  if (electionIndex !== null && foundedIndex !== null && electionIndex < foundedIndex) {
    errors.push({ field: 'lastElection', message: `上次换届年月不能早于党组织成立年月（${a.foundedMonth ?? ''}）` });
  }
  return errors;
}

const MALFORMED: FieldError = { field: '', message: '答卷数据格式不正确，请重新填写' };

export function parseAnswers(input: unknown, options: ParseOptions = {}): ParseResult {
  if (!isRecord(input)) return { ok: false, errors: [MALFORMED] };
  try {
    const { clean, errors } = readAnswers(input);
    errors.push(...crossFieldErrors(clean, options));
    if (errors.length > 0) return { ok: false, errors };
    // Every always-visible question was required above, so the object is complete.
    return { ok: true, answers: clean as Answers };
  } catch {
    // Only exotic objects (throwing getters, revoked proxies) get here.
    return { ok: false, errors: [MALFORMED] };
  }
}

/** Errors for the visible questions of one step (empty array = the step may be left). */
export function validateStep(stepId: string, partial: unknown, options: ParseOptions = {}): FieldError[] {
  const step = findStep(stepId as Parameters<typeof findStep>[0]);
  if (step === undefined) return [{ field: '', message: '未知的问卷步骤' }];
  try {
    const { clean, errors } = readAnswers(isRecord(partial) ? partial : {});
    const inStep = new Set<string>(step.questions.map((q) => q.id));
    return [...errors, ...crossFieldErrors(clean, options)].filter((e) => inStep.has(e.field));
  } catch {
    return [MALFORMED];
  }
}

/** Keeps only well-typed, in-range values of known questions (visibility ignored). */
export function sanitisePartialAnswers(input: unknown): PartialAnswers {
  if (!isRecord(input)) return {};
  const clean: Record<string, unknown> = {};
  try {
    for (const q of QUESTIONS) {
      const value = ownValue(input, q.id);
      if (value !== undefined && value !== null && checkValue(q, value) === null) clean[q.id] = value;
    }
  } catch {
    return {};
  }
  return clean as PartialAnswers;
}
