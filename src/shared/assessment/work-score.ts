/**
 * The 0–100 工作覆盖 score.
 *
 * Weighting: each applicable work check has a fixed weight; the score is the
 * weighted share of what is met, so checks that do not apply (no 党小组, no
 * members elsewhere, …) neither help nor hurt. Weights in points:
 * - 组织生活 (≈70 when all apply): 党员大会 15 and 主题党日 15 (the two the
 *   rules set for every member most often), 党课 10, 组织生活会 10, 民主评议 10,
 *   委员会会议 10, 谈心谈话 5, 党小组会 5, 多重组织生活 5.
 * - Without an organisation of its own, one "route" check of 40 stands for all
 *   organisational life: taking part in the 联合党支部, or an organiser/liaison
 *   (half credit while a 联合党支部 is still due). If an own organisation is
 *   required but missing, the core life checks count as unmet.
 * - 作用发挥: 章程 10, 党费 10, 交叉任职 5, 纪检委员与监事 5, 书记列席 5,
 *   书记述职 5, 书记轮训 5, 党建指导员 5, 党员档案 5.
 * 谈心谈话 counts half when only some of the pairs talked.
 * Count-based checks give partial credit (e.g. 2 of 4 党员大会 = half).
 */
import type { WorkCheck } from './rules/shared';

export function workScore(checks: readonly WorkCheck[]): number {
  const total = checks.reduce((sum, c) => sum + c.weight, 0);
  if (total <= 0) return 0;
  const met = checks.reduce((sum, c) => sum + c.weight * Math.min(Math.max(c.fulfilment, 0), 1), 0);
  return Math.round((100 * met) / total);
}

/** Explains the score; the card's verdict comes from the findings, never from this number. */
export function workScoreNote(score: number, checks: readonly WorkCheck[]): string {
  const unmet = checks.filter((c) => c.fulfilment < 1).length;
  return `得分${score}分（满分100），按${checks.length}项适用的检查加权计算，其中${unmet}项未完全达到。得分只反映落实程度，结论以上面的各项检查为准。`;
}
