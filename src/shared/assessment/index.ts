/**
 * Public API of the self-assessment, for pages and tests. The island imports values
 * from the modules themselves, so that the bundler can keep the engine out of its
 * first chunk (see client/islands/assessment/results.ts); types may come from here.
 */
export type * from './types';
export { STEPS, QUESTIONS, findQuestion, findStep, isVisible, visibleQuestions, visibleSteps } from './questions';
export { QUESTION_TEXTS } from './question-texts';
export { parseAnswers, validateStep, sanitisePartialAnswers, checkValue, type ParseOptions, type ParseResult } from './parse-answers';
export { assess, ORGANISATION_STATUS_LABELS } from './engine';
export { LEVEL_ORDER } from './levels';
export { encodeAnswers, decodeAnswers, type DecodeResult } from './share';
export { STORAGE_KEY, serialiseState, restoreState, type SavedState, type RestoreResult } from './storage';
export type { SourceTitles } from './citations';
export { CITABLE_ARTICLES, CITABLE_SECTIONS, citationKey, citableCitations } from './citable';
export { NORMS, GROUP_TITLES, STRENGTH_LABELS, STRENGTH_NOTES, findNorm, type Norm, type NormGroup, type Strength } from './norms';
