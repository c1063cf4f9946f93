/** The two coverage cards: each one's verdict in words, its status or score, and its summary. */
import type { AssessmentResult, CoverageCard } from '../../../shared/assessment';
import { ORGANISATION_STATUS_LABELS } from '../../../shared/assessment/engine';
import { Gauge } from './Gauge';

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

export function CoverageCards({ result }: { result: AssessmentResult }) {
  const { organisation: orgCard, work: workCard } = result.cards;
  return (
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
  );
}
