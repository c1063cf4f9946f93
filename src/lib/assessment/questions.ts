/**
 * The questionnaire as data. The island renders these; parse-answers validates
 * against them, so a question's bounds and visibility live in exactly one place.
 *
 * This is the structure only, with the short name of each question that validation
 * messages use. What the form says (titles, descriptions, labels, hints, option
 * labels) is in question-texts.ts: the island's first chunk needs this module, and
 * the texts reach it through the page instead (see islands/assessment/types.ts).
 *
 * `showIf` predicates only use strict equality on earlier answers, so they stay
 * safe on half-filled or stale UI state.
 */
import type { PartialAnswers, Question, Step, StepId } from './types';

export const MEMBER_COUNT_MAX = 100000;
/** Meetings in 12 months; one a day is already far beyond any real branch. */
export const MEETING_COUNT_MAX = 366;

const hasOwnOrganisation = (a: PartialAnswers): boolean => a.organisationForm === 'branch' || a.organisationForm === 'higher';

const memberTotal = (a: PartialAnswers): number =>
  (typeof a.formalMembers === 'number' ? a.formalMembers : 0) + (typeof a.probationaryMembers === 'number' ? a.probationaryMembers : 0);

const hasCommitteeBody = (a: PartialAnswers): boolean =>
  a.organisationForm === 'higher' || (a.organisationForm === 'branch' && a.hasCommittee === true);

const hasElsewhereMembers = (a: PartialAnswers): boolean =>
  typeof a.membersRelationElsewhere === 'number' && a.membersRelationElsewhere > 0;

/** Asked of a 党支部 secretary: the duties of 支部工作条例第二十五条、第二十七条 are the branch secretary's. */
const branchSecretaryInOffice = (a: PartialAnswers): boolean => a.organisationForm === 'branch' && a.hasSecretary === true;

/** A yes/no question, shown when `showIf` holds (always without one). */
function yesNo(id: Question['id'], name: string, showIf?: Question['showIf']): Question {
  return showIf ? { id, kind: 'yesno', name, showIf } : { id, kind: 'yesno', name };
}

/** Options of both 谈心谈话 questions; their labels differ (see question-texts). */
const TALK_OPTIONS = [{ value: 'all' }, { value: 'some' }, { value: 'none' }] as const;

export const STEPS: readonly Step[] = [
  {
    id: 'basics',
    questions: [
      {
        id: 'formalMembers',
        kind: 'integer',
        name: '正式党员人数',
        min: 0,
        max: MEMBER_COUNT_MAX,
      },
      {
        id: 'probationaryMembers',
        kind: 'integer',
        name: '预备党员人数',
        min: 0,
        max: MEMBER_COUNT_MAX,
      },
      {
        id: 'membersRelationElsewhere',
        kind: 'integer',
        name: '组织关系不在本会的党员人数',
        min: 0,
        max: MEMBER_COUNT_MAX,
        showIf: (a) => memberTotal(a) > 0,
      },
      yesNo('outOfTownChamber', '是否为异地商会', hasElsewhereMembers),
      {
        id: 'keyAssociation',
        kind: 'choice',
        name: '本会是否属于行业影响较大或党建工作薄弱的协会商会',
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
        name: '党组织设置形式',
        options: [{ value: 'branch' }, { value: 'higher' }, { value: 'joint' }, { value: 'none' }],
      },
      {
        id: 'higherForm',
        kind: 'choice',
        name: '党总支或党委',
        options: [{ value: 'general-branch' }, { value: 'committee' }],
        showIf: (a) => a.organisationForm === 'higher',
      },
      yesNo('hasCommittee', '是否设立支部委员会', (a) => a.organisationForm === 'branch'),
      yesNo('hasSecretary', '党组织书记是否在任', hasOwnOrganisation),
      yesNo('hasDisciplineMember', '是否设有纪检委员', hasCommitteeBody),
      yesNo('hasPartyGroups', '是否划分党小组', hasOwnOrganisation),
      yesNo('groupsNeeded', '党员是否较多或分散', (a) => hasOwnOrganisation(a) && a.hasPartyGroups === false),
      yesNo('secretaryFromManagement', '书记是否来自管理层', (a) => hasOwnOrganisation(a) && a.hasSecretary === true),
      {
        id: 'outreach',
        kind: 'choice',
        name: '党建组织员或联络员情况',
        options: [{ value: 'organiser' }, { value: 'liaison' }, { value: 'both' }, { value: 'none' }],
        showIf: (a) => a.organisationForm === 'none',
      },
      yesNo('relationsPending', '是否有应转未转组织关系的党员', (a) => hasOwnOrganisation(a) && hasElsewhereMembers(a)),
    ],
  },
  {
    id: 'term',
    questions: [
      {
        id: 'termYears',
        kind: 'choice',
        name: '每届任期',
        options: [{ value: '3' }, { value: '4' }, { value: '5' }],
        defaultValue: '3',
        showIf: hasOwnOrganisation,
      },
      {
        id: 'lastElection',
        kind: 'month',
        name: '上次换届年月',
        minMonth: '1949-10',
        maxMonth: '2100-12',
        showIf: hasOwnOrganisation,
      },
    ],
  },
  {
    id: 'life',
    questions: [
      {
        id: 'generalMeetings',
        kind: 'integer',
        name: '党员大会次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasOwnOrganisation,
      },
      {
        id: 'committeeMeetings',
        kind: 'integer',
        name: '委员会会议次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasCommitteeBody,
      },
      {
        id: 'partyGroupMeetings',
        kind: 'integer',
        name: '党小组会次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: (a) => hasOwnOrganisation(a) && a.hasPartyGroups === true,
      },
      {
        id: 'partyLectures',
        kind: 'integer',
        name: '党课次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasOwnOrganisation,
      },
      {
        id: 'themedPartyDays',
        kind: 'integer',
        name: '主题党日次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasOwnOrganisation,
      },
      {
        id: 'lifeMeetings',
        kind: 'integer',
        name: '组织生活会次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasOwnOrganisation,
      },
      yesNo('democraticReview', '是否开展民主评议党员', hasOwnOrganisation),
      {
        id: 'heartToHeart',
        kind: 'choice',
        name: '谈心谈话情况',
        options: TALK_OPTIONS,
        showIf: (a) => hasOwnOrganisation(a) && hasCommitteeBody(a),
      },
      {
        id: 'heartToHeartMembers',
        kind: 'choice',
        name: '谈心谈话情况',
        options: TALK_OPTIONS,
        showIf: (a) => hasOwnOrganisation(a) && !hasCommitteeBody(a),
      },
      yesNo('elsewhereMembersParticipate', '组织关系不在本会的党员是否参加活动', (a) => hasOwnOrganisation(a) && hasElsewhereMembers(a)),
      yesNo('jointParticipation', '是否参加联合党支部组织生活', (a) => a.organisationForm === 'joint'),
    ],
  },
  {
    id: 'role',
    questions: [
      yesNo('charterIncludesPartyBuilding', '章程是否写入党建工作要求'),
      yesNo('crossAppointment', '是否交叉任职', hasOwnOrganisation),
      yesNo('disciplineSupervisorCross', '纪检委员与监事是否交叉任职', (a) => hasCommitteeBody(a) && a.hasDisciplineMember === true),
      yesNo('secretaryAttendsManagement', '书记是否参加或列席管理层会议', (a) => hasOwnOrganisation(a) && a.hasSecretary === true),
      yesNo('secretaryReported', '书记是否述职', branchSecretaryInOffice),
      yesNo('secretaryTrained', '书记是否参加集中轮训', branchSecretaryInOffice),
      yesNo('hasPartyInstructor', '是否已有党建指导员', (a) => a.keyAssociation === 'yes' && hasOwnOrganisation(a)),
      yesNo('memberFilesComplete', '党员档案是否齐全规范', hasOwnOrganisation),
      yesNo('duesManaged', '党费是否规范管理', hasOwnOrganisation),
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
