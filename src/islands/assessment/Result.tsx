/**
 * The result: both coverage cards, the to-do list, the findings by level, each with
 * the clauses it rests on quoted and their strength in plain words, and the share
 * and print tools. The association's name, the answers and the full text of every
 * article the findings to act on cite are part of the printed report only (about 3 A4
 * pages). The norm table comes with this (deferred) module.
 */
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Answers, AssessmentResult, Citation, CoverageCard, Finding, FindingLevel, QuestionnaireTexts } from '../../lib/assessment';
import { citeNorm } from '../../lib/assessment/citations';
import { MISSING_SOURCE_NOTE } from '../../lib/site/constants';
import { LEVEL_ORDER, ORGANISATION_STATUS_LABELS } from '../../lib/assessment/engine';
import { findNorm, LEVEL_NOTES, STRENGTH_LABELS, STRENGTH_NOTES, type Norm } from '../../lib/assessment/norms';
import { encodeAnswers } from '../../lib/assessment/share';
import { citationKey } from '../../lib/assessment/citable';
import { AnswerList } from './AnswerList';
import { ExportResult } from './ExportResult';
import { Gauge, TONE } from './Gauge';
import { HEADING_ID } from './state';
import { withBasisTexts, type CitationRefs } from './types';

interface Props {
  answers: Answers;
  result: AssessmentResult;
  today: string;
  /** Links and titles; the cited texts are read from the page. */
  refs: CitationRefs;
  /** The questionnaire's texts, for the answers in the printed report. */
  texts: QuestionnaireTexts;
  onEdit: () => void;
  onRestart: () => void;
}

const MISSING = MISSING_SOURCE_NOTE;
/** Where the 要求速查 page lives; every norm there quotes its clause too. */
const REQUIREMENTS_URL = '/requirements/';

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

/** 2025-06-05 → 2025年6月5日 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** How binding a quoted clause is, in the norm's own word. */
function strengthText(n: Norm): string {
  const who = n.addressee === 'superior' ? '，由上级党组织落实' : '';
  return n.source.kind === 'explainer' ? '解读文章的建议，不是法规条文' : `${STRENGTH_LABELS[n.strength]}：条文用“${n.modal}”${who}`;
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
        <span class={`strength strength--${n.strength}`} title={STRENGTH_NOTES[n.strength]}>
          {STRENGTH_LABELS[n.strength]}
        </span>
        {href ? (
          <a href={href}>{c.label}</a>
        ) : (
          <span>
            {c.label}
            {MISSING}
          </span>
        )}
        <span class="visually-hidden">，</span>
        <span class="norm-quote__strength">（{strengthText(n)}）</span>
      </figcaption>
    </figure>
  );
}

function FindingItem({ f, refs }: { f: Finding; refs: CitationRefs }) {
  const norms = f.norms.map(findNorm).filter((n): n is Norm => n !== undefined);
  return (
    <li class="finding" data-finding={f.id}>
      <p>
        <span class="finding__tag">{f.coverage === 'organisation' ? '组织覆盖' : '工作覆盖'}</span>
        {f.text}
      </p>
      <div class="finding__basis" aria-label="依据条文">
        {norms.map((n) => (
          <NormQuote key={n.id} n={n} refs={refs} />
        ))}
      </div>
    </li>
  );
}

/** What each level means, once, above the findings. */
function LevelsLegend() {
  return (
    <details class="levels-legend no-print">
      <summary>结论等级是怎么定的？</summary>
      <dl>
        {LEVEL_ORDER.map((level) => (
          <Fragment key={level}>
            <dt>{level}</dt>
            <dd>{LEVEL_NOTES[level].join('')}</dd>
          </Fragment>
        ))}
      </dl>
      <p>
        全部要求及其原文见<a href={REQUIREMENTS_URL}>要求速查</a>。
      </p>
    </details>
  );
}

/**
 * The association's name at the head of the printed report: typed here, or left blank
 * to be written in by hand on paper. It stays in this page (not saved, not in the link).
 */
function OrgName({ name, setName }: { name: string; setName: (name: string) => void }) {
  return (
    <p class="assessment-org">
      <label for="assessment-org-name">
        协会商会名称<span class="no-print">（打印在报告上）</span>
      </label>
      <input
        id="assessment-org-name"
        class="assessment-org__input"
        type="text"
        autoComplete="organization"
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
      />
    </p>
  );
}

function ShareLink({ answers }: { answers: Answers }) {
  const [status, setStatus] = useState('');
  const url = `${location.origin}${location.pathname}#${encodeAnswers(answers)}`;
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('已复制');
    } catch {
      (document.getElementById('assessment-share-url') as HTMLInputElement | null)?.select();
      setStatus('请按 Ctrl+C（Mac 为 ⌘+C）复制已选中的链接');
    }
  };
  return (
    <section class="assessment-share no-print" aria-labelledby="assessment-share-title">
      <h3 id="assessment-share-title">分享结果</h3>
      <label for="assessment-share-url">
        用下面的链接可以在其他设备上看到同样的结果。答案只写在链接“#”之后的部分，打开链接时不会发送给任何服务器。
      </label>
      <div class="assessment-share__row">
        <input
          id="assessment-share-url"
          class="assessment-share__url"
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button" onClick={() => void copy()}>
          复制链接
        </button>
      </div>
      <p role="status" class="assessment-share__status">
        {status}
      </p>
    </section>
  );
}

export function Result({ answers, result, today, refs: linkRefs, texts, onEdit, onRestart }: Props) {
  // The cited texts come from the page's "自评依据的条文" section (see withBasisTexts).
  const refs = useMemo(() => withBasisTexts(linkRefs, typeof document === 'undefined' ? undefined : document), [linkRefs]);
  const { organisation: orgCard, work: workCard } = result.cards;
  // One name for the printed report and the exported file; kept in this page only.
  const [orgName, setOrgName] = useState('');
  // The printed report quotes in full what the findings to act on rest on; a met requirement
  // keeps its citations, whose texts are on the site (this keeps the report near 3 A4 pages).
  const cited = new Map<string, Citation>();
  for (const f of result.findings) {
    if (f.level === '已达标') continue;
    for (const c of f.citations) if (!cited.has(citationKey(c))) cited.set(citationKey(c), c);
  }

  return (
    <section class="assessment-result" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1} class="assessment-heading">
        自评结果
      </h2>
      <OrgName name={orgName} setName={setOrgName} />
      <p class="assessment-result__date">自评日期：{formatDate(today)}</p>
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

      <h3>需要做的事</h3>
      {result.actions.length > 0 ? (
        <ol class="assessment-actions-list">
          {result.actions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ol>
      ) : (
        <p>各项检查均已达标，请继续保持。</p>
      )}

      <LevelsLegend />
      {LEVEL_ORDER.map((level: FindingLevel) => {
        const findings = result.findings.filter((f) => f.level === level);
        if (findings.length === 0) return null;
        return (
          <section class={`findings findings--${TONE[level]}`} key={level} aria-labelledby={`findings-${TONE[level]}`}>
            <h3 id={`findings-${TONE[level]}`}>
              {level}（{findings.length}项）
            </h3>
            <ul class="findings__list">
              {findings.map((f) => (
                <FindingItem key={f.id} f={f} refs={refs} />
              ))}
            </ul>
          </section>
        );
      })}

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
                  {ref?.title ?? c.label}
                  {ref && ref.text.length > 0 && !c.missing ? '' : MISSING}
                </h4>
                {!c.missing && ref?.text.map((p, i) => <p key={i}>{p}</p>)}
              </div>
            );
          })}
        </section>
      )}

      <ShareLink answers={answers} />
      <ExportResult answers={answers} today={today} name={orgName} setName={setOrgName} />
      <div class="assessment-actions no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          打印或导出 PDF
        </button>
        <button type="button" class="button" onClick={onEdit}>
          修改答案
        </button>
        <button type="button" class="button" onClick={onRestart}>
          清除并重新开始
        </button>
      </div>
    </section>
  );
}
