/**
 * What 清除 and editing a shared result would lose, asked before they act. Only a result
 * or started answers get here, so this comes with the results module (results.ts), not
 * with the page.
 */
import type { PartialAnswers, QuestionnaireTexts, StepId } from '../../../shared/assessment';
import { restoreState, STORAGE_KEY } from '../../../shared/assessment/storage';
import { answeredCount } from './state';

/** "已回答 12 题，停在“组织生活”一步" — what saved progress holds, for confirmations. */
export function describeProgress(answers: PartialAnswers, step: StepId, texts: QuestionnaireTexts): string {
  const answered = answeredCount(answers);
  const title = texts.steps[step]?.title ?? '';
  return `本机保存的自评进度（已回答 ${answered} 题，停在“${title}”一步）`;
}

/** The user's own saved progress, described, or null when there is none worth asking about. */
function ownProgress(texts: QuestionnaireTexts): string | null {
  let stored;
  try {
    stored = restoreState(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null; // storage disabled: nothing saved to lose
  }
  if (stored.kind !== 'restored') return null;
  const { answers, step } = stored.state;
  return answeredCount(answers) > 0 ? describeProgress(answers, step, texts) : null;
}

/** True when editing a share link's answers loses nothing, or the user agreed that it replaces their own saved progress. */
export function confirmReplace(texts: QuestionnaireTexts, shared: boolean): boolean {
  const own = shared ? ownProgress(texts) : null;
  return own === null || window.confirm(`按分享链接中的答案修改并保存后，${own}将被替换，无法恢复。确定继续吗？`);
}

/** The question 清除 asks on a share link's result, where the user's own saved progress would go too. */
export function clearQuestion(texts: QuestionnaireTexts): string {
  const own = ownProgress(texts);
  return own === null ? '确定清除这份结果，从第一步重新填写吗？' : `清除并重新开始后，${own}将被删除，无法恢复。确定清除吗？`;
}
