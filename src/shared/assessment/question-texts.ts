/**
 * What the questionnaire says: each step's title and description, each question's
 * label and hint, and the label of each choice option. The structure the rules work
 * on (ids, kinds, bounds, visibility, the short names used in validation messages)
 * is in questions.ts.
 *
 * Only the page and the tests import this module. The page passes it to the island as
 * a prop, so it reaches the browser as JSON in the page (data-props) and is not part
 * of the island's JavaScript (see client/islands/assessment/types.ts, AssessmentProps.texts).
 */
import { ISLAND_MESSAGES } from './island-messages';
import { QUESTION_NAMES } from './question-names';
import type { QuestionnaireTexts, Reach } from './types';

const TALK_OPTIONS: Readonly<Record<Reach, string>> = {
  all: '每两人之间都至少谈过1次',
  some: '谈过，但有的两人之间没有谈',
  none: '没有开展',
};

export const QUESTION_TEXTS: QuestionnaireTexts = {
  steps: {
    basics: { title: '基本情况', description: '先说明本会党员的人数和构成。人数按填写当日的实际情况。' },
    organisation: { title: '党组织设置', description: '说明本会党组织目前的设置方式和班子情况。' },
    term: { title: '换届', description: '用于判断党组织是否需要按期换届。' },
    life: { title: '组织生活', description: '请按最近12个月的实际情况填写次数或选择是否开展。' },
    role: { title: '作用发挥', description: '了解党组织在本会治理中的位置和基础工作。拿不准的选“不清楚”，结果会提示向上级党组织核实。' },
    development: {
      title: '发展党员',
      description: '按最近12个月的实际情况填写，用于核对发展党员工作的几项基本要求。拿不准的选“不清楚”，结果会提示向上级党组织核实。',
    },
  },
  questions: {
    // 基本情况
    formalMembers: {
      label: '本会有多少名正式党员？',
      hint: '指在本会工作的党员（如秘书处专职工作人员）中已经转正的党员。预备党员请在下一题单独填写，不计入此数。',
    },
    probationaryMembers: {
      label: '本会有多少名预备党员？',
      hint: '预备党员转正前，不计入组建党组织所需的正式党员人数。',
    },
    membersRelationElsewhere: {
      label: '其中，组织关系不在本会的党员有多少名？',
      hint: '包括正式党员和预备党员，例如组织关系仍在原单位、原籍或居住地的党员。本会尚未建立党组织的，填在本会工作的全部党员。',
    },
    formalElsewhere: {
      label: '组织关系不在本会党组织的党员中，正式党员有多少名？',
      hint: '支部委员会的7人、党支部规模的50人，只计组织关系在本支部的党员。',
    },
    outOfTownChamber: {
      label: '本会是否为异地商会（由外地企业和人员在本地组成的商会）？',
      hint: '异地商会的党员，组织关系常常留在原籍，党员教育管理工作条例对这类流动党员有专门规定。',
    },
    keyAssociation: {
      label: '业务主管部门（行业管理部门）是否认为本会行业影响较大，或党建工作较薄弱？',
      hint: '解读文章《加强行业协会商会党的建设工作》提出，行业主管部门向这类协会商会党组织选派“党建指导员”。',
      options: { yes: '是', no: '否', unknown: '不清楚' },
    },
    // 党组织设置
    organisationForm: {
      label: '本会党员目前的组织形式是？',
      options: {
        branch: '本会单独建立了党支部',
        higher: '本会建立了党总支或党委',
        joint: '本会党员参加与其他单位组成的联合党支部',
        none: '尚未建立或参加任何党组织',
      },
    },
    higherForm: {
      label: '本会建立的是党总支还是党委？',
      options: { 'general-branch': '党总支（总支部委员会）', committee: '党委（基层委员会）' },
    },
    foundedMonth: {
      label: '本会党组织是哪年哪月成立的？',
      hint: '成立不满一年的请填写（按“年-月”，例如 2025-09），组织生活的次数按成立以来的月数核对；成立已满一年的可以不填。',
    },
    jointUnits: {
      label: '本会参加的联合党支部一共覆盖几个单位（包括本会）？',
      hint: '支部工作条例规定，联合党支部覆盖单位一般不超过5个。',
    },
    hasCommittee: {
      label: '党支部是否设立了支部委员会？',
      hint: '只设书记（或书记、副书记）而不设委员会的，请选“否”。',
    },
    hasSecretary: {
      label: '党组织书记目前是否在任？',
      hint: '书记调离或空缺尚未补选的，请选“否”。',
    },
    secretaryApproved: {
      label: '书记、副书记选举产生后，是否已报上级党组织批准（委员报上级党组织备案）？',
    },
    secretaryPartyYears: { label: '党支部书记的党龄是否满1年？' },
    secretaryInducted: { label: '党支部书记上任时，是否参加过上级党组织举办的任职培训？' },
    hasDisciplineMember: { label: '党组织委员会是否设有纪检委员（设纪律检查委员会的，也选“是”）？' },
    hasPartyGroups: { label: '是否划分了党小组？' },
    groupsNeeded: {
      label: '本会党员人数是否较多，或者党员的工作地、居住地比较分散？',
      hint: '支部工作条例规定，这样的党支部应当划分党小组。',
    },
    secretaryFromManagement: {
      label: '党组织书记是否由本会管理层人员担任？',
      hint: '本会管理层，指会长、副会长、秘书长、副秘书长等本会负责人。',
    },
    outreach: {
      label: '本会是否有上级组织选派的党建组织员，或在本会内部确定的党建联络员？',
      options: {
        organiser: '有上级组织选派的党建组织员',
        liaison: '有本会内部确定的党建联络员',
        both: '两者都有',
        none: '都没有',
      },
    },
    relationsPending: {
      label: '组织关系不在本会的党员中，是否有人工作单位已经变动到本会，应当转入却还没有转移组织关系？',
      hint: '经党组织同意可以不转接组织关系的党员，以及异地商会组织关系在原籍的流动党员，不算在内。',
    },
    flowingBranch: { label: '流出地党组织是否已依托本会成立流动党员党支部？' },
    // 换届
    termYears: {
      label: '上级党组织批准的每届任期是几年？',
      hint:
        '党章规定，基层委员会、总支部委员会、支部委员会每届任期三年至五年；支部工作条例规定，' +
        '村、社区以外的党支部委员会一般每届任期3年。以上级党组织的批复为准。',
      options: { '3': '3年', '4': '4年', '5': '5年', unknown: '不清楚' },
    },
    lastElection: {
      label: '上一次换届选举（新成立的，指成立时的选举）是哪年哪月？',
      hint: '填6位数字，例如 202306 表示2023年6月；也可以写成 2023.06。',
    },
    termExtended: {
      label: '本届任期届满后，上级党组织是否批准了延期换届？',
      options: { 'not-due': '任期未满，不涉及', approved: '已批准延期', 'not-approved': '没有批准延期', unknown: '不清楚' },
    },
    // 组织生活
    generalMeetings: {
      label: '最近12个月召开了几次党员大会？',
      hint: '设党总支或党委的，按所属党支部中召开次数最少的那个填写。',
    },
    committeeMeetings: { label: '最近12个月召开了几次支部委员会会议（党组织委员会会议）？' },
    partyGroupMeetings: {
      label: '最近12个月召开了几次党小组会？',
      hint: '有多个党小组的，按召开次数最少的那个党小组填写。',
    },
    partyLectures: { label: '最近12个月上了几次党课？' },
    secretaryLecture: { label: '最近12个月，党委书记是否讲过党课？' },
    themedPartyDays: { label: '最近12个月开展了几次主题党日？' },
    lifeMeetings: { label: '最近12个月召开了几次组织生活会？' },
    democraticReview: { label: '最近12个月是否开展了民主评议党员？' },
    talksCommittee: { label: '最近12个月，支部委员（委员会委员）之间的谈心谈话开展得怎样？', options: TALK_OPTIONS },
    talksCommitteeMembers: { label: '最近12个月，委员和党员之间的谈心谈话开展得怎样？', options: TALK_OPTIONS },
    heartToHeartMembers: {
      label: '最近12个月，党员和党员之间的谈心谈话开展得怎样？',
      hint: '支部工作条例规定，党员和党员之间每年谈心谈话一般不少于1次。',
      options: TALK_OPTIONS,
    },
    elsewhereMembersParticipate: { label: '组织关系不在本会的党员，是否参加本会党组织的活动？' },
    jointParticipation: { label: '本会党员是否按期参加联合党支部的组织生活？' },
    membersAttendLife: {
      label: '本会党员是否都在组织关系所在的党组织（原单位、居住地等）按期参加组织生活？',
      hint: '党章规定，每个党员都必须编入党的一个支部、小组或其他特定组织，参加党的组织生活。',
    },
    studyHours: { label: '最近12个月，本会每名党员的集中学习培训时间是否都达到32学时？' },
    // 作用发挥
    charterIncludesPartyBuilding: { label: '本会章程是否写入了党建工作要求？' },
    crossAppointment: {
      label: '党组织班子成员与本会领导班子成员是否交叉任职？',
      hint: '党组织的书记、副书记或委员中，有人同时担任本会会长、副会长、秘书长等领导职务的，选“是”。',
    },
    disciplineSupervisorCross: { label: '纪检委员（纪委书记）与本会监事（监事长）是否交叉任职？' },
    secretaryAttendsManagement: {
      label: '党组织书记是否参加或列席本会管理层的有关会议？',
      hint: '指会长办公会、理事会、常务理事会等研究本会重要事项的会议；书记参加或列席其中任何一种，选“是”。',
    },
    secretaryReported: { label: '最近12个月，党支部书记是否向上级党组织和党支部党员大会述职？' },
    secretaryTrained: { label: '最近12个月，党支部书记是否参加过县级以上党组织举办的集中轮训？' },
    reportsToSuperior: { label: '本会党组织是否及时向上级党组织报告重要情况、报告工作？' },
    hasPartyInstructor: { label: '主管部门是否已向本会选派党建指导员？' },
    memberFilesComplete: {
      label: '党员档案是否齐全、规范？',
      hint: '三点都做到才选“是”：每名党员都能找到档案；档案里有入党申请书、入党志愿书等入党材料；由专人保管、存放在固定地方。',
    },
    duesManaged: {
      label: '党费是否按规定收缴、使用和管理？',
      hint: '三点都做到才选“是”：每名党员都按期交纳，有交纳记录；由专人收缴、保管，按上级党组织的规定上缴和使用；账目清楚，可以查核。',
    },
    // 发展党员
    developmentWork: {
      label: '本会党组织是否经常开展发展党员工作（如宣传发动、制定发展计划、教育培养入党积极分子）？',
    },
    applications: { label: '最近12个月，本会党组织收到几份入党申请书？', hint: '没有的填0。' },
    applicantsTalked: {
      label: '收到入党申请书后，是否都在一个月内派人同入党申请人谈了话？',
      options: { all: '都在一个月内谈了', some: '有的没有在一个月内谈', none: '都没有在一个月内谈' },
    },
    activists: { label: '本会党组织现有几名入党积极分子？', hint: '没有的填0。' },
    activistsMentored: { label: '是否为每名入党积极分子指定了一至两名正式党员作培养联系人？' },
    probationReview: {
      label: '预备期已满的预备党员，党支部是否都及时讨论了其能否转为正式党员？',
      options: { all: '都及时讨论了', some: '有的没有及时讨论', none: '都没有及时讨论', 'not-due': '还没有预备期已满的' },
    },
  },
  names: QUESTION_NAMES,
  messages: ISLAND_MESSAGES,
};
