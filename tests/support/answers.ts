/** Synthetic answers to the self-assessment, shared by its unit and browser tests. */
import { expect } from 'vitest';
import { parseAnswers, setQuestionNames } from '../../src/shared/assessment/parse-answers';
import { QUESTION_NAMES } from '../../src/shared/assessment/question-names';
import type { Answers } from '../../src/shared/assessment/types';
import { EXPLAINER_SOURCE, type SourceTitles } from '../../src/shared/assessment/citations';

// As the page does for the island (client/islands/assessment/mount.ts): messages name the questions.
setQuestionNames(QUESTION_NAMES);

/** The date every assessment test runs on (browser tests fix their clock to it: CLOCK in page.ts). */
export const TODAY = '2025-06-15';

/**
 * The source titles as the pages derive them (sourceTitles in src/node/data/regulations.ts):
 * a copy, since unit tests read no corpus; tests/build/source-titles.test.ts fails when
 * one disagrees with its corpus file's header or the seed explainer's explainer.yaml.
 */
export const SOURCE_TITLES: SourceTitles = {
  'party-constitution': '中国共产党章程',
  'party-member-development-rules': '中国共产党发展党员工作细则',
  'branch-work-regulations': '中国共产党支部工作条例（试行）',
  'member-education-regulations': '中国共产党党员教育管理工作条例',
  'social-group-registration-regulations': '社会团体登记管理条例',
  [EXPLAINER_SOURCE]: '加强行业协会商会党的建设工作',
};

/** The corpus files the tests assume are on the site. */
export const CORPUS_SLUGS: readonly string[] = Object.keys(SOURCE_TITLES).filter((s) => s !== EXPLAINER_SOURCE);

export const FULL_CONTEXT = { today: TODAY, availableSources: CORPUS_SLUGS, titles: SOURCE_TITLES };

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
