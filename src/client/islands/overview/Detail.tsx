/** One association's full result, opened from its row of the table. */
import type { OverviewRow } from '../../../shared/assessment/overview';
import { COVERAGE_NAMES } from '../../../shared/assessment/coverages';
import { LEVEL_ORDER, TONE } from '../../../shared/assessment/levels';
import { chineseDate } from '../../../shared/dates';
import { Level } from './Level';
import type { Lib } from './lib';

/** The detail's heading, which takes the focus when a row opens. */
export const DETAIL_HEADING = 'overview-detail-heading';

export function Detail({ lib, row, today, onClose }: { lib: Lib; row: OverviewRow; today: string; onClose: () => void }) {
  const { result } = row;
  return (
    <section class="overview-detail" aria-labelledby={DETAIL_HEADING}>
      <h2 id={DETAIL_HEADING} tabIndex={-1}>
        {row.name}的自评结果
      </h2>
      <p>
        {/* .nowrap: a date never breaks across lines (shared/text/nowrap). */}
        填写日期：<span class="nowrap">{row.date ? chineseDate(row.date) : lib.DATE_UNKNOWN}</span>；按本站现行规则于
        <span class="nowrap">{chineseDate(today)}</span>重新评估。来源：{row.source}
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
      {LEVEL_ORDER.map((level) => {
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
                  <span class="overview-findings__tag">{COVERAGE_NAMES[f.coverage]}</span>
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
