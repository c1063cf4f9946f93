/**
 * 自评汇总: a 指导员 or 主管部门 imports several associations' result files (or share
 * links) and sees one row each. Everything happens in this page: files are read with
 * File.text(), the answers are re-assessed with the current rules (lib/assessment/
 * overview), and the table lives in memory only; the CSV is made in the browser. The
 * page loads only this component; the rules arrive with the first import (loadLib).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FindingLevel } from '../../lib/assessment';
// Types only: the rules engine (most of the page's code) loads with the first import, see loadLib.
import type * as OverviewLib from '../../lib/assessment/overview';
import type { ImportItem, ImportProblem, LevelFilter, OverviewRow, SortKey } from '../../lib/assessment/overview';
import { downloadText } from '../download';

type Lib = typeof OverviewLib;
let pending: Promise<Lib> | undefined;
/** The import, re-assessment and table logic with the rules engine, fetched once on first use. */
function loadLib(): Promise<Lib> {
  pending ??= import('../../lib/assessment/overview').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

/** Worst first, as LEVEL_ORDER in lib/assessment/engine (which this chunk must not import). */
const LEVELS: readonly FindingLevel[] = ['须整改', '建议', '供参考', '已达标'];

export interface OverviewProps {
  /** Corpus slugs on the site (the engine marks citations of other sources missing). */
  sources: readonly string[];
  /** ISO date to assess against; defaults to the user's local date. For tests. */
  today?: string;
}

const TONE: Readonly<Record<FindingLevel, string>> = { 须整改: 'fix', 建议: 'advice', 供参考: 'info', 已达标: 'ok' };
const DETAIL_HEADING = 'overview-detail-heading';

function localToday(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** 2025-06-05 → 2025年6月5日 */
const formatDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const COLUMNS: readonly (readonly [SortKey, string])[] = [
  ['name', '协会商会名称'],
  ['date', '填写日期'],
  ['organisation', '组织覆盖'],
  ['work', '工作覆盖'],
  ['workScore', '工作覆盖得分'],
  ['mustFix', '须整改'],
  ['advice', '建议'],
  ['dueMonth', '本届任期届满'],
];
/** Each cell names its column on phones, where the rows are cards (see the page's style). */
const LABEL = Object.fromEntries(COLUMNS) as Record<SortKey, string>;

/** Filter by one coverage's level: 全部 or one of the levels. */
function LevelSelect({ label, value, onChange }: { label: string; value: LevelFilter; onChange: (value: LevelFilter) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as LevelFilter)}>
        <option value="all">全部</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

function Level({ level }: { level: FindingLevel }) {
  return <span class={`overview-level overview-level--${TONE[level]}`}>{level}</span>;
}

function Detail({ lib, row, today, onClose }: { lib: Lib; row: OverviewRow; today: string; onClose: () => void }) {
  const { result } = row;
  return (
    <section class="overview-detail" aria-labelledby={DETAIL_HEADING}>
      <h2 id={DETAIL_HEADING} tabIndex={-1}>
        {row.name}的自评结果
      </h2>
      <p>
        {/* .nowrap: a date never breaks across lines (lib/text/nowrap). */}
        填写日期：<span class="nowrap">{row.date ? formatDate(row.date) : lib.DATE_UNKNOWN}</span>；按本站现行规则于
        <span class="nowrap">{formatDate(today)}</span>重新评估。来源：{row.source}
      </p>
      <dl class="overview-detail__cards">
        <dt>
          组织覆盖：
          <Level level={row.organisation} />
        </dt>
        <dd>{result.cards.organisation.summary}</dd>
        <dt>
          工作覆盖：
          <Level level={row.work} />（{row.workScore}分）
        </dt>
        <dd>
          {result.cards.work.summary}
          {result.workSummary}
        </dd>
      </dl>
      <h3>需要做的事</h3>
      {result.actions.length > 0 ? (
        <ol>
          {result.actions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ol>
      ) : (
        <p>各项检查均已达标。</p>
      )}
      {LEVELS.map((level) => {
        const findings = result.findings.filter((f) => f.level === level);
        if (findings.length === 0) return null;
        return (
          <section
            key={level}
            class={`overview-findings overview-findings--${TONE[level]}`}
            aria-label={`${level}（${findings.length}项）`}
          >
            <h3>
              {level}（{findings.length}项）
            </h3>
            <ul>
              {findings.map((f) => (
                <li key={f.id} data-finding={f.id}>
                  <span class="overview-findings__tag">{f.coverage === 'organisation' ? '组织覆盖' : '工作覆盖'}</span>
                  {f.text}
                  {f.citations.length > 0 ? (
                    <span class="overview-findings__basis">依据：{f.citations.map((c) => c.label).join('；')}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p>
        所引条文原文见<a href="/requirements/">要求速查</a>。
      </p>
      <button type="button" class="button no-print" onClick={onClose}>
        返回汇总表
      </button>
    </section>
  );
}

export default function Overview({ sources, today: fixedToday }: OverviewProps) {
  const [ready, setReady] = useState(false);
  const [today, setToday] = useState(fixedToday ?? '');
  const [rows, setRows] = useState<OverviewRow[]>([]);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [report, setReport] = useState('');
  const [links, setLinks] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'organisation', direction: 'asc' });
  const [filter, setFilter] = useState<{ organisation: LevelFilter; work: LevelFilter }>({ organisation: 'all', work: 'all' });
  const [open, setOpen] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [lib, setLib] = useState<Lib | null>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setToday((t) => t || localToday());
    setReady(true);
  }, []);
  // Focus follows the view: the result's heading when a row opens, that row when it closes.
  const lastOpened = useRef<string | null>(null);
  useEffect(() => {
    if (open !== null) {
      lastOpened.current = open;
      document.getElementById(DETAIL_HEADING)?.focus();
    } else if (lastOpened.current !== null) {
      const key = lastOpened.current;
      lastOpened.current = null;
      Array.from(document.querySelectorAll<HTMLElement>('tr[data-key]'))
        .find((tr) => tr.dataset['key'] === key)
        ?.querySelector('button')
        ?.focus();
    }
  }, [open]);

  const add = (m: Lib, items: ImportItem[], early: ImportProblem[]): void => {
    const context = { today: today || localToday(), availableSources: sources };
    const before = rowsRef.current.length;
    const { rows: next, problems: found } = m.importItems(rowsRef.current, items, context);
    const all = [...early, ...found];
    rowsRef.current = next;
    setRows(next);
    setProblems(all);
    const added = next.length - before;
    setReport(`已导入${added}份${all.length > 0 ? `，${all.length}份未能导入（原因见下）` : ''}。`);
  };

  /** The logic module, or null (with a message) when it cannot be fetched. */
  const ensureLib = async (): Promise<Lib | null> => {
    try {
      const m = await loadLib();
      setLib(m);
      return m;
    } catch {
      setReport('汇总功能未能加载，请检查网络后刷新页面重试。');
      return null;
    }
  };

  const addFiles = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    const m = await ensureLib();
    if (!m) return;
    const early: ImportProblem[] = [];
    const items: ImportItem[] = [];
    for (const file of files) {
      // Too large: not read at all; readExportFile reports it from the size, in file order.
      if (file.size > m.MAX_FILE_BYTES) {
        items.push({ kind: 'file', source: file.name, text: '', bytes: file.size });
        continue;
      }
      try {
        items.push({ kind: 'file', source: file.name, text: await file.text(), bytes: file.size });
      } catch {
        early.push({ source: file.name, message: '无法读取这个文件，请重新选择。' });
      }
    }
    add(m, items, early);
  };

  const addLinks = async (): Promise<void> => {
    const m = await ensureLib();
    if (!m) return;
    const { items, problems: bad } = m.parseLinkLines(links);
    if (items.length === 0 && bad.length === 0) {
      setProblems([]);
      setReport('请先粘贴分享链接，每行一个。');
      return;
    }
    add(m, items, bad);
    if (bad.length === 0) setLinks('');
  };

  const clear = (): void => {
    rowsRef.current = [];
    setRows([]);
    setProblems([]);
    setOpen(null);
    setReport('表格已清空。');
  };

  const shown = lib ? lib.sortRows(lib.filterRows(rows, filter), sort.key, sort.direction) : rows;
  const openRow = open === null ? undefined : rows.find((r) => r.key === open);
  const toggleSort = (key: SortKey): void => setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));
  const exportCsv = (): void => {
    if (lib) downloadText(lib.toCsv(shown), `自评汇总-${today}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <div class="overview" data-ready={ready ? 'true' : undefined}>
      <section class="overview-import no-print" aria-labelledby="overview-import-title">
        <h2 id="overview-import-title">导入自评结果</h2>
        <div
          class={`overview-drop${dragging ? ' overview-drop--active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void addFiles(Array.from(e.dataTransfer?.files ?? []));
          }}
        >
          {/* A button in the page's language (the native one speaks the browser's): the label
              wraps the hidden input, so a tap on it opens the file picker. */}
          <label class="button overview-pick">
            选择结果文件
            <input
              id="overview-files"
              class="visually-hidden"
              ref={fileInput}
              type="file"
              multiple
              accept=".json,application/json"
              onChange={(e) => {
                const input = e.currentTarget;
                const files = Array.from(input.files ?? []);
                void addFiles(files).then(() => {
                  input.value = '';
                });
              }}
            />
          </label>
          <span class="overview-drop__hint">
            可一次选择多个文件<span class="overview-drop__drag">，也可以把文件拖放到这个框里</span>。
          </span>
        </div>
        <label for="overview-links">或粘贴分享链接，每行一个；可在链接前写上协会商会名称（分享链接不含名称和填写日期）</label>
        <textarea id="overview-links" rows={3} value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
        <div class="overview-actions">
          <button type="button" class="button" onClick={() => void addLinks()}>
            导入链接
          </button>
        </div>
        <div class="overview-report" role="status">
          {report ? <p>{report}</p> : null}
          {problems.length > 0 ? (
            <ul class="overview-problems">
              {problems.map((p, i) => (
                <li key={`${p.source}-${i}`}>
                  <strong>{p.source}</strong>：{p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>

      <section class="overview-table" aria-labelledby="overview-table-title" hidden={openRow !== undefined}>
        <h2 id="overview-table-title">汇总表</h2>
        <p>
          每份答卷都按本站现行的自评规则{today ? `于${formatDate(today)}` : ''}
          重新评估，结论可能与协会当时看到的不同；“填写日期”是协会填写问卷的日期。
        </p>
        {rows.length === 0 || lib === null ? (
          <p class="overview-empty">尚未导入任何结果。</p>
        ) : (
          <>
            <div class="overview-filters no-print">
              <LevelSelect
                label="组织覆盖"
                value={filter.organisation}
                onChange={(organisation) => setFilter({ ...filter, organisation })}
              />
              <LevelSelect label="工作覆盖" value={filter.work} onChange={(work) => setFilter({ ...filter, work })} />
            </div>
            <div class="overview-scroll">
              <table>
                <caption>
                  共{rows.length}家{shown.length < rows.length ? `，显示${shown.length}家` : ''}；点击一行查看该协会商会的完整结果
                </caption>
                <thead>
                  <tr>
                    {COLUMNS.map(([key, label]) => (
                      <th
                        key={key}
                        scope="col"
                        aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                      >
                        <button type="button" class="overview-sort" onClick={() => toggleSort(key)}>
                          {label}
                          <span aria-hidden="true">{sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.key} data-row={r.name} data-key={r.key} onClick={() => setOpen(r.key)}>
                      <th scope="row">
                        <button type="button" class="overview-open" onClick={() => setOpen(r.key)}>
                          {r.name}
                        </button>
                      </th>
                      <td data-label={LABEL.date}>{r.date ?? lib.DATE_UNKNOWN}</td>
                      <td data-label={LABEL.organisation}>
                        <Level level={r.organisation} />
                      </td>
                      <td data-label={LABEL.work}>
                        <Level level={r.work} />
                      </td>
                      <td data-label={LABEL.workScore}>{r.workScore}</td>
                      <td data-label={LABEL.mustFix}>{r.mustFix}</td>
                      <td data-label={LABEL.advice}>{r.advice}</td>
                      <td data-label={LABEL.dueMonth} class={r.termState === 'overdue' ? 'overview-overdue' : undefined}>
                        {r.dueMonth ?? lib.NO_TERM}
                        {r.termState !== null && r.termState !== 'ok' ? `（${lib.TERM_STATE_LABELS[r.termState]}）` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div class="overview-actions no-print">
              <button type="button" class="button button--primary" onClick={exportCsv}>
                导出 Excel 表格 (CSV)
              </button>
              <button type="button" class="button" onClick={() => window.print()}>
                打印
              </button>
              <button type="button" class="button" onClick={clear}>
                清空表格
              </button>
            </div>
          </>
        )}
      </section>
      {openRow && lib ? <Detail lib={lib} row={openRow} today={today} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
