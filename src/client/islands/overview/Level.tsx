/** A level as the overview shows it, and the filter by level. */
import type { FindingLevel } from '../../../shared/assessment';
import type { LevelFilter } from '../../../shared/assessment/overview';
import { LEVEL_ORDER, TONE } from '../../../shared/assessment/levels';

/** Filter by one coverage's level: 全部 or one of the levels. */
export function LevelSelect({ label, value, onChange }: { label: string; value: LevelFilter; onChange: (value: LevelFilter) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as LevelFilter)}>
        <option value="all">全部</option>
        {LEVEL_ORDER.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Level({ level }: { level: FindingLevel }) {
  return <span class={`overview-level overview-level--${TONE[level]}`}>{level}</span>;
}
