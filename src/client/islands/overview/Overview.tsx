/**
 * 自评汇总: a 指导员 or 主管部门 imports several associations' result files (or share
 * links) and sees one row each. Everything happens in this page: files are read with
 * File.text(), the answers are re-assessed with the current rules (shared/assessment/
 * overview), and the table lives in memory only; the CSV is made in the browser. The
 * page loads only this component; the rules arrive with the first import (loadLib).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SourceTitles } from '../../../shared/assessment';
import type { ImportItem, ImportProblem, OverviewRow, SortKey } from '../../../shared/assessment/overview';
import { localToday } from '../../../shared/dates';
import { downloadText } from '../download';
import { Detail, DETAIL_HEADING } from './Detail';
import { ImportForm } from './ImportForm';
import { loadLib, type Lib } from './lib';
import { Table, type Filter, type Sort } from './Table';

export interface OverviewProps {
  /** Corpus slugs on the site (the engine marks citations of other sources missing). */
  sources: readonly string[];
  /** What citations call each source, from the corpus at build time (node/data/regulations, sourceTitles). */
  titles: SourceTitles;
  /** ISO date to assess against; defaults to the user's local date. For tests. */
  today?: string;
}

export default function Overview({ sources, titles, today: fixedToday }: OverviewProps) {
  const [ready, setReady] = useState(false);
  const [today, setToday] = useState(fixedToday ?? '');
  const [rows, setRows] = useState<OverviewRow[]>([]);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [report, setReport] = useState('');
  const [links, setLinks] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'organisation', direction: 'asc' });
  const [filter, setFilter] = useState<Filter>({ organisation: 'all', work: 'all' });
  const [open, setOpen] = useState<string | null>(null);
  const [lib, setLib] = useState<Lib | null>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

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
    const context = { today: today || localToday(), availableSources: sources, titles };
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
      <ImportForm onFiles={addFiles} links={links} onLinksInput={setLinks} onLinks={addLinks} report={report} problems={problems} />
      <Table
        {...{ lib, rows, shown, today, sort, filter }}
        on={{ sort: toggleSort, filter: setFilter, open: setOpen, exportCsv, clear }}
        hidden={openRow !== undefined}
      />
      {openRow && lib ? <Detail lib={lib} row={openRow} today={today} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
