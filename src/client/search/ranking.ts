/**
 * The search page's ranking chunk: question understanding (with its synonym table)
 * and ranking. Loaded with import() on the first search, like Pagefind, so that the page's
 * script at load stays small (npm run budgets: search page ≤ 8 kB gz at load). Numbers and
 * conditions (shared/search/quantity) are a chunk of their own, loaded for a question that may
 * state a number (readsNumbers).
 */
export { expandQuery, probeWord, readsNumbers, understandQuery } from '../../shared/search/understand';
export { rankPages } from '../../shared/search/rank';
export { withNearMisses, wordsQuery } from '../../shared/search/answer';
export { mergeCandidates, selectCandidates } from '../../shared/search/query';
export { absentDocumentNotice } from '../../shared/search/absent';
