/**
 * Everything the island needs only once there are answers to look at: the rule engine
 * (most of it the finding texts), the review and result views, and share-link decoding.
 * Assessment.tsx loads this module when the user starts answering or opens a share link
 * (see use-results.ts), so a visitor who only reads the page downloads the questionnaire
 * and nothing more. The island imports lib modules directly, not through
 * shared/assessment/index, so that the bundler can keep all of this out of the first chunk.
 */
export { assess } from '../../../shared/assessment/engine';
export { decodeAnswers } from '../../../shared/assessment/share';
export { clearQuestion, confirmReplace } from './loss';
export { monthMessage } from './plain';
export { Result } from './Result';
export { Review } from './Review';
