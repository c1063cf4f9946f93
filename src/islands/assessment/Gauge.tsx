/**
 * One of the two coverage gauges. The state is always spelled out in text; the
 * work score is also a native <meter> named by the gauge title.
 */
import type { FindingLevel } from '../../lib/assessment';

export const TONE: Readonly<Record<FindingLevel, string>> = { 须整改: 'fix', 建议: 'advice', 已达标: 'ok' };
const SYMBOL: Readonly<Record<FindingLevel, string>> = { 须整改: '✕', 建议: '！', 已达标: '✓' };

interface Props {
  id: string;
  title: string;
  subtitle: string;
  level: FindingLevel;
  value: string;
  summary: string;
  /** 0–100: shown as a meter. */
  score?: number;
}

export function Gauge({ id, title, subtitle, level, value, summary, score }: Props) {
  const titleId = `${id}-title`;
  return (
    <div class={`gauge gauge--${TONE[level]}`} id={id}>
      <h3 class="gauge__title" id={titleId}>
        {title}
        <span class="gauge__subtitle">（{subtitle}）</span>
      </h3>
      <p class="gauge__value">
        <span class="gauge__symbol" aria-hidden="true">
          {SYMBOL[level]}
        </span>
        {value}
      </p>
      {score !== undefined && (
        <meter class="gauge__meter" min={0} max={100} low={60} high={90} optimum={100} value={score} aria-labelledby={titleId}>
          {score}分
        </meter>
      )}
      <p class="gauge__summary">{summary}</p>
    </div>
  );
}
