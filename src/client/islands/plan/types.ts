/** Props the plan page resolves at build time and hands to the island. */
import type { Strength } from '../../../shared/assessment/norms';
import type { PlanTable } from '../../../shared/plan/types';

export interface PlanRef {
  /** Link to the article or explainer section on the site; null when the source is not on the site. */
  href: string | null;
}

export interface PlanProps {
  /** The duties and clauses, resolved from the norm table (shared/plan/duties, planTable). */
  table: PlanTable;
  /** STRENGTH_LABELS of the norm table, so its module stays out of the island's JavaScript. */
  strengthLabels: Readonly<Record<Strength, string>>;
  /** Every clause the plan can quote, by citationKey. */
  refs: Readonly<Record<string, PlanRef>>;
  /** The site's origin (SITE_URL), for the absolute links in the .ics file. */
  site: string;
  /** Years the holiday data of the installed chinese-days covers. */
  holidayYears: { first: number; last: number } | null;
  /** ISO date to plan from; defaults to the user's local date. For tests. */
  today?: string;
}
