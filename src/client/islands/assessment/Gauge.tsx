/**
 * One of the two coverage cards. The verdict is the worst level among the coverage's
 * findings, spelled out in text (never colour alone); the status line and the work
 * score (a native <meter> named by the card title) explain it.
 */
import type { FindingLevel } from '../../../shared/assessment';
import { TONE } from '../../../shared/assessment/levels';

const SYMBOL: Readonly<Record<FindingLevel, string>> = { 须整改: '✕', 建议: '！', 供参考: 'ⅰ', 已达标: '✓' };

interface Props {
  id: string;
  title: string;
  subtitle: string;
  level: FindingLevel;
  /** The verdict in words, e.g. 须整改（2项）. */
  verdict: string;
  /** What the set-up is, or the score. */
  value: string;
  summary: string;
  /** 0–100: shown as a meter. */
  score?: number;
}

export function Gauge({ id, title, subtitle, level, verdict, value, summary, score }: Props) {
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
        {verdict}
      </p>
      <p class="gauge__status">{value}</p>
      {score !== undefined && (
        <meter class="gauge__meter" min={0} max={100} low={60} high={90} optimum={100} value={score} aria-labelledby={titleId}>
          {score}分
        </meter>
      )}
      <p class="gauge__summary">{summary}</p>
    </div>
  );
}
