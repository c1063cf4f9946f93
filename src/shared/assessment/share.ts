/**
 * Share links: the answers travel in the URL hash as `a4.<body>.<date>.<checksum>`,
 * the date (YYYYMMDD) being the day the answers were given, so that a link opened later
 * is assessed as of that day, not re-dated (issue #19); `a4.<body>.<checksum>` without
 * a date is read too (the result is then as of the day it is opened).
 *
 * The body lists the answers in the frozen FIELDS_V4 order, joined by '-':
 * counts as digits, 是/否 as 1/0, choices as the index into the frozen code list
 * below, months as YYYYMM, and an empty slot for a skipped question (trailing
 * empties dropped). Only digits and '-' appear, so the hash needs no escaping
 * and a typical link stays under 100 characters. Formats are frozen per version:
 * changing the fields or codes means a new prefix, so an old link fails with a
 * clear message instead of being misread. The checksum catches edits and cuts.
 */
import { parseAnswers, type ParseOptions } from './parse-answers';
import type { AnswerKey, Answers } from './types';

export const SHARE_PREFIX = 'a4';
/**
 * a3 differs from a4 only in that its 是/否 answers of 作用发挥 and 发展党员 had no 不清楚
 * (code 2): its tokens mean the same under the a4 table, so its links are read as they are.
 */
const READ_PREFIXES = new Set([SHARE_PREFIX, 'a3']);
/**
 * Links of earlier questionnaires: a1 before the norm table added questions, a2 before
 * members were counted apart and 发展党员 was added (issue #18).
 */
const OLD_PREFIXES = new Set(['a1', 'a2']);

type Codec = { kind: 'int' } | { kind: 'bool' } | { kind: 'unsure' } | { kind: 'month' } | { kind: 'choice'; values: readonly string[] };

const INT: Codec = { kind: 'int' };
const BOOL: Codec = { kind: 'bool' };
/** 是/否/不清楚 as 1/0/2 (a4). */
const UNSURE: Codec = { kind: 'unsure' };
const choice = (...values: string[]): Codec => ({ kind: 'choice', values });

const REACH = choice('all', 'some', 'none');

/** Frozen: new fields go at the end; changing one means a new prefix (a4: UNSURE fields). */
const FIELDS_V4: readonly (readonly [AnswerKey, Codec])[] = [
  ['formalMembers', INT],
  ['probationaryMembers', INT],
  ['membersRelationElsewhere', INT],
  ['keyAssociation', choice('yes', 'no', 'unknown')],
  ['organisationForm', choice('branch', 'higher', 'joint', 'none')],
  ['hasCommittee', BOOL],
  ['hasSecretary', BOOL],
  ['hasDisciplineMember', BOOL],
  ['hasPartyGroups', BOOL],
  ['secretaryFromManagement', BOOL],
  ['outreach', choice('organiser', 'liaison', 'both', 'none')],
  ['termYears', choice('3', '4', '5', 'unknown')],
  ['lastElection', { kind: 'month' }],
  ['generalMeetings', INT],
  ['committeeMeetings', INT],
  ['partyGroupMeetings', INT],
  ['partyLectures', INT],
  ['themedPartyDays', INT],
  ['lifeMeetings', INT],
  ['democraticReview', BOOL],
  ['elsewhereMembersParticipate', BOOL],
  ['jointParticipation', BOOL],
  ['charterIncludesPartyBuilding', UNSURE],
  ['crossAppointment', UNSURE],
  ['disciplineSupervisorCross', UNSURE],
  ['secretaryAttendsManagement', UNSURE],
  ['hasPartyInstructor', UNSURE],
  ['memberFilesComplete', UNSURE],
  ['duesManaged', UNSURE],
  ['outOfTownChamber', BOOL],
  ['higherForm', choice('general-branch', 'committee')],
  ['groupsNeeded', BOOL],
  ['secretaryReported', UNSURE],
  ['secretaryTrained', UNSURE],
  ['foundedMonth', { kind: 'month' }],
  ['formalElsewhere', INT],
  ['relationsPending', BOOL],
  ['jointUnits', INT],
  ['flowingBranch', BOOL],
  ['secretaryApproved', BOOL],
  ['secretaryPartyYears', BOOL],
  ['secretaryInducted', BOOL],
  ['termExtended', choice('not-due', 'approved', 'not-approved', 'unknown')],
  ['secretaryLecture', BOOL],
  ['talksCommittee', REACH],
  ['talksCommitteeMembers', REACH],
  ['heartToHeartMembers', REACH],
  ['membersAttendLife', BOOL],
  ['studyHours', BOOL],
  ['reportsToSuperior', UNSURE],
  ['developmentWork', UNSURE],
  ['applications', INT],
  ['applicantsTalked', REACH],
  ['activists', INT],
  ['activistsMentored', UNSURE],
  ['probationReview', choice('all', 'some', 'none', 'not-due')],
];

export const SHARE_FIELDS: readonly AnswerKey[] = FIELDS_V4.map(([key]) => key);

/** `date`: ISO date (YYYY-MM-DD) the answers were given, when the link carries it. */
export type DecodeResult = { ok: true; answers: Answers; date?: string } | { ok: false; message: string };

const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** YYYY-MM-DD → YYYYMMDD, or '' when it is not a real calendar date. */
function compactDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m && isoDate(`${m[1]}${m[2]}${m[3]}`) !== null ? `${m[1]}${m[2]}${m[3]}` : '';
}

/** YYYYMMDD → YYYY-MM-DD, or null when it is not a real calendar date. */
function isoDate(compact: string): string | null {
  const m = COMPACT_DATE.exec(compact);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** FNV-1a (32 bit) in base 36: cheap, deterministic, enough to notice an altered or cut link. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function encodeValue(value: Answers[AnswerKey], codec: Codec): string {
  if (value === undefined) return '';
  switch (codec.kind) {
    case 'int':
      return typeof value === 'number' ? String(value) : '';
    case 'bool':
      return value === true ? '1' : value === false ? '0' : '';
    case 'unsure':
      return value === true ? '1' : value === false ? '0' : value === 'unknown' ? '2' : '';
    case 'month':
      return typeof value === 'string' ? value.replace('-', '') : '';
    case 'choice': {
      const index = typeof value === 'string' ? codec.values.indexOf(value) : -1;
      return index < 0 ? '' : String(index);
    }
  }
}

/** Unreadable tokens are passed on as the raw string, so parseAnswers names the field. */
function decodeToken(token: string, codec: Codec): unknown {
  switch (codec.kind) {
    case 'int':
      return /^\d{1,9}$/.test(token) ? Number(token) : token;
    case 'bool':
      return token === '1' ? true : token === '0' ? false : token;
    case 'unsure':
      return token === '1' ? true : token === '0' ? false : token === '2' ? 'unknown' : token;
    case 'month':
      return /^\d{6}$/.test(token) ? `${token.slice(0, 4)}-${token.slice(4)}` : token;
    case 'choice':
      return /^\d$/.test(token) ? (codec.values[Number(token)] ?? token) : token;
  }
}

/** `date`: the ISO date the answers were given; the link carries it when it is a real date. */
export function encodeAnswers(answers: Answers, date?: string): string {
  const tokens = FIELDS_V4.map(([key, codec]) => encodeValue(answers[key], codec));
  while (tokens.length > 0 && tokens[tokens.length - 1] === '') tokens.pop();
  const body = tokens.join('-');
  const day = compactDate(date);
  if (day !== '') return `${SHARE_PREFIX}.${body}.${day}.${checksum(`${body}.${day}`)}`;
  return `${SHARE_PREFIX}.${body}.${checksum(body)}`;
}

const fail = (message: string): DecodeResult => ({ ok: false, message });

/** Accepts the hash with or without a leading '#'. Never throws. */
export function decodeAnswers(hash: string, options: ParseOptions = {}): DecodeResult {
  const text = typeof hash === 'string' ? hash.trim().replace(/^#/, '') : '';
  if (text === '') return fail('链接中没有答卷数据。');
  const parts = text.split('.');
  if (OLD_PREFIXES.has(parts[0] ?? '')) {
    return fail(
      '这个分享链接来自旧版问卷。新版问卷把组织关系不在本会的党员分开计算，并增加了成立时间、换届延期、谈心谈话和发展党员等问题，旧链接中的答案无法直接得出结论，请重新填写问卷。',
    );
  }
  if (!READ_PREFIXES.has(parts[0] ?? '')) {
    return fail('无法识别这个分享链接的版本，它可能来自旧版页面或已被修改，请重新填写问卷。');
  }
  const dated = parts.length === 4;
  const [, body, day = '', sum] = dated ? parts : [parts[0], parts[1], '', parts[2]];
  if (
    (parts.length !== 3 && !dated) ||
    body === undefined ||
    sum === undefined ||
    body === '' ||
    sum === '' ||
    (dated && !COMPACT_DATE.test(day))
  ) {
    return fail('分享链接不完整，可能在复制时被截断，请重新复制完整链接。');
  }
  if (checksum(dated ? `${body}.${day}` : body) !== sum) {
    return fail('分享链接校验失败，可能在复制时被截断或内容被修改，请重新复制完整链接。');
  }
  const date = dated ? isoDate(day) : null;
  if (dated && date === null) return fail('分享链接中的填写日期无效，可能已被修改，请重新填写问卷。');
  if (date !== null && options.today !== undefined && date > options.today.slice(0, 10)) {
    return fail(`分享链接中的填写日期（${date}）晚于今天，请核对设备日期或重新复制链接。`);
  }
  const tokens = body.split('-');
  if (!/^[0-9-]+$/.test(body) || tokens.length > FIELDS_V4.length) {
    return fail('分享链接的内容无法解析，可能已被修改，请重新填写问卷。');
  }
  const record: Record<string, unknown> = {};
  FIELDS_V4.forEach(([key, codec], i) => {
    const token = tokens[i];
    if (token !== undefined && token !== '') record[key] = decodeToken(token, codec);
  });
  // The answers are checked as of the day they were given (a last election "after this month").
  const parsed = parseAnswers(record, date === null ? options : { ...options, today: date });
  if (!parsed.ok) {
    const first = parsed.errors[0]?.message ?? '答卷数据有误';
    return fail(`分享链接中的答卷数据不完整或有误（${first}），请重新填写问卷。`);
  }
  return date === null ? { ok: true, answers: parsed.answers } : { ok: true, answers: parsed.answers, date };
}
