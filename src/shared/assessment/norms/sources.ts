/** Corpus slugs (basenames under REGULATIONS_DIR) and the builders of a norm's source. */
import type { ExplainerSectionId, NormSource } from './types';

export const BWR = 'branch-work-regulations';
export const PC = 'party-constitution';
export const MED = 'member-education-regulations';
export const SGR = 'social-group-registration-regulations';
export const PMD = 'party-member-development-rules';

export const reg = (slug: string, article: number, detail?: string): NormSource =>
  detail === undefined ? { kind: 'regulation', slug, article } : { kind: 'regulation', slug, article, detail };
export const explainer = (section: ExplainerSectionId): NormSource => ({ kind: 'explainer', section });
