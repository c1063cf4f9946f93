/**
 * The questionnaire as data. The island renders these; parse-answers validates
 * against them, so a question's bounds and visibility live in exactly one place.
 *
 * `showIf` predicates only use strict equality on earlier answers, so they stay
 * safe on half-filled or stale UI state.
 */
import type { PartialAnswers, Question, Step, StepId } from './types';

export const MEMBER_COUNT_MAX = 100000;
/** Meetings in 12 months; one a day is already far beyond any real branch. */
export const MEETING_COUNT_MAX = 366;

const hasOwnOrganisation = (a: PartialAnswers): boolean =>
  a.organisationForm === 'branch' || a.organisationForm === 'higher';

const memberTotal = (a: PartialAnswers): number =>
  (typeof a.formalMembers === 'number' ? a.formalMembers : 0) +
  (typeof a.probationaryMembers === 'number' ? a.probationaryMembers : 0);

const hasCommitteeBody = (a: PartialAnswers): boolean =>
  a.organisationForm === 'higher' || (a.organisationForm === 'branch' && a.hasCommittee === true);

const hasElsewhereMembers = (a: PartialAnswers): boolean =>
  typeof a.membersRelationElsewhere === 'number' && a.membersRelationElsewhere > 0;

/** Asked of a 党支部 secretary: the duties of 支部工作条例第二十五条、第二十七条 are the branch secretary's. */
const branchSecretaryInOffice = (a: PartialAnswers): boolean => a.organisationForm === 'branch' && a.hasSecretary === true;

const TALK_OPTIONS = (everyone: string) =>
  [
    { value: 'all', label: everyone },
    { value: 'some', label: '开展过，但没有覆盖到全部' },
    { value: 'none', label: '没有开展' },
  ] as const;

export const STEPS: readonly Step[] = [
  {
    id: 'basics',
    title: '基本情况',
    description: '先说明本会党员的人数和构成。人数按填写当日的实际情况。',
    questions: [
      {
        id: 'formalMembers',
        kind: 'integer',
        label: '本会有多少名正式党员？',
        name: '正式党员人数',
        hint: '指在本会工作的党员（如秘书处专职工作人员）中已经转正的党员。预备党员请在下一题单独填写，不计入此数。',
        min: 0,
        max: MEMBER_COUNT_MAX,
      },
      {
        id: 'probationaryMembers',
        kind: 'integer',
        label: '本会有多少名预备党员？',
        name: '预备党员人数',
        hint: '预备党员转正前，不计入组建党组织所需的正式党员人数。',
        min: 0,
        max: MEMBER_COUNT_MAX,
      },
      {
        id: 'membersRelationElsewhere',
        kind: 'integer',
        label: '其中，组织关系不在本会的党员有多少名？',
        name: '组织关系不在本会的党员人数',
        hint: '包括正式党员和预备党员，例如组织关系仍在原单位或居住地的党员。',
        min: 0,
        max: MEMBER_COUNT_MAX,
        showIf: (a) => memberTotal(a) > 0,
      },
      {
        id: 'outOfTownChamber',
        kind: 'yesno',
        label: '本会是否为异地商会（由外地企业和人员在本地组成的商会）？',
        name: '是否为异地商会',
        hint: '异地商会的党员，组织关系常常留在原籍，党员教育管理工作条例对这类流动党员有专门规定。',
        showIf: hasElsewhereMembers,
      },
      {
        id: 'keyAssociation',
        kind: 'choice',
        label: '业务主管部门（行业管理部门）是否认为本会行业影响较大，或党建工作较薄弱？',
        name: '本会是否属于行业影响较大或党建工作薄弱的协会商会',
        hint: '解读文章《加强行业协会商会党的建设工作》提出，行业主管部门向这类协会商会党组织选派“党建指导员”。',
        options: [
          { value: 'yes', label: '是' },
          { value: 'no', label: '否' },
          { value: 'unknown', label: '不清楚' },
        ],
      },
    ],
  },
  {
    id: 'organisation',
    title: '党组织设置',
    description: '说明本会党组织目前的设置方式和班子情况。',
    questions: [
      {
        id: 'organisationForm',
        kind: 'choice',
        label: '本会党员目前的组织形式是？',
        name: '党组织设置形式',
        options: [
          { value: 'branch', label: '本会单独建立了党支部' },
          { value: 'higher', label: '本会建立了党总支或党委' },
          { value: 'joint', label: '本会党员参加与其他单位组成的联合党支部' },
          { value: 'none', label: '尚未建立或参加任何党组织' },
        ],
      },
      {
        id: 'higherForm',
        kind: 'choice',
        label: '本会建立的是党总支还是党委？',
        name: '党总支或党委',
        options: [
          { value: 'general-branch', label: '党总支（总支部委员会）' },
          { value: 'committee', label: '党委（基层委员会）' },
        ],
        showIf: (a) => a.organisationForm === 'higher',
      },
      {
        id: 'hasCommittee',
        kind: 'yesno',
        label: '党支部是否设立了支部委员会？',
        name: '是否设立支部委员会',
        hint: '只设书记（或书记、副书记）而不设委员会的，请选“否”。',
        showIf: (a) => a.organisationForm === 'branch',
      },
      {
        id: 'hasSecretary',
        kind: 'yesno',
        label: '党组织书记目前是否在任？',
        name: '党组织书记是否在任',
        hint: '书记调离或空缺尚未补选的，请选“否”。',
        showIf: hasOwnOrganisation,
      },
      {
        id: 'hasDisciplineMember',
        kind: 'yesno',
        label: '党组织委员会是否设有纪检委员（设纪律检查委员会的，也选“是”）？',
        name: '是否设有纪检委员',
        showIf: hasCommitteeBody,
      },
      {
        id: 'hasPartyGroups',
        kind: 'yesno',
        label: '是否划分了党小组？',
        name: '是否划分党小组',
        showIf: hasOwnOrganisation,
      },
      {
        id: 'groupsNeeded',
        kind: 'yesno',
        label: '本会党员人数是否较多，或者党员的工作地、居住地比较分散？',
        name: '党员是否较多或分散',
        hint: '支部工作条例规定，这样的党支部应当划分党小组。',
        showIf: (a) => hasOwnOrganisation(a) && a.hasPartyGroups === false,
      },
      {
        id: 'secretaryFromManagement',
        kind: 'yesno',
        label: '党组织书记是否由本会管理层人员担任？',
        name: '书记是否来自管理层',
        showIf: (a) => hasOwnOrganisation(a) && a.hasSecretary === true,
      },
      {
        id: 'outreach',
        kind: 'choice',
        label: '本会是否有上级组织选派的党建组织员，或在本会内部确定的党建联络员？',
        name: '党建组织员或联络员情况',
        options: [
          { value: 'organiser', label: '有上级组织选派的党建组织员' },
          { value: 'liaison', label: '有本会内部确定的党建联络员' },
          { value: 'both', label: '两者都有' },
          { value: 'none', label: '都没有' },
        ],
        showIf: (a) => a.organisationForm === 'none',
      },
      {
        id: 'relationsPending',
        kind: 'yesno',
        label: '组织关系不在本会的党员中，是否有人工作单位已经变动到本会，却没有转移组织关系（经党组织同意可以不转接的除外）？',
        name: '是否有应转未转组织关系的党员',
        showIf: (a) => hasOwnOrganisation(a) && hasElsewhereMembers(a),
      },
    ],
  },
  {
    id: 'term',
    title: '换届',
    description: '用于判断党组织是否需要按期换届。',
    questions: [
      {
        id: 'termYears',
        kind: 'choice',
        label: '上级党组织批准的每届任期是几年？',
        name: '每届任期',
        hint:
          '党章规定，基层委员会、总支部委员会、支部委员会每届任期三年至五年；支部工作条例规定，' +
          '村、社区以外的党支部委员会一般每届任期3年。不确定时请选3年。',
        options: [
          { value: '3', label: '3年' },
          { value: '4', label: '4年' },
          { value: '5', label: '5年' },
        ],
        defaultValue: '3',
        showIf: hasOwnOrganisation,
      },
      {
        id: 'lastElection',
        kind: 'month',
        label: '上一次换届选举（新成立的，指成立时的选举）是哪年哪月？',
        name: '上次换届年月',
        hint: '按“年-月”填写，例如 2023-06。',
        minMonth: '1949-10',
        maxMonth: '2100-12',
        showIf: hasOwnOrganisation,
      },
    ],
  },
  {
    id: 'life',
    title: '组织生活',
    description: '请按最近12个月的实际情况填写次数或选择是否开展。',
    questions: [
      {
        id: 'generalMeetings',
        kind: 'integer',
        label: '最近12个月召开了几次党员大会？',
        name: '党员大会次数',
        hint: '设党总支或党委的，按所属党支部中召开次数最少的那个填写。',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasOwnOrganisation,
      },
      {
        id: 'committeeMeetings',
        kind: 'integer',
        label: '最近12个月召开了几次支部委员会会议（党组织委员会会议）？',
        name: '委员会会议次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasCommitteeBody,
      },
      {
        id: 'partyGroupMeetings',
        kind: 'integer',
        label: '最近12个月召开了几次党小组会？',
        name: '党小组会次数',
        hint: '有多个党小组的，按召开次数最少的那个党小组填写。',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: (a) => hasOwnOrganisation(a) && a.hasPartyGroups === true,
      },
      {
        id: 'partyLectures',
        kind: 'integer',
        label: '最近12个月上了几次党课？',
        name: '党课次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasOwnOrganisation,
      },
      {
        id: 'themedPartyDays',
        kind: 'integer',
        label: '最近12个月开展了几次主题党日？',
        name: '主题党日次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasOwnOrganisation,
      },
      {
        id: 'lifeMeetings',
        kind: 'integer',
        label: '最近12个月召开了几次组织生活会？',
        name: '组织生活会次数',
        min: 0,
        max: MEETING_COUNT_MAX,
        showIf: hasOwnOrganisation,
      },
      {
        id: 'democraticReview',
        kind: 'yesno',
        label: '最近12个月是否开展了民主评议党员？',
        name: '是否开展民主评议党员',
        showIf: hasOwnOrganisation,
      },
      {
        id: 'heartToHeart',
        kind: 'choice',
        label: '最近12个月，委员之间、委员和党员之间、党员之间的谈心谈话开展得怎样？',
        name: '谈心谈话情况',
        options: TALK_OPTIONS('三类都开展过'),
        showIf: (a) => hasOwnOrganisation(a) && hasCommitteeBody(a),
      },
      {
        id: 'heartToHeartMembers',
        kind: 'choice',
        label: '最近12个月，党员之间（包括书记和党员之间）的谈心谈话开展得怎样？',
        name: '谈心谈话情况',
        hint: '本会党支部没有设委员会，这里只问党员之间的谈心谈话。',
        options: TALK_OPTIONS('每名党员都参加过'),
        showIf: (a) => hasOwnOrganisation(a) && !hasCommitteeBody(a),
      },
      {
        id: 'elsewhereMembersParticipate',
        kind: 'yesno',
        label: '组织关系不在本会的党员，是否参加本会党组织的活动？',
        name: '组织关系不在本会的党员是否参加活动',
        showIf: (a) => hasOwnOrganisation(a) && hasElsewhereMembers(a),
      },
      {
        id: 'jointParticipation',
        kind: 'yesno',
        label: '本会党员是否按期参加联合党支部的组织生活？',
        name: '是否参加联合党支部组织生活',
        showIf: (a) => a.organisationForm === 'joint',
      },
    ],
  },
  {
    id: 'role',
    title: '作用发挥',
    description: '了解党组织在本会治理中的位置和基础工作。',
    questions: [
      {
        id: 'charterIncludesPartyBuilding',
        kind: 'yesno',
        label: '本会章程是否写入了党建工作要求？',
        name: '章程是否写入党建工作要求',
      },
      {
        id: 'crossAppointment',
        kind: 'yesno',
        label: '党组织班子成员与本会领导班子成员是否交叉任职？',
        name: '是否交叉任职',
        showIf: hasOwnOrganisation,
      },
      {
        id: 'disciplineSupervisorCross',
        kind: 'yesno',
        label: '纪检委员（纪委书记）与本会监事（监事长）是否交叉任职？',
        name: '纪检委员与监事是否交叉任职',
        showIf: (a) => hasCommitteeBody(a) && a.hasDisciplineMember === true,
      },
      {
        id: 'secretaryAttendsManagement',
        kind: 'yesno',
        label: '党组织书记是否参加或列席本会管理层的有关会议？',
        name: '书记是否参加或列席管理层会议',
        showIf: (a) => hasOwnOrganisation(a) && a.hasSecretary === true,
      },
      {
        id: 'secretaryReported',
        kind: 'yesno',
        label: '最近12个月，党支部书记是否向上级党组织和党支部党员大会述职？',
        name: '书记是否述职',
        showIf: branchSecretaryInOffice,
      },
      {
        id: 'secretaryTrained',
        kind: 'yesno',
        label: '最近12个月，党支部书记是否参加过县级以上党组织举办的集中轮训？',
        name: '书记是否参加集中轮训',
        showIf: branchSecretaryInOffice,
      },
      {
        id: 'hasPartyInstructor',
        kind: 'yesno',
        label: '主管部门是否已向本会选派党建指导员？',
        name: '是否已有党建指导员',
        showIf: (a) => a.keyAssociation === 'yes' && hasOwnOrganisation(a),
      },
      {
        id: 'memberFilesComplete',
        kind: 'yesno',
        label: '党员档案是否齐全、规范？',
        name: '党员档案是否齐全规范',
        showIf: hasOwnOrganisation,
      },
      {
        id: 'duesManaged',
        kind: 'yesno',
        label: '党费是否按规定收缴、使用和管理？',
        name: '党费是否规范管理',
        showIf: hasOwnOrganisation,
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
