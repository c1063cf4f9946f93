/**
 * Facts derived from the answers, shared by the questionnaire's visibility rules
 * and the rules engine, so each is written once. Safe on half-filled answers:
 * a missing count is 0. Imports nothing heavy (the island's first chunk carries it);
 * the facts only the rules need are in rules/shared.ts.
 */
import type { PartialAnswers } from './types';

const num = (v: number | undefined): number => (typeof v === 'number' ? v : 0);

export const hasOwnOrganisation = (a: PartialAnswers): boolean => a.organisationForm === 'branch' || a.organisationForm === 'higher';

/** A committee exists: a 党支部 with a 支部委员会, or a 党总支/党委. */
export const hasCommitteeBody = (a: PartialAnswers): boolean =>
  a.organisationForm === 'higher' || (a.organisationForm === 'branch' && a.hasCommittee === true);

/** Party members working in the association, formal and probationary. */
export const memberTotal = (a: PartialAnswers): number => num(a.formalMembers) + num(a.probationaryMembers);

export const elsewhereCount = (a: PartialAnswers): number => num(a.membersRelationElsewhere);

/** Whether the formal members among those elsewhere must be asked (both kinds of member are there). */
export const asksFormalElsewhere = (a: PartialAnswers): boolean => elsewhereCount(a) > 0 && num(a.probationaryMembers) > 0;
