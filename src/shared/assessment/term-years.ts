/**
 * How long a term is reckoned, for the assessment (rules/term.ts) and the year's plan
 * (shared/plan/plan.ts). Imports nothing: the plan island uses it without the rules.
 */

/** Months before a term ends that its 换届 is prepared (支部工作条例第二十一条: 一般提前6个月). */
export const NOTICE_MONTHS = 6;

/**
 * The term reckoned with, in years: the approved one ('3' | '4' | '5'); unknown or not
 * answered, 3 for a 党支部 (一般每届任期3年) and the 党章's upper bound of 5 for a 党总支/党委.
 */
export function reckonedTermYears(termYears: string | undefined, higher: boolean): number {
  return termYears === undefined || termYears === 'unknown' ? (higher ? 5 : 3) : Number(termYears);
}
