/**
 * Facts derived from the answers, shared by the questionnaire's visibility rules
 * and the rules engine, so each is written once. Safe on half-filled answers:
 * a missing count is 0. Imports nothing heavy (the island's first chunk uses it).
 */
import type { OrgKind } from './norms/types';
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

/** 正式党员 whose relation is elsewhere: asked when there are probationary members too, else all of them. */
export const formalElsewhereCount = (a: PartialAnswers): number =>
  Math.min(num(a.formalMembers), asksFormalElsewhere(a) ? num(a.formalElsewhere) : elsewhereCount(a));

/** The branch's own 正式党员: their organisational relation is in it (支部工作条例第二十条 counts these). */
export const ownFormalMembers = (a: PartialAnswers): number => num(a.formalMembers) - formalElsewhereCount(a);

/** The branch's own members, formal and probationary (第四条第二款's 50). */
export const ownMembers = (a: PartialAnswers): number => Math.max(0, memberTotal(a) - elsewhereCount(a));

export function orgKind(a: PartialAnswers): OrgKind {
  switch (a.organisationForm) {
    case 'branch':
      return a.hasCommittee === true ? 'branch-committee' : 'branch-secretary';
    case 'higher':
      return a.higherForm === 'committee' ? 'party-committee' : 'general-branch';
    case 'joint':
      return 'joint';
    default:
      return 'none';
  }
}
