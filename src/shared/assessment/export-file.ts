/**
 * The result file an association exports and a 指导员 or 主管部门 imports on the
 * 自评汇总 page. It holds exactly: the format version, the association's name, the
 * date the questionnaire was filled in, the answers, and a checksum over those four
 * (FNV-1a, as in share links) so that an edited or cut file is noticed. Nothing else:
 * no findings (the overview re-assesses the answers with the rules of the day).
 *
 * Pure and DOM-free; readers never throw: every problem becomes one Chinese message.
 */
import { parseAnswers } from './parse-answers';
import { QUESTIONS } from './questions';
import { checksum } from './share';
import type { Answers } from './types';

export const EXPORT_VERSION = 1;
/** Larger files are refused unread: a real export is well under 2 kB. */
export const EXPORT_MAX_BYTES = 64 * 1024;
export const NAME_MAX_LENGTH = 100;
export const TOO_LARGE = `文件过大（超过 ${EXPORT_MAX_BYTES / 1024} KB），不是本站导出的自评结果文件。`;

export interface ExportEntry {
  name: string;
  /** ISO date (YYYY-MM-DD) the questionnaire was filled in. */
  date: string;
  answers: Answers;
}

export type ReadResult = { ok: true; entry: ExportEntry } | { ok: false; message: string };

/** Trimmed name, or the message why it cannot be used. */
export function checkName(input: string): { ok: true; name: string } | { ok: false; message: string } {
  const name = typeof input === 'string' ? input.trim().replace(/\s+/g, ' ') : '';
  if (name === '') return { ok: false, message: '请填写协会商会名称' };
  if ([...name].length > NAME_MAX_LENGTH) return { ok: false, message: `协会商会名称不能超过${NAME_MAX_LENGTH}个字` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(name)) return { ok: false, message: '协会商会名称含有无法使用的控制字符' };
  return { ok: true, name };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Answers in question order, so the checksum does not depend on key order. */
function orderedAnswers(answers: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of QUESTIONS) {
    const value = (answers as unknown as Record<string, unknown>)[q.id];
    if (value !== undefined) out[q.id] = value;
  }
  return out;
}

function sumOf(version: number, name: string, date: string, answers: Record<string, unknown>): string {
  return checksum(JSON.stringify([version, name, date, answers]));
}

/** The file's text (pretty JSON). The name must have passed checkName. */
export function createExportFile(entry: ExportEntry): string {
  const answers = orderedAnswers(entry.answers);
  const file = {
    version: EXPORT_VERSION,
    name: entry.name,
    date: entry.date,
    answers,
    checksum: sumOf(EXPORT_VERSION, entry.name, entry.date, answers),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Suggested file name: 自评结果-<name>-<date>.json, without characters file systems refuse. */
export function exportFileName(entry: Pick<ExportEntry, 'name' | 'date'>): string {
  // eslint-disable-next-line no-control-regex
  const safe = entry.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 60);
  return `自评结果-${safe}-${entry.date}.json`;
}

const KEYS = new Set(['version', 'name', 'date', 'answers', 'checksum']);

/**
 * Reads one file's text. `bytes` is the file's size as read (the caller may refuse
 * bigger files before reading them; this checks again).
 */
export function readExportFile(text: string, bytes: number = new TextEncoder().encode(text).length): ReadResult {
  const fail = (message: string): ReadResult => ({ ok: false, message });
  if (bytes > EXPORT_MAX_BYTES) return fail(TOO_LARGE);
  if (typeof text !== 'string' || text.trim() === '') return fail('文件是空的，不是本站导出的自评结果文件。');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('文件不是 JSON 格式，不是本站导出的自评结果文件。');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('文件内容不是自评结果，不是本站导出的自评结果文件。');
  const record = data as Record<string, unknown>;
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  const version = own('version');
  if (typeof version !== 'number') return fail('文件中没有格式版本，不是本站导出的自评结果文件。');
  if (version !== EXPORT_VERSION) {
    return fail(
      version > EXPORT_VERSION
        ? `文件的格式版本（${version}）比本页面新，请刷新页面后再导入。`
        : `文件的格式版本（${version}）已不再支持，请让该协会重新导出。`,
    );
  }
  const name = own('name');
  const date = own('date');
  const answers = own('answers');
  const sum = own('checksum');
  const extra = Object.keys(record).filter((k) => !KEYS.has(k));
  if (
    typeof name !== 'string' ||
    !isIsoDate(date) ||
    typeof answers !== 'object' ||
    answers === null ||
    Array.isArray(answers) ||
    typeof sum !== 'string' ||
    extra.length > 0
  ) {
    return fail('文件内容不完整或有多余的项目，可能已被修改，请让该协会重新导出。');
  }
  if (sumOf(version, name, date, answers as Record<string, unknown>) !== sum) {
    return fail('文件校验失败：内容在导出后被修改或已损坏，请让该协会重新导出。');
  }
  const checked = checkName(name);
  if (!checked.ok || checked.name !== name) return fail('文件中的协会商会名称无效，请让该协会重新导出。');
  const parsed = parseAnswers(answers, { today: date });
  if (!parsed.ok) {
    return fail(`文件中的答卷数据不完整或有误（${parsed.errors[0]?.message ?? '答卷数据有误'}），请让该协会重新导出。`);
  }
  return { ok: true, entry: { name, date, answers: parsed.answers } };
}
