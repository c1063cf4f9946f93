/**
 * The result, phone first: one headline, the tools to send, print and save it, then what
 * is to be done by level in plain words with the shortfall (plain.ts), each with its
 * reasoning and quoted clauses folded; the met requirements folded as a whole; then both
 * coverage cards. The answers and the full text of every article the findings to act on
 * cite are part of the printed report only (about 3 A4 pages), which unfolds everything.
 * The norm table comes with this (deferred) module.
 */
import { Nowrap } from '../nowrap';
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Answers, AssessmentResult, Citation, CoverageCard, Finding, FindingLevel, QuestionnaireTexts } from '../../lib/assessment';
import { citeNorm } from '../../lib/assessment/citations';
import { MISSING_SOURCE_NOTE } from '../../lib/site/constants';
import { LEVEL_ORDER, ORGANISATION_STATUS_LABELS } from '../../lib/assessment/engine';
import { findNorm, STRENGTH_LABELS, type Norm } from '../../lib/assessment/norms';
import { citationKey } from '../../lib/assessment/citable';
import { encodeAnswers } from '../../lib/assessment/share';
import { AnswerList } from './AnswerList';
import { ExportResult } from './ExportResult';
import { Gauge, TONE } from './Gauge';
import { formatDate, headline, shortfall, todoText } from './plain';
import { HEADING_ID } from './state';
import { withBasisTexts, type CitationRefs } from './types';

interface Props {
  answers: Answers;
  result: AssessmentResult;
  /** The date the answers were given, which the result is assessed as of (YYYY-MM-DD). */
  date: string;
  /** The day the result is shown: a later one is said, so that no one reads it as of today. */
  today: string;
  /** Links and titles; the cited texts are read from the page. */
  refs: CitationRefs;
  /** The questionnaire's texts, for the answers in the printed report. */
  texts: QuestionnaireTexts;
  onEdit: () => void;
  /** The 清除并重新开始 control (it asks first; see Assessment). */
  clear: ComponentChildren;
}

const MISSING = MISSING_SOURCE_NOTE;

/** The card's verdict in words: the worst level, with how many findings stand at it. */
export function verdictText(card: CoverageCard): string {
  switch (card.level) {
    case '须整改':
      return `须整改（${card.counts['须整改']}项）`;
    case '建议':
      return `有建议（${card.counts['建议']}项）`;
    default:
      return '已达标';
  }
}

/** Why the badge says what it says: the norm's own word (the badge names the strength, once). */
function strengthReason(n: Norm): string {
  const who = n.addressee === 'superior' ? '，由上级党组织落实' : '';
  return n.source.kind === 'explainer' ? '不是法规条文' : `条文用“${n.modal}”${who}`;
}

/** One quoted clause: the norm's own words, where they stand, and how binding they are. */
function NormQuote({ n, refs }: { n: Norm; refs: CitationRefs }) {
  const c = citeNorm(n);
  const href = refs[citationKey(c)]?.href ?? null;
  return (
    <figure class="norm-quote" data-norm={n.id}>
      <blockquote cite={href ?? undefined}>
        <p>{n.quote}</p>
      </blockquote>
      <figcaption>
        <span class={`strength strength--${n.strength}`}>{STRENGTH_LABELS[n.strength]}</span>
        {href ? (
          <a href={href}>
            <Nowrap text={c.label} />
          </a>
        ) : (
          <span>
            <Nowrap text={c.label} />
            {MISSING}
          </span>
        )}
        <span class="visually-hidden">，</span>
        <span class="norm-quote__strength">（{strengthReason(n)}）</span>
      </figcaption>
    </figure>
  );
}

function Basis({ f, refs }: { f: Finding; refs: CitationRefs }) {
  const norms = f.norms.map(findNorm).filter((n): n is Norm => n !== undefined);
  return (
    <div class="finding__basis" aria-label="依据条文">
      {norms.map((n) => (
        <NormQuote key={n.id} n={n} refs={refs} />
      ))}
    </div>
  );
}

const tag = (f: Finding) => <span class="finding__tag">{f.coverage === 'organisation' ? '组织覆盖' : '工作覆盖'}</span>;

/** Something to do: what, in plain words, and how far from it; the reasoning and the clauses folded below. */
function ToDoItem({ f, gap, refs }: { f: Finding; gap: string | null; refs: CitationRefs }) {
  const todo = todoText(f);
  return (
    <li class="finding" data-finding={f.id}>
      <p class="finding__todo">
        {tag(f)}
        <strong>{todo}</strong>
        {gap && <span class="finding__gap">——{gap}</span>}
      </p>
      <details class="finding__more">
        <summary>
          说明和依据<span class="visually-hidden">（{todo}）</span>
        </summary>
        <p>{f.text}</p>
        <Basis f={f} refs={refs} />
      </details>
    </li>
  );
}

/** A met requirement: what was found, with its clauses (the whole list is folded). */
function MetItem({ f, refs }: { f: Finding; refs: CitationRefs }) {
  return (
    <li class="finding" data-finding={f.id}>
      <p>
        {tag(f)}
        {f.text}
      </p>
      <Basis f={f} refs={refs} />
    </li>
  );
}

export function Result({ answers, result, date, today, refs: linkRefs, texts, onEdit, clear }: Props) {
  // The cited texts come from the page's "自评依据的条文" section (see withBasisTexts).
  const refs = useMemo(() => withBasisTexts(linkRefs, typeof document === 'undefined' ? undefined : document), [linkRefs]);
  const { organisation: orgCard, work: workCard } = result.cards;
  // One name for the printed report, the message and the file; kept in this page only.
  const [orgName, setOrgName] = useState('');
  const summary = headline(result.findings);
  // The printed report quotes in full what the findings to act on rest on; a met requirement
  // keeps its citations, whose texts are on the site (this keeps the report near 3 A4 pages).
  const cited = new Map<string, Citation>();
  for (const f of result.findings) {
    if (f.level === '已达标') continue;
    for (const c of f.citations) if (!cited.has(citationKey(c))) cited.set(citationKey(c), c);
  }
  const met = result.findings.filter((f) => f.level === '已达标');

  return (
    <section class="assessment-result" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1} class="assessment-heading">
        自评结果
      </h2>
      <p class="result-headline">{summary}</p>
      <ExportResult answers={answers} date={date} headline={summary} name={orgName} setName={setOrgName} />
      <p class="assessment-result__date">
        {/* .nowrap: a date never breaks across lines (lib/text/nowrap). */}
        自评日期：<span class="nowrap">{formatDate(date)}</span>
        {date < today && (
          <>
            。本结果按填写日期<span class="nowrap">{formatDate(date)}</span>计算
          </>
        )}
      </p>

      {LEVEL_ORDER.filter((level) => level !== '已达标').map((level: FindingLevel) => {
        const findings = result.findings.filter((f) => f.level === level);
        if (findings.length === 0) return null;
        return (
          <section class={`findings findings--${TONE[level]}`} key={level} aria-labelledby={`findings-${TONE[level]}`}>
            <h3 id={`findings-${TONE[level]}`}>
              {level}（{findings.length}项）
            </h3>
            <ol class="findings__list">
              {findings.map((f) => (
                <ToDoItem key={f.id} f={f} gap={shortfall(f, answers, result)} refs={refs} />
              ))}
            </ol>
          </section>
        );
      })}
      {met.length > 0 && (
        <details class="findings findings--ok">
          <summary>
            <h3 id="findings-ok">已达标（{met.length}项）</h3>
          </summary>
          <ul class="findings__list">
            {met.map((f) => (
              <MetItem key={f.id} f={f} refs={refs} />
            ))}
          </ul>
        </details>
      )}

      <div class="gauges">
        <Gauge
          id="gauge-organisation"
          title="组织覆盖"
          subtitle="有形覆盖"
          level={orgCard.level}
          verdict={verdictText(orgCard)}
          value={ORGANISATION_STATUS_LABELS[result.organisation.status]}
          summary={orgCard.summary}
        />
        <Gauge
          id="gauge-work"
          title="工作覆盖"
          subtitle="有效覆盖"
          level={workCard.level}
          verdict={verdictText(workCard)}
          value={`落实程度：${result.workScore}分（满分100分）`}
          summary={`${workCard.summary}${result.workSummary}`}
          score={result.workScore}
        />
      </div>

      <section class="print-only" aria-labelledby="assessment-print-answers">
        <h3 id="assessment-print-answers">填写的答案</h3>
        <AnswerList values={answers} texts={texts} headingLevel="h4" />
      </section>
      {cited.size > 0 && (
        <section class="print-only assessment-sources" aria-labelledby="assessment-print-sources">
          <h3 id="assessment-print-sources">引用条文原文</h3>
          <p class="assessment-sources__note">以下是须整改、建议和供参考各项所依据条文的原文；已达标各项所依据的条文见本站法规页面。</p>
          {[...cited].map(([key, c]) => {
            const ref = refs[key];
            return (
              <div class="assessment-source" key={key} data-source={key}>
                <h4>
                  <Nowrap text={ref?.title ?? c.label} />
                  {ref && ref.text.length > 0 && !c.missing ? '' : MISSING}
                </h4>
                {!c.missing &&
                  ref?.text.map((p, i) => (
                    <p key={i}>
                      <Nowrap text={p} />
                    </p>
                  ))}
              </div>
            );
          })}
        </section>
      )}

      <div class="assessment-actions no-print">
        <a class="button" href={`/assessment/plan/#${encodeAnswers(answers, date)}`}>
          年度工作安排
        </a>
        <button type="button" class="button" onClick={onEdit}>
          修改答案
        </button>
      </div>
      <div class="assessment-clear no-print">{clear}</div>
    </section>
  );
}
