/** The two coverage cards: each one's verdict in words, its status or score, and its summary. */
import type { AssessmentResult, Coverage, CoverageCard } from '../../../shared/assessment';
import { COVERAGE_ALIASES, COVERAGE_NAMES, COVERAGES } from '../../../shared/assessment/coverages';
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

/** What each card shows besides its verdict: the set-up's status, or the work score. */
function reading(result: AssessmentResult, coverage: Coverage): { value: string; summary: string; score?: number } {
  const { summary } = result.cards[coverage];
  if (coverage === 'organisation') return { value: ORGANISATION_STATUS_LABELS[result.organisation.status], summary };
  return { value: `落实程度：${result.workScore}分（满分100分）`, summary: `${summary}${result.workSummary}`, score: result.workScore };
}

export function CoverageCards({ result }: { result: AssessmentResult }) {
  return (
    <div class="gauges">
      {COVERAGES.map((c) => (
        <Gauge
          key={c}
          id={`gauge-${c}`}
          title={COVERAGE_NAMES[c]}
          subtitle={COVERAGE_ALIASES[c]}
          level={result.cards[c].level}
          verdict={verdictText(result.cards[c])}
          {...reading(result, c)}
        />
      ))}
    </div>
  );
}
