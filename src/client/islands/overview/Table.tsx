/** The table of the imported associations: filters, sortable columns, one row each, and the CSV, print and clear actions. */
import type { LevelFilter, OverviewRow, SortKey } from '../../../shared/assessment/overview';
import { COVERAGE_NAMES } from '../../../shared/assessment/coverages';
import { chineseDate } from '../../../shared/dates';
import { Level, LevelSelect } from './Level';
import type { Lib } from './lib';

const COLUMNS: readonly (readonly [SortKey, string])[] = [
  ['name', '协会商会名称'],
  ['date', '填写日期'],
  ['organisation', COVERAGE_NAMES.organisation],
  ['work', COVERAGE_NAMES.work],
  ['workScore', '工作覆盖得分'],
  ['mustFix', '须整改'],
  ['advice', '建议'],
  ['dueMonth', '本届任期届满'],
];
/** Each cell names its column on phones, where the rows are cards (see the page's style). */
const LABEL = Object.fromEntries(COLUMNS) as Record<SortKey, string>;

export type Sort = { key: SortKey; direction: 'asc' | 'desc' };
export type Filter = { organisation: LevelFilter; work: LevelFilter };

/** What the table's controls do. */
interface Actions {
  sort: (key: SortKey) => void;
  filter: (filter: Filter) => void;
  open: (key: string) => void;
  exportCsv: () => void;
  clear: () => void;
}

interface Props {
  lib: Lib | null;
  rows: readonly OverviewRow[];
  /** The rows filtered and sorted. */
  shown: readonly OverviewRow[];
  today: string;
  sort: Sort;
  filter: Filter;
  on: Actions;
  /** While one association's result is open. */
  hidden: boolean;
}

export function Table({ lib, rows, shown, today, sort, filter, on, hidden }: Props) {
  return (
    <section class="overview-table" aria-labelledby="overview-table-title" hidden={hidden}>
      <h2 id="overview-table-title">汇总表</h2>
      <p>
        每份答卷都按本站现行的自评规则{today ? `于${chineseDate(today)}` : ''}
        重新评估，结论可能与协会当时看到的不同；“填写日期”是协会填写问卷的日期。
      </p>
      {rows.length === 0 || lib === null ? (
        <p class="overview-empty">尚未导入任何结果。</p>
      ) : (
        <>
          <div class="overview-filters no-print">
            <LevelSelect label="组织覆盖" value={filter.organisation} onChange={(organisation) => on.filter({ ...filter, organisation })} />
            <LevelSelect label="工作覆盖" value={filter.work} onChange={(work) => on.filter({ ...filter, work })} />
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
                      <button type="button" class="overview-sort" onClick={() => on.sort(key)}>
                        {label}
                        <span aria-hidden="true">{sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.key} data-row={r.name} data-key={r.key} onClick={() => on.open(r.key)}>
                    <th scope="row">
                      <button type="button" class="overview-open" onClick={() => on.open(r.key)}>
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
            <button type="button" class="button button--primary" onClick={on.exportCsv}>
              导出 Excel 表格 (CSV)
            </button>
            <button type="button" class="button" onClick={() => window.print()}>
              打印
            </button>
            <button type="button" class="button" onClick={on.clear}>
              清空表格
            </button>
          </div>
        </>
      )}
    </section>
  );
}
