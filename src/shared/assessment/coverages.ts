/**
 * The two coverages and their names, in one light module (like levels.ts): the islands
 * import it, so it must not import the rules engine or the norm table.
 */
import type { Coverage } from './types';

/** In the order the results show them. */
export const COVERAGES: readonly Coverage[] = ['organisation', 'work'];

export const COVERAGE_NAMES: Readonly<Record<Coverage, string>> = { organisation: '组织覆盖', work: '工作覆盖' };

/** What each coverage is also called (有形覆盖, 有效覆盖), under the card's title. */
export const COVERAGE_ALIASES: Readonly<Record<Coverage, string>> = { organisation: '有形覆盖', work: '有效覆盖' };
