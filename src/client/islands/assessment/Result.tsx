/**
 * The result, phone first: one headline, the tools to send, print and save it, then what
 * is to be done by level in plain words with the shortfall (plain.ts), each with its
 * reasoning and quoted clauses folded; the met requirements folded as a whole; then both
 * coverage cards. The answers and the full text of every article the findings to act on
 * cite are part of the printed report only (about 3 A4 pages), which unfolds everything.
 * The norm table comes with this (deferred) module.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Answers, AssessmentResult, FindingLevel, QuestionnaireTexts, SourceTitles } from '../../../shared/assessment';
import { LEVEL_ORDER, TONE } from '../../../shared/assessment/levels';
import { chineseDate } from '../../../shared/dates';
import { encodeAnswers } from '../../../shared/assessment/share';
import { AnswerList } from './AnswerList';
import { CoverageCards } from './CoverageCards';
import { ExportResult } from './ExportResult';
import { MetItem, ToDoItem } from './FindingItem';
import { headline, shortfall } from './plain';
import { PrintedSources } from './PrintedSources';
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
  titles: SourceTitles;
  /** The questionnaire's texts, for the answers in the printed report. */
  texts: QuestionnaireTexts;
  onEdit: () => void;
  /** The 清除并重新开始 control (it asks first; see Assessment). */
  clear: ComponentChildren;
}

export function Result({ answers, result, date, today, refs: linkRefs, titles, texts, onEdit, clear }: Props) {
  // The cited texts come from the page's "自评依据的条文" section (see withBasisTexts).
  const refs = useMemo(() => withBasisTexts(linkRefs, typeof document === 'undefined' ? undefined : document), [linkRefs]);
  // One name for the printed report, the message and the file; kept in this page only.
  const [orgName, setOrgName] = useState('');
  const summary = headline(result.findings);
  const met = result.findings.filter((f) => f.level === '已达标');

  return (
    <section class="assessment-result" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1} class="assessment-heading">
        自评结果
      </h2>
      <p class="result-headline">{summary}</p>
      <ExportResult answers={answers} date={date} headline={summary} name={orgName} setName={setOrgName} />
      <p class="assessment-result__date">
        {/* .nowrap: a date never breaks across lines (shared/text/nowrap). */}
        自评日期：<span class="nowrap">{chineseDate(date)}</span>
        {date < today && (
          <>
            。本结果按填写日期<span class="nowrap">{chineseDate(date)}</span>计算
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
                <ToDoItem key={f.id} f={f} gap={shortfall(f, answers, result)} refs={refs} titles={titles} />
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
              <MetItem key={f.id} f={f} refs={refs} titles={titles} />
            ))}
          </ul>
        </details>
      )}

      <CoverageCards result={result} />

      <section class="print-only" aria-labelledby="assessment-print-answers">
        <h3 id="assessment-print-answers">填写的答案</h3>
        <AnswerList values={answers} texts={texts} headingLevel="h4" />
      </section>
      <PrintedSources result={result} refs={refs} />

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
