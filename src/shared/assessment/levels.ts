/**
 * The finding levels, in one light module: the islands' first chunks import it, so it must
 * not import the rules engine or the norm table.
 */
import type { FindingLevel } from './types';

/** Worst first: the order of the result's sections and of a card's verdict. */
export const LEVEL_ORDER: readonly FindingLevel[] = ['须整改', '建议', '供参考', '已达标'];

/** Each level's tone, the suffix of the CSS classes that colour it (gauge--fix, findings--advice …). */
export const TONE: Readonly<Record<FindingLevel, string>> = { 须整改: 'fix', 建议: 'advice', 供参考: 'info', 已达标: 'ok' };
