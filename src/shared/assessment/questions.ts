/**
 * The questionnaire as data. The island renders these; parse-answers validates
 * against them, so a question's bounds and visibility live in exactly one place.
 *
 * This is the structure only. What the form says (titles, descriptions, labels, hints,
 * option labels, the short names in validation messages) is in question-texts.ts and
 * question-names.ts: the island's first chunk needs this module, and the texts reach
 * it through the page instead (see client/islands/assessment/types.ts).
 *
 * `showIf` predicates only use strict equality on earlier answers, so they stay
 * safe on half-filled or stale UI state.
 */
import { asksFormalElsewhere, elsewhereCount, hasCommitteeBody, hasOwnOrganisation, memberTotal } from './facts';
import type { PartialAnswers, Question, Step, StepId } from './types';

export const MEMBER_COUNT_MAX = 100000;
/** Meetings in 12 months; one a day is already far beyond any real branch. */
export const MEETING_COUNT_MAX = 366;
/** Units a 联合党支部 may be said to cover; far beyond the guideline of 5. */
export const JOINT_UNITS_MAX = 1000;

const hasElsewhereMembers = (a: PartialAnswers): boolean => elsewhereCount(a) > 0;

const hasSecretary = (a: PartialAnswers): boolean => hasOwnOrganisation(a) && a.hasSecretary === true;

/** Asked of a 党支部 secretary: the duties of 支部工作条例第二十三条至第二十七条 are the branch secretary's. */
const branchSecretaryInOffice = (a: PartialAnswers): boolean => a.organisationForm === 'branch' && a.hasSecretary === true;

/** A yes/no question, shown when `showIf` holds (always without one). */
function yesNo(id: Question['id'], showIf?: Question['showIf']): Question {
  return showIf ? { id, kind: 'yesno', showIf } : { id, kind: 'yesno' };
}

/** A yes/no question that also offers 不清楚 (作用发挥, 发展党员: see Unsure). */
function unsureYesNo(id: Question['id'], showIf?: Question['showIf']): Question {
  return { ...yesNo(id, showIf), unsure: true };
}

function count(id: Question['id'], showIf: Question['showIf'], max = MEETING_COUNT_MAX, min = 0): Question {
  return showIf ? { id, kind: 'integer', min, max, showIf } : { id, kind: 'integer', min, max };
}

/** Options of the questions on how far something reached (谈心谈话 pairs, applicants); their labels differ (see question-texts). */
const REACH_OPTIONS = [{ value: 'all' }, { value: 'some' }, { value: 'none' }] as const;

export const STEPS: readonly Step[] = [
  {
    id: 'basics',
    questions: [
      count('formalMembers', undefined, MEMBER_COUNT_MAX),
      count('probationaryMembers', undefined, MEMBER_COUNT_MAX),
      count('membersRelationElsewhere', (a) => memberTotal(a) > 0, MEMBER_COUNT_MAX),
      count('formalElsewhere', asksFormalElsewhere, MEMBER_COUNT_MAX),
      yesNo('outOfTownChamber', hasElsewhereMembers),
      {
        id: 'keyAssociation',
        kind: 'choice',
        options: [{ value: 'yes' }, { value: 'no' }, { value: 'unknown' }],
      },
    ],
  },
  {
    id: 'organisation',
    questions: [
      {
        id: 'organisationForm',
        kind: 'choice',
        options: [{ value: 'branch' }, { value: 'higher' }, { value: 'joint' }, { value: 'none' }],
      },
      {
        id: 'higherForm',
        kind: 'choice',
        options: [{ value: 'general-branch' }, { value: 'committee' }],
        showIf: (a) => a.organisationForm === 'higher',
      },
      {
        id: 'foundedMonth',
        kind: 'month',
        minMonth: '1949-10',
        maxMonth: '2100-12',
        optional: true,
        showIf: hasOwnOrganisation,
      },
      // A 联合党支部 covers at least 2 units, this one included.
      count('jointUnits', (a) => a.organisationForm === 'joint', JOINT_UNITS_MAX, 2),
      yesNo('hasCommittee', (a) => a.organisationForm === 'branch'),
      yesNo('hasSecretary', hasOwnOrganisation),
      yesNo('secretaryApproved', hasSecretary),
      yesNo('secretaryPartyYears', branchSecretaryInOffice),
      yesNo('secretaryInducted', branchSecretaryInOffice),
      yesNo('hasDisciplineMember', hasCommitteeBody),
      yesNo('hasPartyGroups', hasOwnOrganisation),
      yesNo('groupsNeeded', (a) => hasOwnOrganisation(a) && a.hasPartyGroups === false),
      yesNo('secretaryFromManagement', branchSecretaryInOffice),
      {
        id: 'outreach',
        kind: 'choice',
        options: [{ value: 'organiser' }, { value: 'liaison' }, { value: 'both' }, { value: 'none' }],
        showIf: (a) => a.organisationForm === 'none',
      },
      yesNo('relationsPending', (a) => hasOwnOrganisation(a) && hasElsewhereMembers(a)),
      yesNo('flowingBranch', (a) => a.outOfTownChamber === true && (a.organisationForm === 'joint' || a.organisationForm === 'none')),
    ],
  },
  {
    id: 'term',
    questions: [
      {
        id: 'termYears',
        kind: 'choice',
        options: [{ value: '3' }, { value: '4' }, { value: '5' }, { value: 'unknown' }],
        showIf: hasOwnOrganisation,
      },
      {
        id: 'lastElection',
        kind: 'month',
        minMonth: '1949-10',
        maxMonth: '2100-12',
        showIf: hasOwnOrganisation,
      },
      {
        id: 'termExtended',
        kind: 'choice',
        options: [{ value: 'not-due' }, { value: 'approved' }, { value: 'not-approved' }, { value: 'unknown' }],
        defaultValue: 'not-due',
        showIf: hasCommitteeBody,
      },
    ],
  },
  {
    id: 'life',
    questions: [
      count('generalMeetings', hasOwnOrganisation),
      count('committeeMeetings', hasCommitteeBody),
      count('partyGroupMeetings', (a) => hasOwnOrganisation(a) && a.hasPartyGroups === true),
      count('partyLectures', hasOwnOrganisation),
      yesNo('secretaryLecture', (a) => a.organisationForm === 'higher' && a.higherForm === 'committee' && a.hasSecretary === true),
      count('themedPartyDays', hasOwnOrganisation),
      count('lifeMeetings', hasOwnOrganisation),
      yesNo('democraticReview', hasOwnOrganisation),
      { id: 'talksCommittee', kind: 'choice', options: REACH_OPTIONS, showIf: hasCommitteeBody },
      { id: 'talksCommitteeMembers', kind: 'choice', options: REACH_OPTIONS, showIf: hasCommitteeBody },
      { id: 'heartToHeartMembers', kind: 'choice', options: REACH_OPTIONS, showIf: hasOwnOrganisation },
      yesNo('elsewhereMembersParticipate', (a) => hasOwnOrganisation(a) && hasElsewhereMembers(a)),
      yesNo('jointParticipation', (a) => a.organisationForm === 'joint'),
      yesNo('membersAttendLife', (a) => a.organisationForm === 'none' && memberTotal(a) > 0),
      yesNo('studyHours', hasOwnOrganisation),
    ],
  },
  {
    id: 'role',
    questions: [
      unsureYesNo('charterIncludesPartyBuilding'),
      unsureYesNo('crossAppointment', hasOwnOrganisation),
      unsureYesNo('disciplineSupervisorCross', (a) => hasCommitteeBody(a) && a.hasDisciplineMember === true),
      unsureYesNo('secretaryAttendsManagement', hasSecretary),
      unsureYesNo('secretaryReported', branchSecretaryInOffice),
      unsureYesNo('secretaryTrained', branchSecretaryInOffice),
      unsureYesNo('reportsToSuperior', hasOwnOrganisation),
      unsureYesNo('hasPartyInstructor', (a) => a.keyAssociation === 'yes' && hasOwnOrganisation(a)),
      unsureYesNo('memberFilesComplete', hasOwnOrganisation),
      unsureYesNo('duesManaged', hasOwnOrganisation),
    ],
  },
  {
    id: 'development',
    questions: [
      unsureYesNo('developmentWork', hasOwnOrganisation),
      count('applications', hasOwnOrganisation, MEMBER_COUNT_MAX),
      {
        id: 'applicantsTalked',
        kind: 'choice',
        options: REACH_OPTIONS,
        showIf: (a) => hasOwnOrganisation(a) && typeof a.applications === 'number' && a.applications > 0,
      },
      count('activists', hasOwnOrganisation, MEMBER_COUNT_MAX),
      unsureYesNo('activistsMentored', (a) => hasOwnOrganisation(a) && typeof a.activists === 'number' && a.activists > 0),
      {
        id: 'probationReview',
        kind: 'choice',
        options: [...REACH_OPTIONS, { value: 'not-due' }],
        showIf: (a) => hasOwnOrganisation(a) && typeof a.probationaryMembers === 'number' && a.probationaryMembers > 0,
      },
    ],
  },
];

export const QUESTIONS: readonly Question[] = STEPS.flatMap((s) => s.questions);

export function findStep(id: StepId): Step | undefined {
  return STEPS.find((s) => s.id === id);
}

export function findQuestion(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

export function isVisible(question: Question, answers: PartialAnswers): boolean {
  return question.showIf === undefined || question.showIf(answers);
}

export function visibleQuestions(step: Step, answers: PartialAnswers): Question[] {
  return step.questions.filter((q) => isVisible(q, answers));
}

/** Steps with nothing to ask (e.g. 换届 without an own organisation) are skipped. */
export function visibleSteps(answers: PartialAnswers): Step[] {
  return STEPS.filter((s) => visibleQuestions(s, answers).length > 0);
}
