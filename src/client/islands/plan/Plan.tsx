/**
 * 年度工作安排: the year's plan for the association whose self-assessment this browser
 * holds (or a share link carries). Everything is computed here, in the browser; nothing
 * the user enters is sent or stored. The .ics writer loads on the first download.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { STORAGE_KEY } from '../../../shared/assessment/storage';
import { MISSING_SOURCE_NOTE } from '../../../shared/site/constants';
import { addDays, addYears, chineseDate, chineseMonth, firstOfMonth, monthOf, parseDay, weekdayName } from '../../../shared/plan/days';
import { CHINESE_DAYS } from '../../../shared/plan/holidays';
import {
  buildPlan,
  describeRule,
  type DayRule,
  type Milestone,
  type Plan as PlanData,
  type PlanClause,
  type PlanEvent,
  type PlannedDuty,
} from '../../../shared/plan/plan';
import type { RuleId } from '../../../shared/plan/types';
import { localToday } from '../../../shared/dates';
import { downloadText } from '../download';
import { readSource, type AnswerSource } from './source';
import type { PlanProps, PlanRef } from './types';

type PeriodChoice = 'next12' | `${number}`;

function periodOf(choice: PeriodChoice, today: string): { start: string; end: string } {
  if (choice === 'next12') return { start: today, end: addDays(addYears(today, 1), -1) };
  return { start: `${choice}-01-01`, end: `${choice}-12-31` };
}

const DEFAULT_RULES: Readonly<Record<RuleId, DayRule>> = {
  themed: { kind: 'weekday', nth: 1, weekday: 5 },
  committee: { kind: 'weekday', nth: 1, weekday: 1 },
};

/** Short names for the month table; the full title is in the .ics and the lists. */
const SHORT: Partial<Record<PlanEvent['kind'], string>> = {
  'term-due': '换届',
  'term-reminder': '换届提醒',
  'probation-due': '预备期满',
};

const MAX_PROBATION_DATES = 20;

function ClauseQuote({
  clause,
  refs,
  strengthLabels,
  quotedIn,
}: {
  clause: PlanClause;
  refs: PlanProps['refs'];
  strengthLabels: PlanProps['strengthLabels'];
  /** The duty above that already quotes this clause: its words are not repeated. */
  quotedIn?: string | undefined;
}) {
  const href = refs[clause.key]?.href ?? null;
  return (
    <figure class="plan-clause" data-clause={clause.key}>
      {quotedIn ? (
        <p class="plan-clause__again">原话见上文“{quotedIn}”</p>
      ) : (
        <blockquote cite={href ?? undefined}>
          <p>{clause.quote}</p>
        </blockquote>
      )}
      <figcaption>
        {clause.strength && <span class="plan-strength">{strengthLabels[clause.strength]}</span>}
        {href ? (
          <a href={href}>{clauseLabel(clause.label)}</a>
        ) : (
          <span>
            {clauseLabel(clause.label)}
            {MISSING_SOURCE_NOTE}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

const dayOf = (date: string): string => `${Number(date.slice(8, 10))}日`;

/**
 * 《title》第N条…, its article number on one line (shared/text/nowrap; the plan's script stays
 * within its budget without that module: its labels always end with the article).
 */
function clauseLabel(label: string) {
  const cut = label.lastIndexOf('》') + 1;
  return (
    <>
      {label.slice(0, cut)}
      <span class="nowrap">{label.slice(cut)}</span>
    </>
  );
}

function datesText(duty: PlannedDuty): string {
  if (duty.schedule === 'as-due') return '不排日期';
  if (duty.schedule === 'superior') return '日期由上级党组织确定';
  if (duty.events.length === 0) return '安排期间内没有日期';
  return duty.events.map((e) => `${Number(e.date.slice(5, 7))}月${dayOf(e.date)}`).join('、');
}

function DutyItem({
  duty,
  refs,
  strengthLabels,
  quotedIn,
}: {
  duty: PlannedDuty;
  refs: PlanProps['refs'];
  strengthLabels: PlanProps['strengthLabels'];
  /** The first duty that quotes each clause (by its words). */
  quotedIn: ReadonlyMap<string, string>;
}) {
  const earlier = (c: PlanClause): string | undefined => {
    const first = quotedIn.get(c.quote);
    return first === duty.title ? undefined : first;
  };
  return (
    <li class="plan-duty" data-duty={duty.id}>
      <h3>
        {duty.title}
        <span class={`plan-level plan-level--${duty.level === '须整改' ? 'fix' : 'advice'}`}>未做到：{duty.level}</span>
      </h3>
      <p class="plan-duty__when">
        <strong>{duty.frequency}</strong>
        <span class="plan-duty__dates">：{datesText(duty)}</span>
      </p>
      {[...duty.clauses, ...duty.timing].map((c) => (
        <ClauseQuote key={c.key + c.quote} clause={c} refs={refs} strengthLabels={strengthLabels} quotedIn={earlier(c)} />
      ))}
      {duty.notes.map((n) => (
        <p class="plan-note" key={n}>
          {n}
        </p>
      ))}
    </li>
  );
}

function eventMark(e: PlanEvent): string {
  if (e.moved) return `（原定${dayOf(e.moved.from)}，${e.moved.reason}顺延）`;
  return e.unverified ? '†' : '';
}

function MonthTable({ plan }: { plan: PlanData }) {
  const first = monthOf(plan.period.start);
  const last = monthOf(plan.period.end);
  const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <table class="plan-months">
      <caption>逐月日程（只列出有日期的工作）</caption>
      <thead>
        <tr>
          <th scope="col">月份</th>
          <th scope="col">日期和工作</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => {
          const events = plan.events.filter((e) => monthOf(e.date) === m);
          const days = [...new Set(events.map((e) => e.date))];
          return (
            <tr key={m} data-month={firstOfMonth(m).slice(0, 7)}>
              <th scope="row">{chineseMonth(m)}</th>
              <td>
                {days.length === 0
                  ? '—'
                  : days.map((d) => {
                      const onDay = events.filter((e) => e.date === d);
                      const p = parseDay(d)!;
                      const weekday = weekdayName(new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()).slice(2);
                      return (
                        <span class="plan-day" key={d} data-date={d}>
                          {dayOf(d)}（{weekday}）{onDay.map((e) => SHORT[e.kind] ?? e.title).join('、')}
                          {eventMark(onDay[0]!)}
                        </span>
                      );
                    })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function MilestoneItem({
  m,
  refs,
  strengthLabels,
}: {
  m: Milestone;
  refs: PlanProps['refs'];
  strengthLabels: PlanProps['strengthLabels'];
}) {
  return (
    <li class="plan-milestone" data-milestone={m.kind}>
      <p>
        {m.event && <strong class="nowrap">{chineseDate(m.event.date)}：</strong>}
        {m.text}
      </p>
      {m.clauses.map((c) => (
        <ClauseQuote key={c.key + c.quote} clause={c} refs={refs} strengthLabels={strengthLabels} />
      ))}
    </li>
  );
}

function RulePicker({ id, legend, rule, onChange }: { id: string; legend: string; rule: DayRule; onChange: (rule: DayRule) => void }) {
  const nth = rule.kind === 'date' ? 'date' : String(rule.nth);
  return (
    <fieldset class="plan-rule">
      <legend>{legend}</legend>
      <label for={`${id}-nth`}>每月</label>
      <select
        id={`${id}-nth`}
        value={nth}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(
            v === 'date'
              ? { kind: 'date', day: 10 }
              : { kind: 'weekday', nth: Number(v) as 1, weekday: rule.kind === 'weekday' ? rule.weekday : 5 },
          );
        }}
      >
        <option value="1">第一个</option>
        <option value="2">第二个</option>
        <option value="3">第三个</option>
        <option value="4">第四个</option>
        <option value="-1">最后一个</option>
        <option value="date">固定日期</option>
      </select>
      {rule.kind === 'weekday' ? (
        <>
          <label class="visually-hidden" for={`${id}-day`}>
            星期几
          </label>
          <select
            id={`${id}-day`}
            value={String(rule.weekday)}
            onChange={(e) => onChange({ ...rule, weekday: Number(e.currentTarget.value) })}
          >
            {[1, 2, 3, 4, 5, 6, 0].map((d) => (
              <option key={d} value={String(d)}>
                {weekdayName(d)}
              </option>
            ))}
          </select>
        </>
      ) : (
        <>
          <label class="visually-hidden" for={`${id}-day`}>
            几日
          </label>
          <select
            id={`${id}-day`}
            value={String(rule.day)}
            onChange={(e) => onChange({ kind: 'date', day: Number(e.currentTarget.value) })}
          >
            {Array.from({ length: 31 }, (_, i) => i + 1).map((d) => (
              <option key={d} value={String(d)}>
                {d}日
              </option>
            ))}
          </select>
        </>
      )}
      <span class="plan-rule__note">遇节假日、周末顺延到当月下一个工作日。</span>
    </fieldset>
  );
}

function HolidayNote({ years, plan }: { years: PlanProps['holidayYears']; plan: PlanData }) {
  const source = years ? `收录了${years.first}年至${years.last}年国务院办公厅公布的放假和调休安排` : '没有可用的节假日数据';
  return (
    <p class="plan-holidays" data-holidays>
      日期避开周末和法定节假日，并按调休安排把补班日算作工作日。节假日数据来自开源软件包 chinese-days，{source}。
      {plan.uncoveredYears.length > 0 &&
        `${plan.uncoveredYears.join('、')}年的安排尚未收录（通常在上一年年底公布），标 † 的日期只避开了周末，请在公布后核对。`}
    </p>
  );
}

/** The day rules the user may set, in the order the form shows them. */
const RULE_LEGENDS: readonly (readonly [RuleId, string])[] = [
  ['themed', '主题党日（每月相对固定1天）'],
  ['committee', '委员会会议'],
];

function usesRule(plan: PlanData, id: RuleId): boolean {
  return plan.duties.some((d) => d.id === (id === 'committee' ? 'committee-meeting' : 'themed-day'));
}

export default function Plan({ table, refs, strengthLabels, site, holidayYears, today: fixedToday }: PlanProps) {
  const [today, setToday] = useState(fixedToday ?? '');
  const [source, setSource] = useState<AnswerSource | null>(null);
  const [org, setOrg] = useState('');
  const [choice, setChoice] = useState<PeriodChoice>('next12');
  const [rules, setRules] = useState<Record<RuleId, DayRule>>(DEFAULT_RULES);
  const [starts, setStarts] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const day = fixedToday ?? localToday();
    setToday(day);
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage may be blocked; a share link still works.
    }
    setSource(readSource(location.hash, stored, day));
  }, [fixedToday]);

  const answers = source && source.kind !== 'none' ? source.answers : null;
  const validStarts = starts.filter((d) => parseDay(d) !== null && d <= today);
  const plan = useMemo(
    () =>
      answers && today
        ? buildPlan({ answers, period: periodOf(choice, today), rules, probationStarts: validStarts }, table, CHINESE_DAYS)
        : null,
    [answers, table, today, choice, rules, validStarts.join()],
  );

  if (source === null || !today) {
    return (
      <div class="plan">
        <p class="plan-loading">正在读取自评答案……</p>
      </div>
    );
  }
  if (source.kind === 'none' || plan === null || answers === null) {
    return (
      <div class="plan">
        <p class="plan-problem" role="alert">
          {source.kind === 'none' ? source.message : ''}
        </p>
        <p>
          <a class="button button--primary" href="/assessment/">
            去做“两个覆盖”自评
          </a>
        </p>
      </div>
    );
  }

  const year = Number(today.slice(0, 4));
  const quotedIn = new Map<string, string>();
  for (const d of plan.duties) for (const c of [...d.clauses, ...d.timing]) if (!quotedIn.has(c.quote)) quotedIn.set(c.quote, d.title);
  const probationary = Math.min(answers.probationaryMembers, MAX_PROBATION_DATES);
  const futureStart = starts.some((d) => d > today);
  const download = async (): Promise<void> => {
    setStatus('正在生成日历文件……');
    const { planToIcs, planFileName } = await import('../../../shared/plan/ics');
    const links = Object.fromEntries(
      Object.entries(refs).map(([key, ref]: [string, PlanRef]) => [key, ref.href ? new URL(ref.href, site).href : null]),
    );
    const text = planToIcs(plan, { organisation: org, links, planUrl: new URL('/assessment/plan/', site).href, stamp: new Date() });
    downloadText(text, planFileName(plan), 'text/calendar;charset=utf-8');
    setStatus(`已生成日历文件，共${plan.events.length}项日程。在手机上打开该文件即可添加到日历。`);
  };

  return (
    <div class="plan" data-ready="true">
      <p class="plan-source note no-print" role="status">
        {source.kind === 'shared' ? '根据分享链接中的自评答案制定（没有保存到本机）。' : '根据本机保存的自评答案制定。'}
        <a href={source.kind === 'shared' ? `/assessment/${location.hash}` : '/assessment/'}>查看或修改自评</a>
      </p>
      <section class="plan-settings no-print" aria-labelledby="plan-settings-title">
        <h2 id="plan-settings-title">安排设置</h2>
        <fieldset class="plan-period">
          <legend>安排期间</legend>
          {(['next12', `${year}`, `${year + 1}`] as PeriodChoice[]).map((c) => (
            <label key={c}>
              <input type="radio" name="plan-period" value={c} checked={choice === c} onChange={() => setChoice(c)} />
              {c === 'next12' ? (
                <>
                  今后12个月（<span class="nowrap">{chineseDate(today, false)}</span>起）
                </>
              ) : (
                `${c}年全年`
              )}
            </label>
          ))}
        </fieldset>
        {RULE_LEGENDS.filter(([id]) => usesRule(plan, id)).map(([id, legend]) => (
          <RulePicker key={id} id={`plan-${id}`} legend={legend} rule={rules[id]} onChange={(r) => setRules({ ...rules, [id]: r })} />
        ))}
        {probationary > 0 && (
          <fieldset class="plan-probation">
            <legend>预备党员（共{answers.probationaryMembers}名）被支部大会接收为预备党员的日期</legend>
            <p class="plan-note">自评问卷没有问到这些日期。填写后，本表列出每人预备期满、应当讨论转正的日期；不填写则不列出。</p>
            {Array.from({ length: probationary }, (_, i) => (
              <label key={i} class="plan-probation__date">
                第{i + 1}名
                <input
                  type="date"
                  max={today}
                  value={starts[i] ?? ''}
                  onInput={(e) => {
                    const next = [...starts];
                    next[i] = e.currentTarget.value;
                    setStarts(next);
                  }}
                />
              </label>
            ))}
            {futureStart && (
              <p class="plan-problem" role="alert">
                接收日期不能晚于今天（{chineseDate(today, false)}），晚于今天的日期没有计入。
              </p>
            )}
          </fieldset>
        )}
      </section>

      <header class="plan-head">
        <p class="plan-org">
          <label for="plan-org-name">
            协会商会名称<span class="no-print">（打印在安排上，并写入日历文件）</span>
          </label>
          <input
            id="plan-org-name"
            class="plan-org__input"
            type="text"
            autoComplete="organization"
            value={org}
            onInput={(e) => setOrg(e.currentTarget.value)}
          />
        </p>
        <p class="plan-period-text">
          {/* .nowrap: a date never breaks across lines (shared/text/nowrap). */}
          安排期间：<span class="nowrap">{chineseDate(plan.period.start, false)}</span>至
          <span class="nowrap">{chineseDate(plan.period.end, false)}</span>
          {usesRule(plan, 'themed') && `；主题党日${describeRule(rules.themed)}`}
          {usesRule(plan, 'committee') && `，委员会会议${describeRule(rules.committee)}`}
        </p>
        {plan.foundedFrom !== undefined && <p class="plan-note">本会党组织于{chineseMonth(plan.foundedFrom)}成立，此前的月份不作安排。</p>}
        <HolidayNote years={holidayYears} plan={plan} />
      </header>

      {plan.events.length > 0 && <MonthTable plan={plan} />}

      {plan.milestones.length > 0 && (
        <section class="plan-section" aria-labelledby="plan-milestones-title">
          <h2 id="plan-milestones-title">由答案推算的日期</h2>
          <ul class="plan-milestones">
            {plan.milestones.map((m) => (
              <MilestoneItem key={m.kind + m.text} m={m} refs={refs} strengthLabels={strengthLabels} />
            ))}
          </ul>
        </section>
      )}

      <section class="plan-section" aria-labelledby="plan-duties-title">
        <h2 id="plan-duties-title">经常性工作及其依据</h2>
        {plan.duties.length === 0 ? (
          <p>本会尚未建立或参加党组织，没有需要按期开展的组织生活。请先按自评结果建立党组织或参加联合党支部。</p>
        ) : (
          <>
            <p class="plan-note no-print">
              按未做到时的结论排列：“须整改”的在前。每项引用条文原话并注明约束力；“本站的安排”是我们为排日期所作的假设，不是条文的要求。
            </p>
            <ul class="plan-duties">
              {plan.duties.map((d) => (
                <DutyItem key={d.id} duty={d} refs={refs} strengthLabels={strengthLabels} quotedIn={quotedIn} />
              ))}
            </ul>
          </>
        )}
      </section>

      <div class="plan-actions no-print">
        {plan.events.length > 0 && (
          <button type="button" class="button button--primary" onClick={() => void download()}>
            下载日历文件（.ics）
          </button>
        )}
        <button type="button" class="button" onClick={() => window.print()}>
          打印或导出 PDF
        </button>
      </div>
      <p class="plan-status no-print" role="status">
        {status}
      </p>
    </div>
  );
}
