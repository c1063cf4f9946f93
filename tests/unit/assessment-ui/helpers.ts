/** Shared data for the assessment UI tests (not a test file itself). */
import { citableCitations, citationKey } from '../../../src/lib/assessment/citable';
import type { CitationRefs } from '../../../src/islands/assessment/types';

export const TODAY = '2025-06-15';
export const SOURCES = ['party-constitution', 'branch-work-regulations', 'member-education-regulations', 'social-group-registration-regulations'];

/** Refs shaped like the page's: corpus articles link to #art-N, sections to the explainer, others to nothing. */
export const REFS: CitationRefs = Object.fromEntries(
  citableCitations().map((c) => {
    const key = citationKey(c);
    if (c.article !== undefined) {
      return [key, { href: `/regulations/${c.source}/ch-x/#art-${c.article}`, title: c.label, text: [`${c.label}的条文`] }];
    }
    if (c.section !== undefined) return [key, { href: `/article/si/#${c.section}`, title: c.label, text: [`${c.section}的段落`] }];
    return [key, { href: null, title: c.label, text: [] }];
  }),
);

/** A branch of 10 正式党员 with a few gaps (values as the engine types them). */
export const ANSWERS = {
  formalMembers: 10,
  probationaryMembers: 1,
  membersRelationElsewhere: 0,
  keyAssociation: 'no',
  organisationForm: 'branch',
  hasCommittee: true,
  hasSecretary: true,
  hasDisciplineMember: true,
  hasPartyGroups: false,
  secretaryFromManagement: true,
  termYears: '3',
  lastElection: '2021-03',
  generalMeetings: 4,
  committeeMeetings: 12,
  partyLectures: 4,
  themedPartyDays: 6,
  lifeMeetings: 1,
  democraticReview: true,
  heartToHeart: true,
  charterIncludesPartyBuilding: true,
  crossAppointment: false,
  disciplineSupervisorCross: true,
  secretaryAttendsManagement: true,
  memberFilesComplete: true,
  duesManaged: false,
} as const;
