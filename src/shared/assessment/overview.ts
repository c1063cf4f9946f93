/**
 * The 自评汇总 page's logic, pure and DOM-free: reading imported files and pasted
 * share links, re-assessing every answer set with the current rules, the table's rows,
 * sorting, filtering and the CSV export. Nothing here throws on user input: every
 * file or line that cannot be used becomes one Chinese message and the rest load.
 */
import { assess } from './engine';
import { LEVEL_ORDER } from './levels';
import { checkName, EXPORT_MAX_BYTES, readExportFile } from './export-file';
import { setQuestionNames } from './parse-answers';
import { QUESTION_NAMES } from './question-names';
import { decodeAnswers } from './share';
import type { Answers, AssessmentContext, AssessmentResult, FindingLevel, TermState } from './types';

// Messages about an imported file or link name the question (see setQuestionNames); this
// page has no questionnaire texts of its own.
setQuestionNames(QUESTION_NAMES);

export interface OverviewRow {
  /** Unique within the table (the association's normalised name). */
  key: string;
  name: string;
  /** When the questionnaire was filled in; null for a share link without a date. */
  date: string | null;
  /** Where it came from: the file's name, or 第N行链接. */
  source: string;
  answers: Answers;
  result: AssessmentResult;
  organisation: FindingLevel;
  work: FindingLevel;
  workScore: number;
  mustFix: number;
  advice: number;
  dueMonth: string | null;
  termState: TermState | null;
}

export interface ImportProblem {
  source: string;
  message: string;
}

export type ImportItem =
  { kind: 'file'; source: string; text: string; bytes: number } | { kind: 'link'; source: string; name: string | null; hash: string };

export const TERM_STATE_LABELS: Readonly<Record<TermState, string>> = {
  ok: '在任期内',
  'due-soon': '即将届满',
  overdue: '已超期',
  'future-date': '换届日期晚于本月',
};

/** Names that differ only in spacing or letter case are the same association. */
export const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function toRow(name: string, date: string | null, source: string, answers: Answers, context: AssessmentContext): OverviewRow {
  // Assessed as of the day the answers were given, so terms and months are not re-dated.
  const result = assess(answers, date === null ? context : { ...context, today: date });
  const { organisation: org, work } = result.cards;
  return {
    key: nameKey(name),
    name,
    date,
    source,
    answers,
    result,
    organisation: org.level,
    work: work.level,
    workScore: result.workScore,
    mustFix: org.counts['须整改'] + work.counts['须整改'],
    advice: org.counts['建议'] + work.counts['建议'],
    dueMonth: result.term?.dueMonth ?? null,
    termState: result.term?.state ?? null,
  };
}

/** Optional name, then the link (a full URL, a bare “#…” or just the hash itself) at the end of the line. */
const LINK_LINE = /^(.*?)(?:https?:\/\/\S*#|\/\S*#|#)?(a\d+\.[^\s#]*)$/u;

/**
 * Pasted text, one share link per line, optionally preceded by the association's name
 * (“某某协会 https://…/assessment/#a2.…”). Lines without a link are reported.
 */
export function parseLinkLines(text: string): { items: ImportItem[]; problems: ImportProblem[] } {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const lines = typeof text === 'string' ? text.split(/\r\n|\r|\n/) : [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    const source = `第${i + 1}行链接`;
    const match = LINK_LINE.exec(trimmed);
    if (!match?.[2]) {
      problems.push({ source, message: '这一行没有自评分享链接（链接中应含“#a2.”），请粘贴自评结果页上的完整分享链接。' });
      return;
    }
    const name = (match[1] ?? '').replace(/[\s:：,，;；]+$/u, '').trim();
    items.push({ kind: 'link', source, name: name === '' ? null : name, hash: match[2] });
  });
  return { items, problems };
}

/**
 * Adds items to the rows already in the table. Each item either becomes a row or a
 * problem; a name already in the table (or earlier in the batch) is a problem too.
 */
export function importItems(
  existing: readonly OverviewRow[],
  items: readonly ImportItem[],
  context: AssessmentContext,
): { rows: OverviewRow[]; problems: ImportProblem[] } {
  const rows = [...existing];
  const problems: ImportProblem[] = [];
  const taken = new Map(rows.map((r) => [r.key, r.source]));
  let unnamed = rows.filter((r) => r.name.startsWith('未命名')).length;
  for (const item of items) {
    let name: string;
    let date: string | null;
    let answers: Answers;
    if (item.kind === 'file') {
      const read = readExportFile(item.text, item.bytes);
      if (!read.ok) {
        problems.push({ source: item.source, message: read.message });
        continue;
      }
      ({ name, date, answers } = read.entry);
    } else {
      const decoded = decodeAnswers(item.hash, { today: context.today });
      if (!decoded.ok) {
        problems.push({ source: item.source, message: decoded.message });
        continue;
      }
      if (item.name === null) {
        name = `未命名（${++unnamed}）`;
      } else {
        const checked = checkName(item.name);
        if (!checked.ok) {
          problems.push({ source: item.source, message: `${checked.message}。` });
          continue;
        }
        name = checked.name;
      }
      date = decoded.date ?? null;
      answers = decoded.answers;
    }
    const key = nameKey(name);
    const first = taken.get(key);
    if (first !== undefined) {
      problems.push({
        source: item.source,
        message: `“${name}”已经导入过（来自 ${first}），同一协会商会只保留先导入的一份；如需替换，请先清空表格再导入。`,
      });
      continue;
    }
    try {
      rows.push(toRow(name, date, item.source, answers, context));
      taken.set(key, item.source);
    } catch {
      problems.push({ source: item.source, message: '无法按现行规则评估这份答卷，请让该协会重新导出。' });
    }
  }
  return { rows, problems };
}

/** Files bigger than this are refused without being read. */
export const MAX_FILE_BYTES = EXPORT_MAX_BYTES;

export type SortKey = 'name' | 'date' | 'organisation' | 'work' | 'workScore' | 'mustFix' | 'advice' | 'dueMonth';
export type LevelFilter = FindingLevel | 'all';

const levelRank = (l: FindingLevel): number => LEVEL_ORDER.indexOf(l);

/** Ascending order of each column; 'organisation'/'work' ascend from the worst level. */
function compare(a: OverviewRow, b: OverviewRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name, 'zh-CN');
    case 'date':
      return (a.date ?? '').localeCompare(b.date ?? '');
    case 'organisation':
      return levelRank(a.organisation) - levelRank(b.organisation);
    case 'work':
      return levelRank(a.work) - levelRank(b.work) || a.workScore - b.workScore;
    case 'workScore':
      return a.workScore - b.workScore;
    case 'mustFix':
      return a.mustFix - b.mustFix;
    case 'advice':
      return a.advice - b.advice;
    case 'dueMonth':
      // Rows without a term (no organisation of their own) go last.
      return (a.dueMonth ?? '9999-99').localeCompare(b.dueMonth ?? '9999-99');
  }
}

/** Stable sort; ties keep import order. */
export function sortRows(rows: readonly OverviewRow[], key: SortKey, direction: 'asc' | 'desc'): OverviewRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => sign * compare(x.row, y.row, key) || x.i - y.i)
    .map(({ row }) => row);
}

export function filterRows(rows: readonly OverviewRow[], filter: { organisation: LevelFilter; work: LevelFilter }): OverviewRow[] {
  return rows.filter(
    (r) => (filter.organisation === 'all' || r.organisation === filter.organisation) && (filter.work === 'all' || r.work === filter.work),
  );
}

export const DATE_UNKNOWN = '未注明（分享链接）';
export const NO_TERM = '无（未单独建立党组织）';

export const CSV_HEADER = [
  '协会商会名称',
  '填写日期',
  '组织覆盖',
  '工作覆盖',
  '工作覆盖得分',
  '须整改（项）',
  '建议（项）',
  '本届任期届满',
  '换届状态',
] as const;

export function csvCells(r: OverviewRow): string[] {
  return [
    r.name,
    r.date ?? DATE_UNKNOWN,
    r.organisation,
    r.work,
    String(r.workScore),
    String(r.mustFix),
    String(r.advice),
    r.dueMonth ?? NO_TERM,
    r.termState === null ? '' : TERM_STATE_LABELS[r.termState],
  ];
}

/** A cell for Excel/WPS: quoted when needed; text starting like a formula is defused. */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a BOM and CRLF line ends: what Excel and WPS open as Chinese text. */
export function toCsv(rows: readonly OverviewRow[]): string {
  const lines = [CSV_HEADER.map(csvCell).join(','), ...rows.map((r) => csvCells(r).map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
