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
function yesNo(id: Question['id'], name: string, showIf?: Question['showIf']): Question {
  return showIf ? { id, kind: 'yesno', name, showIf } : { id, kind: 'yesno', name };
}

function count(id: Question['id'], name: string, showIf: Question['showIf'], max = MEETING_COUNT_MAX): Question {
  return showIf ? { id, kind: 'integer', name, min: 0, max, showIf } : { id, kind: 'integer', name, min: 0, max };
}

/** Options of the questions on how far something reached (谈心谈话 pairs, applicants); their labels differ (see question-texts). */
const REACH_OPTIONS = [{ value: 'all' }, { value: 'some' }, { value: 'none' }] as const;

export const STEPS: readonly Step[] = [
  {
    id: 'basics',
    questions: [
      count('formalMembers', '正式党员人数', undefined, MEMBER_COUNT_MAX),
      count('probationaryMembers', '预备党员人数', undefined, MEMBER_COUNT_MAX),
      count('membersRelationElsewhere', '组织关系不在本会的党员人数', (a) => memberTotal(a) > 0, MEMBER_COUNT_MAX),
      count('formalElsewhere', '其中正式党员人数', asksFormalElsewhere, MEMBER_COUNT_MAX),
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
      {
        id: 'foundedMonth',
        kind: 'month',
        name: '党组织成立年月',
        minMonth: '1949-10',
        maxMonth: '2100-12',
        optional: true,
        showIf: hasOwnOrganisation,
      },
      count('jointUnits', '联合党支部覆盖的单位数', (a) => a.organisationForm === 'joint', JOINT_UNITS_MAX),
      yesNo('hasCommittee', '是否设立支部委员会', (a) => a.organisationForm === 'branch'),
      yesNo('hasSecretary', '党组织书记是否在任', hasOwnOrganisation),
      yesNo('secretaryApproved', '书记、副书记是否已报上级党组织批准', hasSecretary),
      yesNo('secretaryPartyYears', '书记党龄是否满1年', branchSecretaryInOffice),
      yesNo('secretaryInducted', '书记是否参加过任职培训', branchSecretaryInOffice),
      yesNo('hasDisciplineMember', '是否设有纪检委员', hasCommitteeBody),
      yesNo('hasPartyGroups', '是否划分党小组', hasOwnOrganisation),
      yesNo('groupsNeeded', '党员是否较多或分散', (a) => hasOwnOrganisation(a) && a.hasPartyGroups === false),
      yesNo('secretaryFromManagement', '书记是否来自管理层', branchSecretaryInOffice),
      {
        id: 'outreach',
        kind: 'choice',
        name: '党建组织员或联络员情况',
        options: [{ value: 'organiser' }, { value: 'liaison' }, { value: 'both' }, { value: 'none' }],
        showIf: (a) => a.organisationForm === 'none',
      },
      count('elsewhereToTransfer', '应转未转组织关系的党员人数', (a) => hasOwnOrganisation(a) && hasElsewhereMembers(a), MEMBER_COUNT_MAX),
      yesNo(
        'flowingBranch',
        '是否已依托本会成立流动党员党支部',
        (a) => a.outOfTownChamber === true && (a.organisationForm === 'joint' || a.organisationForm === 'none'),
      ),
    ],
  },
  {
    id: 'term',
    questions: [
      {
        id: 'termYears',
        kind: 'choice',
        name: '每届任期',
        options: [{ value: '3' }, { value: '4' }, { value: '5' }, { value: 'unknown' }],
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
      {
        id: 'termExtended',
        kind: 'choice',
        name: '是否批准延期换届',
        options: [{ value: 'not-due' }, { value: 'approved' }, { value: 'not-approved' }, { value: 'unknown' }],
        defaultValue: 'not-due',
        showIf: hasCommitteeBody,
      },
    ],
  },
  {
    id: 'life',
    questions: [
      count('generalMeetings', '党员大会次数', hasOwnOrganisation),
      count('committeeMeetings', '委员会会议次数', hasCommitteeBody),
      count('partyGroupMeetings', '党小组会次数', (a) => hasOwnOrganisation(a) && a.hasPartyGroups === true),
      count('partyLectures', '党课次数', hasOwnOrganisation),
      yesNo(
        'secretaryLecture',
        '党委书记是否讲过党课',
        (a) => a.organisationForm === 'higher' && a.higherForm === 'committee' && a.hasSecretary === true,
      ),
      count('themedPartyDays', '主题党日次数', hasOwnOrganisation),
      count('lifeMeetings', '组织生活会次数', hasOwnOrganisation),
      yesNo('democraticReview', '是否开展民主评议党员', hasOwnOrganisation),
      { id: 'talksCommittee', kind: 'choice', name: '委员之间的谈心谈话', options: REACH_OPTIONS, showIf: hasCommitteeBody },
      { id: 'talksCommitteeMembers', kind: 'choice', name: '委员和党员之间的谈心谈话', options: REACH_OPTIONS, showIf: hasCommitteeBody },
      { id: 'talksMembers', kind: 'choice', name: '党员之间的谈心谈话', options: REACH_OPTIONS, showIf: hasOwnOrganisation },
      yesNo('elsewhereMembersParticipate', '组织关系不在本会的党员是否参加活动', (a) => hasOwnOrganisation(a) && hasElsewhereMembers(a)),
      yesNo('jointParticipation', '是否参加联合党支部组织生活', (a) => a.organisationForm === 'joint'),
      yesNo('membersAttendLife', '党员是否在所属党组织参加组织生活', (a) => a.organisationForm === 'none' && memberTotal(a) > 0),
      yesNo('studyHours', '党员集中学习培训是否达到32学时', hasOwnOrganisation),
    ],
  },
  {
    id: 'role',
    questions: [
      yesNo('charterIncludesPartyBuilding', '章程是否写入党建工作要求'),
      yesNo('crossAppointment', '是否交叉任职', hasOwnOrganisation),
      yesNo('disciplineSupervisorCross', '纪检委员与监事是否交叉任职', (a) => hasCommitteeBody(a) && a.hasDisciplineMember === true),
      yesNo('secretaryAttendsManagement', '书记是否参加或列席管理层会议', hasSecretary),
      yesNo('secretaryReported', '书记是否述职', branchSecretaryInOffice),
      yesNo('secretaryTrained', '书记是否参加集中轮训', branchSecretaryInOffice),
      yesNo('reportsToSuperior', '是否及时向上级党组织报告重要情况', hasOwnOrganisation),
      yesNo('hasPartyInstructor', '是否已有党建指导员', (a) => a.keyAssociation === 'yes' && hasOwnOrganisation(a)),
      yesNo('memberFilesComplete', '党员档案是否齐全规范', hasOwnOrganisation),
      yesNo('duesManaged', '党费是否规范管理', hasOwnOrganisation),
    ],
  },
  {
    id: 'development',
    questions: [
      yesNo('developmentWork', '是否经常开展发展党员工作', hasOwnOrganisation),
      count('applications', '收到的入党申请书份数', hasOwnOrganisation, MEMBER_COUNT_MAX),
      {
        id: 'applicantsTalked',
        kind: 'choice',
        name: '是否在一个月内同入党申请人谈话',
        options: REACH_OPTIONS,
        showIf: (a) => hasOwnOrganisation(a) && typeof a.applications === 'number' && a.applications > 0,
      },
      count('activists', '入党积极分子人数', hasOwnOrganisation, MEMBER_COUNT_MAX),
      yesNo(
        'activistsMentored',
        '积极分子是否都有培养联系人',
        (a) => hasOwnOrganisation(a) && typeof a.activists === 'number' && a.activists > 0,
      ),
      {
        id: 'probationReview',
        kind: 'choice',
        name: '预备党员转正是否及时讨论',
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
