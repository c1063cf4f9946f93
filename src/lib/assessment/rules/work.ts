/**
 * 工作覆盖 (有效覆盖): is party work actually carried out?
 * Organisational life over the last 12 months, then the mechanisms of the
 * explainer's 四（二）（三） and the secretary's duties. Each rule also yields a
 * WorkCheck for the score, which explains the card but does not decide it.
 */
import type { NormId } from '../norms';
import type { AnswerKey, Answers, OrganisationStatus, TalkCoverage } from '../types';
import {
  count,
  hasCommitteeBody,
  hasOwnOrganisation,
  levelIfUnmet,
  normCheck,
  outcome,
  yesNo,
  type RuleOutcome,
  type WorkCheck,
} from './shared';

export interface WorkAssessment {
  outcomes: RuleOutcome[];
  checks: WorkCheck[];
}

interface MeetingRule {
  id: string;
  field: AnswerKey;
  /** Minimum in 12 months implied by the frequency norm. */
  expected: number;
  weight: number;
  name: string;
  /** The norm that sets how often. */
  frequency: NormId;
  /** A binding norm that imposes the meeting itself, if the frequency norm only says 一般. */
  duty?: NormId;
}

/** Rules with a number; weights are explained in work-score.ts. */
const MEETINGS: readonly MeetingRule[] = [
  {
    id: 'life.general-meeting',
    field: 'generalMeetings',
    expected: 4,
    weight: 15,
    name: '党员大会',
    frequency: 'bwr11-general',
    duty: 'bwr16-duty',
  },
  {
    id: 'life.committee-meeting',
    field: 'committeeMeetings',
    expected: 12,
    weight: 10,
    name: '委员会会议',
    frequency: 'bwr12-committee',
    duty: 'bwr16-duty',
  },
  {
    id: 'life.party-group-meeting',
    field: 'partyGroupMeetings',
    expected: 12,
    weight: 5,
    name: '党小组会',
    frequency: 'bwr13-group-meeting',
    duty: 'bwr16-duty',
  },
  { id: 'life.themed-party-day', field: 'themedPartyDays', expected: 12, weight: 15, name: '主题党日', frequency: 'med16-themed-day' },
  { id: 'life.life-meeting', field: 'lifeMeetings', expected: 1, weight: 10, name: '组织生活会', frequency: 'bwr17-life-meeting' },
];

const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  'life.general-meeting': '党员大会一般每季度召开1次',
  'life.committee-meeting': '党支部委员会会议一般每月召开1次',
  'life.party-group-meeting': '党小组会一般每月召开1次',
  'life.themed-party-day': '党支部应当每月开展1次主题党日',
  'life.life-meeting': '党支部每年至少召开1次组织生活会',
};

/** Core organisational life counted as unmet when an organisation is required but missing. */
const CORE_LIFE_WEIGHTS = {
  generalMeetings: 15,
  themedPartyDays: 15,
  partyLectures: 10,
  lifeMeetings: 10,
  democraticReview: 10,
  heartToHeart: 5,
};

/** Stands for all organisational life when the association has no organisation of its own. */
const ROUTE_WEIGHT = 40;

/**
 * Met in full: 已达标. Partly: the frequency norm's own level (一般 → 建议). None at all:
 * also the duty norm's level, so a meeting the texts impose (应当…按期) is 须整改.
 */
function meetingOutcome(rule: MeetingRule, n: number, higher: boolean): RuleOutcome {
  // The texts set the committee's rhythm for 党支部委员会 only; for a 党总支/党委 it is a reference.
  const reference = higher && rule.field === 'committeeMeetings';
  const note = reference ? '本站收录的法规只规定了党支部委员会会议的频次，党总支、党委委员会会议这里参照执行。' : '';
  const rhythm = FREQUENCY_WORDS[rule.id] ?? '';
  const norms: NormId[] = rule.duty ? [rule.frequency, rule.duty] : [rule.frequency];
  if (n >= rule.expected) {
    return outcome(rule.id, 'work', '已达标', `最近12个月${rule.name}${n}次，达到“${rhythm}”的要求。${note}`, norms);
  }
  const strict = n === 0 ? levelIfUnmet(...norms) : levelIfUnmet(rule.frequency);
  const level = reference ? '建议' : strict;
  const why =
    n === 0 && rule.duty && level === '须整改'
      ? `条文规定“${rhythm}”，并要求党支部组织党员按期参加、定期召开；12个月一次也没有开，属于没有落实。`
      : level === '须整改'
        ? `条文规定“${rhythm}”，12个月应不少于${rule.expected}次。`
        : `条文规定“${rhythm}”，“一般”表示原则上应当做到，12个月宜不少于${rule.expected}次。`;
  return outcome(rule.id, 'work', level, `最近12个月${rule.name}${n}次。${why}${note}`, norms, `按“${rhythm}”开好${rule.name}`);
}

function talksOutcome(value: TalkCoverage, committee: boolean): RuleOutcome {
  const id = 'life.heart-to-heart';
  const pairs = committee ? '委员之间、委员和党员之间、党员之间' : '党员之间（包括书记和党员之间）';
  const norms: NormId[] = ['bwr19-talks', 'bwr19-talks-yearly'];
  switch (value) {
    case 'all':
      return outcome(id, 'work', '已达标', `最近12个月${pairs}都开展过谈心谈话。`, norms);
    case 'some':
      return outcome(
        id,
        'work',
        levelIfUnmet('bwr19-talks-yearly'),
        `最近12个月开展过谈心谈话，但没有覆盖${pairs}。条例规定，每年谈心谈话一般不少于1次。`,
        norms,
        `让${pairs}的谈心谈话每年都至少开展1次`,
      );
    case 'none':
      return outcome(
        id,
        'work',
        levelIfUnmet('bwr19-talks'),
        `最近12个月没有开展谈心谈话。党支部应当经常开展谈心谈话，${pairs}每年谈心谈话一般不少于1次。`,
        norms,
        '经常开展谈心谈话',
      );
  }
}

function organisationalLife(a: Answers): WorkAssessment {
  const outcomes: RuleOutcome[] = [];
  const checks: WorkCheck[] = [];
  const higher = a.organisationForm === 'higher';
  for (const rule of MEETINGS) {
    const n = count(a, rule.field);
    if (n === undefined) continue;
    outcomes.push(meetingOutcome(rule, n, higher));
    checks.push({ id: rule.id, weight: rule.weight, fulfilment: Math.min(n / rule.expected, 1) });
  }
  const lectures = count(a, 'partyLectures');
  if (lectures !== undefined) {
    const id = 'life.party-lecture';
    outcomes.push(
      lectures > 0
        ? outcome(
            id,
            'work',
            '供参考',
            `最近12个月上党课${lectures}次。条例要求党支部组织党员按期上党课，但本站收录的法规未规定党支部党课的频次，请按上级党组织的安排核对。`,
            ['bwr16-duty'],
          )
        : outcome(
            id,
            'work',
            levelIfUnmet('bwr16-duty'),
            '最近12个月没有上过党课。党支部应当组织党员按期上党课。',
            ['bwr16-duty'],
            '按期组织党员上党课',
          ),
    );
    checks.push({ id, weight: 10, fulfilment: lectures > 0 ? 1 : 0 });
  }
  const review = yesNo(a, 'democraticReview');
  if (review !== undefined) {
    const norms: NormId[] = ['bwr18-review', 'med18-review'];
    outcomes.push(
      normCheck('life.democratic-review', 'work', review, norms, {
        met: '最近12个月开展了民主评议党员。',
        unmet: '最近12个月没有开展民主评议党员。党支部一般每年开展1次民主评议党员，可以结合组织生活会一并进行。',
        action: '开展年度民主评议党员（可结合组织生活会）',
      }),
    );
    checks.push({ id: 'life.democratic-review', weight: 10, fulfilment: review ? 1 : 0 });
  }
  const talks = a.heartToHeart ?? a.heartToHeartMembers;
  if (talks !== undefined) {
    outcomes.push(talksOutcome(talks, hasCommitteeBody(a)));
    checks.push({ id: 'life.heart-to-heart', weight: 5, fulfilment: talks === 'all' ? 1 : talks === 'some' ? 0.5 : 0 });
  }
  const elsewhere = yesNo(a, 'elsewhereMembersParticipate');
  if (elsewhere !== undefined) {
    const n = a.membersRelationElsewhere ?? 0;
    const id = 'life.multiple-participation';
    const norms: NormId[] = ['si3-multiple', 'bwr16-not-transferred'];
    outcomes.push(
      normCheck(id, 'work', elsewhere, norms, {
        met: `本会${n}名组织关系不在本会的党员参加本会党组织的活动。`,
        unmet: `本会有${n}名党员组织关系不在本会，目前没有参加本会党组织的活动。解读文章提出按“一方隶属、参加多重组织生活”原则组织这些党员参加活动；支部工作条例规定，经党组织同意可以不转接组织关系的党员，所在单位党组织可以将其纳入党支部或党小组参加组织生活。`,
        action: '安排组织关系不在本会的党员参加本会党组织的活动',
      }),
    );
    checks.push({ id, weight: 5, fulfilment: elsewhere ? 1 : 0 });
  }
  return { outcomes, checks };
}

/** Organisational life for associations without an organisation of their own. */
function lifeWithoutOwnOrganisation(a: Answers, status: OrganisationStatus): WorkAssessment {
  if (status === 'required-missing') {
    // Required but missing: none of the core organisational life can take place in the association.
    const checks = Object.entries(CORE_LIFE_WEIGHTS).map(([id, weight]) => ({ id: `life.${id}`, weight, fulfilment: 0 }));
    const missing = outcome(
      'life.no-organisation',
      'work',
      levelIfUnmet('bwr16-duty'),
      '本会应当成立党组织而尚未成立，党员大会、党小组会、党课等组织生活无法在本会开展。党组织成立后，应当组织党员按期参加党员大会、党小组会和上党课。',
      ['bwr16-duty', 'pc30-set-up'],
      '成立党组织后按期开展“三会一课”',
    );
    return { outcomes: [missing], checks };
  }
  const joint = yesNo(a, 'jointParticipation');
  if (joint !== undefined) {
    const id = 'life.joint-participation';
    const outcomes = [
      normCheck(id, 'work', joint, ['pc8-member-life'], {
        met: '本会党员按期参加联合党支部的组织生活。',
        unmet: '本会党员没有按期参加联合党支部的组织生活。每个党员都必须编入党的一个支部、小组或其他特定组织，参加党的组织生活。',
        action: '组织本会党员按期参加联合党支部的组织生活',
      }),
    ];
    return { outcomes, checks: [{ id, weight: ROUTE_WEIGHT, fulfilment: joint ? 1 : 0 }] };
  }
  // Organiser/liaison route: fully met when 0 正式党员, half when a 联合党支部 is still due.
  const hasOutreach = a.outreach !== undefined && a.outreach !== 'none';
  const fulfilment = hasOutreach ? (status === 'joint-missing' ? 0.5 : 1) : 0;
  return { outcomes: [], checks: [{ id: 'life.route', weight: ROUTE_WEIGHT, fulfilment }] };
}

interface YesNoRule {
  id: string;
  field: AnswerKey;
  weight: number;
  /** The norms that decide the level. */
  norms: NormId[];
  /** Quoted as well, without deciding the level (e.g. the procedure for changing a charter). */
  context?: NormId[];
  met: string;
  unmet: string;
  action: string;
}

/** Mechanisms asked as 是/否; the level when unmet follows the norms. */
const ROLE_RULES: readonly YesNoRule[] = [
  {
    id: 'role.charter',
    field: 'charterIncludesPartyBuilding',
    weight: 10,
    norms: ['si3-charter'],
    context: ['sgr18-charter'],
    met: '本会章程已写入党建工作要求。',
    unmet:
      '本会章程尚未写入党建工作要求。解读文章提出，协会商会要把党建工作要求写入章程；社会团体修改章程，应当自业务主管单位审查同意之日起30日内报登记管理机关核准。',
    action: '修改章程写入党建工作要求，并按程序报业务主管单位和登记管理机关',
  },
  {
    id: 'role.cross-appointment',
    field: 'crossAppointment',
    weight: 5,
    norms: ['si3-cross'],
    met: '党组织班子成员与本会领导班子成员交叉任职。',
    unmet: '党组织班子成员与本会领导班子成员没有交叉任职。解读文章提出推行这种交叉任职。',
    action: '推行党组织班子成员与本会领导班子成员交叉任职',
  },
  {
    id: 'role.discipline-supervisor',
    field: 'disciplineSupervisorCross',
    weight: 5,
    norms: ['si3-supervisor'],
    met: '纪检委员（纪委书记）与本会监事（监事长）交叉任职。',
    unmet: '纪检委员（纪委书记）与本会监事（监事长）没有交叉任职。解读文章提出推行这种交叉任职。',
    action: '推行纪检委员与监事（监事长）交叉任职',
  },
  {
    id: 'role.secretary-attends',
    field: 'secretaryAttendsManagement',
    weight: 5,
    norms: ['si3-attend'],
    met: '党组织书记参加或列席本会管理层有关会议。',
    unmet: '党组织书记没有参加或列席本会管理层有关会议。解读文章提出，党组织书记应当参加或列席管理层有关会议。',
    action: '建立党组织书记参加或列席管理层有关会议的制度',
  },
  {
    id: 'role.secretary-report',
    field: 'secretaryReported',
    weight: 5,
    norms: ['bwr27-report'],
    met: '党支部书记最近12个月向上级党组织和党员大会述职。',
    unmet: '党支部书记最近12个月没有述职。党支部书记每年应当向上级党组织和党支部党员大会述职，接受评议考核。',
    action: '党支部书记向上级党组织和党员大会述职',
  },
  {
    id: 'role.secretary-training',
    field: 'secretaryTrained',
    weight: 5,
    norms: ['bwr25-training'],
    met: '党支部书记最近12个月参加了县级以上党组织举办的集中轮训。',
    unmet: '党支部书记最近12个月没有参加集中轮训。党支部书记每年应当至少参加1次县级以上党组织举办的集中轮训。',
    action: '安排党支部书记参加县级以上党组织举办的集中轮训',
  },
  {
    id: 'role.party-instructor',
    field: 'hasPartyInstructor',
    weight: 5,
    norms: ['si2-instructor'],
    met: '主管部门已向本会选派党建指导员。',
    unmet:
      '解读文章提出，各行业主管部门从机关或离退休领导干部中择优选派党员干部，报经党委组织部门同意后，派驻到行业影响较大或党建工作薄弱的协会商会党组织担任党建指导员。本会属于这类协会商会，目前还没有党建指导员。',
    action: '向主管部门提出选派党建指导员',
  },
  {
    id: 'role.member-files',
    field: 'memberFilesComplete',
    weight: 5,
    norms: ['si2-files', 'med26-files'],
    met: '党员档案齐全、规范。',
    unmet:
      '党员档案还不齐全、规范。解读文章把完善党员档案列为健全工作机制的入手之处；对没有人事档案的党员，应当由具有审批预备党员权限的基层党委建立党员档案。',
    action: '完善党员档案（没有人事档案的党员，请基层党委建立党员档案）',
  },
  {
    id: 'role.party-dues',
    field: 'duesManaged',
    weight: 10,
    norms: ['med16-dues'],
    met: '党费按规定收缴、使用和管理。',
    unmet: '党费收缴、使用和管理还不规范。党组织应当做好党费收缴、使用和管理工作。',
    action: '规范党费收缴、使用和管理',
  },
];

function roleMechanisms(a: Answers): WorkAssessment {
  const outcomes: RuleOutcome[] = [];
  const checks: WorkCheck[] = [];
  for (const rule of ROLE_RULES) {
    const value = yesNo(a, rule.field);
    if (value === undefined) continue;
    const quoted = [...rule.norms, ...(rule.context ?? [])];
    outcomes.push(
      value
        ? outcome(rule.id, 'work', '已达标', rule.met, quoted)
        : outcome(rule.id, 'work', levelIfUnmet(...rule.norms), rule.unmet, quoted, rule.action),
    );
    checks.push({ id: rule.id, weight: rule.weight, fulfilment: value ? 1 : 0 });
  }
  if (a.keyAssociation === 'unknown' && hasOwnOrganisation(a)) {
    outcomes.push(
      outcome(
        'role.party-instructor',
        'work',
        '建议',
        '解读文章提出，行业影响较大或党建工作薄弱的协会商会，由主管部门择优选派党建指导员。可向主管部门了解本会是否属于这类协会商会。',
        ['si2-instructor'],
        '向主管部门了解本会是否需要选派党建指导员',
      ),
    );
  }
  return { outcomes, checks };
}

export function assessWork(a: Answers, status: OrganisationStatus): WorkAssessment {
  const life = hasOwnOrganisation(a) ? organisationalLife(a) : lifeWithoutOwnOrganisation(a, status);
  const role = roleMechanisms(a);
  return { outcomes: [...life.outcomes, ...role.outcomes], checks: [...life.checks, ...role.checks] };
}
