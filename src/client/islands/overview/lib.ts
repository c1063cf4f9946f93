/** The overview's logic module (import, re-assessment, table, CSV, with the rules engine), fetched on first use. */
// Types only here: the rules engine (most of the page's code) loads with the first import.
import type * as OverviewLib from '../../../shared/assessment/overview';

export type Lib = typeof OverviewLib;
let pending: Promise<Lib> | undefined;
/** The import, re-assessment and table logic with the rules engine, fetched once on first use. */
export function loadLib(): Promise<Lib> {
  pending ??= import('../../../shared/assessment/overview').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
