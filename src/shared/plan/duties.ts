/**
 * The recurring duties of a year's plan, read off the assessment's norm table: each duty
 * in the data file duties.json names the norms (shared/assessment/norms) that impose it and
 * set how often, and when in the year the texts place it. Nothing there restates a norm; the
 * few clauses the plan needs beyond the table (when a duty falls, how long a 预备期 lasts)
 * are quoted in its timingClauses, verbatim, and checked against the corpus by
 * tests/build/plan-quotes.test.ts.
 *
 * planTable() resolves it all at build time: the page hands the result to the island as
 * JSON, so the norm table does not travel in the plan page's JavaScript.
 */
import { citationKey } from '../assessment/citable';
import { cite, citeNorm, type SourceTitles } from '../assessment/citations';
import { findNorm, unmetLevel, type Norm } from '../assessment/norms';
import table from './duties.json';
import type { Applies, Cadence, DutyId, PlanClause, PlanTable, ResolvedDuty } from './types';

/** A clause the plan quotes for timing, not for an obligation: it has no strength of its own. */
export interface TimingClause {
  slug: string;
  article: number;
  quote: string;
}

export interface DutyDefinition {
  id: DutyId;
  /** What the calendar event is called. */
  title: string;
  /** The norms that impose the duty and set its frequency, the frequency's first. */
  norms: readonly string[];
  /** Keys of the timing clauses (duties.json, timingClauses) that place it in the year. */
  timing?: readonly string[];
  cadence: Cadence;
  applies: Applies;
  note?: string;
  higherNote?: string;
}

/** The shape of duties.json, which node/data/duty-table.ts checks before the build starts. */
export interface DutyTable {
  timingClauses: Readonly<Record<string, TimingClause>>;
  duties: readonly DutyDefinition[];
}

const TABLE = table as DutyTable;

export const TIMING_CLAUSES: DutyTable['timingClauses'] = TABLE.timingClauses;
export const DUTIES: readonly DutyDefinition[] = TABLE.duties;

const timingOf = (key: string): TimingClause => {
  const found = TIMING_CLAUSES[key];
  if (!found) throw new RangeError(`plan: unknown timing clause ${key}`);
  return found;
};

function norms(ids: readonly string[]): Norm[] {
  return ids.map((id) => {
    const found = findNorm(id);
    if (!found) throw new RangeError(`plan: unknown norm ${id}`);
    return found;
  });
}

const normClause = (titles: SourceTitles, n: Norm): PlanClause => {
  const c = citeNorm(titles, n);
  return { label: c.label, key: citationKey(c), quote: n.quote, strength: n.strength };
};

const timingClause = (titles: SourceTitles, t: TimingClause): PlanClause => {
  const c = cite(titles, t.slug, t.article);
  return { label: c.label, key: citationKey(c), quote: t.quote };
};

/** The level an unmet duty gets in the assessment: 须整改 when any of its norms binds the association. */
export function dutyLevel(list: readonly Norm[]): '须整改' | '建议' {
  return list.some((n) => unmetLevel(n) === '须整改') ? '须整改' : '建议';
}

function frequency(duty: DutyDefinition, list: readonly Norm[]): string {
  if (duty.cadence.kind === 'as-due' || duty.cadence.kind === 'superior') {
    const set = list.find((n) => n.frequency !== undefined)?.frequency;
    return set === undefined ? duty.cadence.words : `${duty.cadence.words}，${set}`;
  }
  return list[0]?.frequency ?? '';
}

function resolve(titles: SourceTitles, duty: DutyDefinition): ResolvedDuty {
  const list = norms(duty.norms);
  const resolved: ResolvedDuty = {
    id: duty.id,
    title: duty.title,
    cadence: duty.cadence,
    applies: duty.applies,
    frequency: frequency(duty, list),
    level: dutyLevel(list),
    clauses: list.map((n) => normClause(titles, n)),
    timing: (duty.timing ?? []).map((key) => timingClause(titles, timingOf(key))),
    notes: duty.note ? [duty.note] : [],
  };
  if (duty.higherNote) resolved.higherNote = duty.higherNote;
  return resolved;
}

/** The plan's duties and clauses; `titles` name the cited sources (SourceTitles). */
export function planTable(titles: SourceTitles): PlanTable {
  const clauses = (ids: readonly string[]): PlanClause[] => norms(ids).map((n) => normClause(titles, n));
  return {
    duties: DUTIES.map((d) => resolve(titles, d)),
    // As shared/assessment/rules/term reads the texts: 党章 for every committee, 支部工作条例 for a
    // branch committee, and for a branch without one only the explainer's 按期换届.
    term: {
      higher: clauses(['pc31-term', 'si1-term']),
      committee: clauses(['pc31-term', 'bwr21-term', 'si1-term']),
      branch: clauses(['si1-term']),
    },
    reminder: clauses(['bwr21-reminder']),
    probation: ['probationYear', 'probationDue'].map((key) => timingClause(titles, timingOf(key))),
  };
}
