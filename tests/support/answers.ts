/** Synthetic answers to the self-assessment, shared by its unit and browser tests. */
import { expect } from 'vitest';
import { parseAnswers, setQuestionNames } from '../../src/shared/assessment/parse-answers';
import { QUESTION_NAMES } from '../../src/shared/assessment/question-names';
import type { Answers } from '../../src/shared/assessment/types';

// As the page does for the island (client/islands/assessment/mount.ts): messages name the questions.
setQuestionNames(QUESTION_NAMES);

/** The date every assessment test runs on (browser tests fix their clock to it: CLOCK in page.ts). */
export const TODAY = '2025-06-15';

export const CORPUS_SLUGS = [
  'party-constitution',
  'party-member-development-rules',
  'branch-work-regulations',
  'member-education-regulations',
  'social-group-registration-regulations',
] as const;

export const FULL_CONTEXT = { today: TODAY, availableSources: CORPUS_SLUGS };

/** A branch of 10 正式党员 that does everything the rules ask (answers to hidden questions are dropped). */
export const COMPLIANT: Readonly<Record<string, unknown>> = {
  formalMembers: 10,
  probationaryMembers: 1,
  membersRelationElsewhere: 2,
  formalElsewhere: 2,
  outOfTownChamber: false,
  keyAssociation: 'yes',
  organisationForm: 'branch',
  higherForm: 'general-branch',
  jointUnits: 3,
  hasCommittee: true,
  hasSecretary: true,
  secretaryApproved: true,
  secretaryPartyYears: true,
  secretaryInducted: true,
  hasDisciplineMember: true,
  hasPartyGroups: true,
  groupsNeeded: false,
  secretaryFromManagement: true,
  outreach: 'organiser',
  relationsPending: false,
  flowingBranch: true,
  termYears: '3',
  lastElection: '2024-01',
  termExtended: 'not-due',
  generalMeetings: 4,
  committeeMeetings: 12,
  partyGroupMeetings: 12,
  partyLectures: 4,
  secretaryLecture: true,
  themedPartyDays: 12,
  lifeMeetings: 1,
  democraticReview: true,
  talksCommittee: 'all',
  talksCommitteeMembers: 'all',
  heartToHeartMembers: 'all',
  elsewhereMembersParticipate: true,
  jointParticipation: true,
  membersAttendLife: true,
  studyHours: true,
  charterIncludesPartyBuilding: true,
  crossAppointment: true,
  disciplineSupervisorCross: true,
  secretaryAttendsManagement: true,
  secretaryReported: true,
  secretaryTrained: true,
  reportsToSuperior: true,
  hasPartyInstructor: true,
  memberFilesComplete: true,
  duesManaged: true,
  developmentWork: true,
  applications: 2,
  applicantsTalked: 'all',
  activists: 1,
  activistsMentored: true,
  probationReview: 'all',
};

/** COMPLIANT with overrides, run through parseAnswers (which drops answers to hidden questions). */
export function answersWith(overrides: Record<string, unknown> = {}): Answers {
  const parsed = parseAnswers({ ...COMPLIANT, ...overrides });
  if (!parsed.ok) expect.fail(`fixture does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.answers;
}

/**
 * A typical result with a few gaps: a branch of 10 with a committee, an overdue election
 * (2021-03, 3-year term, no delay approved), 6 主题党日 of 12, no 党小组 (not needed), no
 * 交叉任职 and 党费 not managed. Shared by the island's unit tests and the print test.
 */
export const TYPICAL: Answers = answersWith({
  membersRelationElsewhere: 0,
  keyAssociation: 'no',
  hasPartyGroups: false,
  groupsNeeded: false,
  lastElection: '2021-03',
  termExtended: 'not-approved',
  themedPartyDays: 6,
  crossAppointment: false,
  duesManaged: false,
});
