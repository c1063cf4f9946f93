/**
 * 工作覆盖 (有效覆盖): is party work actually carried out?
 * Organisational life over the last 12 months, then the seed article's
 * §四（二）（三） mechanisms. Each rule also yields a WorkCheck for the score.
 */
import type { AnswerKey, Answers, Citation, OrganisationStatus } from '../types';
import {
  ARTICLE,
  BWR,
  count,
  hasOwnOrganisation,
  MED,
  outcome,
  PC,
  PENDING,
  SGR,
  yesNo,
  type RuleOutcome,
  type WorkCheck,
} from './shared';

export interface WorkAssessment {
  outcomes: RuleOutcome[];
  checks: WorkCheck[];
}

interface MeetingNorm {
  id: string;
  field: AnswerKey;
  /** Minimum in 12 months implied by the rule. */
  expected: number;
  weight: number;
  name: string;
  /** Our own wording of the rule's frequency. */
  rule: string;
  citations: Citation[];
}

/** Rules with a number; weights are explained in work-score.ts. */
const MEETING_NORMS: readonly MeetingNorm[] = [
  { id: 'life.general-meeting', field: 'generalMeetings', expected: 4, weight: 15, name: '党员大会', rule: '党员大会通常每季度开1次', citations: [BWR(11)] },
  { id: 'life.committee-meeting', field: 'committeeMeetings', expected: 12, weight: 10, name: '委员会会议', rule: '支部委员会会议通常每月开1次', citations: [BWR(12)] },
  { id: 'life.party-group-meeting', field: 'partyGroupMeetings', expected: 12, weight: 5, name: '党小组会', rule: '党小组会通常每月开1次', citations: [BWR(13, '第三款')] },
  { id: 'life.themed-party-day', field: 'themedPartyDays', expected: 12, weight: 15, name: '主题党日', rule: '主题党日每月开展1次', citations: [BWR(16, '第四款'), MED(16, '第二款')] },
  { id: 'life.life-meeting', field: 'lifeMeetings', expected: 1, weight: 10, name: '组织生活会', rule: '组织生活会每年至少开1次', citations: [BWR(17), MED(17)] },
];

/** Core organisational life counted as unmet when an organisation is required but missing. */
const CORE_LIFE_WEIGHTS = { generalMeetings: 15, themedPartyDays: 15, partyLectures: 10, lifeMeetings: 10, democraticReview: 10, heartToHeart: 5 };

/** Stands for all organisational life when the association has no organisation of its own. */
const ROUTE_WEIGHT = 40;

function meetingOutcome(norm: MeetingNorm, n: number, higher: boolean): RuleOutcome {
  // The corpus sets the monthly rule for 支部委员会 only; for a 党总支/党委 committee it is a reference.
  const committeeOfHigher = higher && norm.field === 'committeeMeetings';
  const note = committeeOfHigher ? '党总支、党委委员会会议的频次，依据的规定尚未收录本站，这里参照支部委员会的要求。' : '';
  if (n >= norm.expected) {
    return outcome(norm.id, 'work', '已达标', `最近12个月${norm.name}${n}次，达到${norm.rule}的要求。${note}`, norm.citations);
  }
  return outcome(
    norm.id,
    'work',
    committeeOfHigher ? '建议' : '须整改',
    `最近12个月${norm.name}${n}次。${norm.rule}，12个月应不少于${norm.expected}次。${note}`,
    norm.citations,
    `按“${norm.rule}”的要求开好${norm.name}`,
  );
}

function yesNoOutcome(
  id: string,
  value: boolean,
  met: string,
  unmet: string,
  citations: Citation[],
  action: string,
  unmetLevel: '须整改' | '建议' = '须整改',
): RuleOutcome {
  return value ? outcome(id, 'work', '已达标', met, citations) : outcome(id, 'work', unmetLevel, unmet, citations, action);
}

function organisationalLife(a: Answers): WorkAssessment {
  const outcomes: RuleOutcome[] = [];
  const checks: WorkCheck[] = [];
  const higher = a.organisationForm === 'higher';
  for (const norm of MEETING_NORMS) {
    const n = count(a, norm.field);
    if (n === undefined) continue;
    outcomes.push(meetingOutcome(norm, n, higher));
    checks.push({ id: norm.id, weight: norm.weight, fulfilment: Math.min(n / norm.expected, 1) });
  }
  const lectures = count(a, 'partyLectures');
  if (lectures !== undefined) {
    const cites = [BWR(16), MED(16)];
    const basis = '条例要求党支部组织党员按期上党课，但本站收录的条文没有规定党支部党课的具体次数，相关细化规定尚未收录本站。';
    outcomes.push(
      lectures > 0
        ? outcome('life.party-lecture', 'work', '已达标', `最近12个月上党课${lectures}次。${basis}`, cites)
        : outcome('life.party-lecture', 'work', '须整改', `最近12个月没有上过党课。${basis}`, cites, '按期组织党员上党课'),
    );
    checks.push({ id: 'life.party-lecture', weight: 10, fulfilment: lectures > 0 ? 1 : 0 });
  }
  const review = yesNo(a, 'democraticReview');
  if (review !== undefined) {
    outcomes.push(
      yesNoOutcome(
        'life.democratic-review',
        review,
        '最近12个月开展了民主评议党员。',
        '最近12个月没有开展民主评议党员。民主评议党员通常每年进行1次，也可以和组织生活会一起开展。',
        [BWR(18), MED(18)],
        '开展年度民主评议党员（可结合组织生活会）',
      ),
    );
    checks.push({ id: 'life.democratic-review', weight: 10, fulfilment: review ? 1 : 0 });
  }
  const talks = yesNo(a, 'heartToHeart');
  if (talks !== undefined) {
    outcomes.push(
      yesNoOutcome(
        'life.heart-to-heart',
        talks,
        '最近12个月委员之间、委员和党员之间、党员之间都开展了谈心谈话。',
        '谈心谈话没有覆盖到委员之间、委员和党员之间、党员之间。条例要求这三类谈心谈话每年一般各不少于1次。',
        [BWR(19), MED(19)],
        '组织委员之间、委员和党员之间、党员之间的年度谈心谈话',
      ),
    );
    checks.push({ id: 'life.heart-to-heart', weight: 5, fulfilment: talks ? 1 : 0 });
  }
  const elsewhere = yesNo(a, 'elsewhereMembersParticipate');
  if (elsewhere !== undefined) {
    const n = a.membersRelationElsewhere ?? 0;
    outcomes.push(
      yesNoOutcome(
        'life.multiple-participation',
        elsewhere,
        `本会${n}名组织关系不在本会的党员参加本会党组织的活动。`,
        `本会有${n}名党员组织关系不在本会，目前没有参加本会党组织的活动。导读文章提出按“一方隶属、参加多重组织生活”的原则组织这些党员参加活动；党员教育管理工作条例对流动党员规定了同样的方式，支部工作条例也允许把经同意不转接组织关系的党员纳入党支部或党小组参加组织生活。`,
        [ARTICLE('si-3'), MED(32, '第二款'), BWR(16, '第五款')],
        '组织组织关系不在本会的党员参加本会党组织活动',
        '建议',
      ),
    );
    checks.push({ id: 'life.multiple-participation', weight: 5, fulfilment: elsewhere ? 1 : 0 });
  }
  return { outcomes, checks };
}

/** Organisational life for associations without an organisation of their own. */
function lifeWithoutOwnOrganisation(a: Answers, status: OrganisationStatus): WorkAssessment {
  if (status === 'required-missing') {
    // Required but missing: none of the core organisational life can take place in the association.
    const checks = Object.entries(CORE_LIFE_WEIGHTS).map(([id, weight]) => ({ id: `life.${id}`, weight, fulfilment: 0 }));
    return { outcomes: [], checks };
  }
  const joint = yesNo(a, 'jointParticipation');
  if (joint !== undefined) {
    const outcomes = [
      yesNoOutcome(
        'life.joint-participation',
        joint,
        '本会党员按期参加联合党支部的组织生活。',
        '本会党员没有按期参加联合党支部的组织生活。党章要求每名党员都归属党的一个组织并过组织生活，本会党员应当按期参加联合党支部的活动。',
        [PC(8), BWR(16)],
        '组织本会党员按期参加联合党支部的组织生活',
      ),
    ];
    return { outcomes, checks: [{ id: 'life.joint-participation', weight: ROUTE_WEIGHT, fulfilment: joint ? 1 : 0 }] };
  }
  // Organiser/liaison route: fully met when 0 正式党员, half when a 联合党支部 is still due.
  const hasOutreach = a.outreach !== undefined && a.outreach !== 'none';
  const fulfilment = hasOutreach ? (status === 'joint-missing' ? 0.5 : 1) : 0;
  return { outcomes: [], checks: [{ id: 'life.route', weight: ROUTE_WEIGHT, fulfilment }] };
}

function roleMechanisms(a: Answers): WorkAssessment {
  const outcomes: RuleOutcome[] = [];
  const checks: WorkCheck[] = [];
  const add = (o: RuleOutcome, weight: number): void => {
    outcomes.push(o);
    checks.push({ id: o.id, weight, fulfilment: o.level === '已达标' ? 1 : 0 });
  };
  add(
    yesNoOutcome(
      'role.charter',
      a.charterIncludesPartyBuilding,
      '本会章程已写入党建工作要求。',
      '本会章程尚未写入党建工作要求。导读文章提出，协会商会要把党建工作要求写入章程；社会团体修改章程，应先经业务主管单位审查同意，再于30日内报登记管理机关核准。',
      [ARTICLE('si-3'), SGR(18, '第二款')],
      '修改章程写入党建工作要求，并按程序报业务主管单位和登记管理机关',
      '建议',
    ),
    10,
  );
  const cross = yesNo(a, 'crossAppointment');
  if (cross !== undefined) {
    add(
      yesNoOutcome(
        'role.cross-appointment',
        cross,
        '党组织班子成员与本会领导班子成员交叉任职。',
        '党组织班子成员与本会领导班子成员没有交叉任职。导读文章提出推行这种交叉任职。',
        [ARTICLE('si-3')],
        '推行党组织班子成员与本会领导班子成员交叉任职',
        '建议',
      ),
      5,
    );
  }
  const supervisor = yesNo(a, 'disciplineSupervisorCross');
  if (supervisor !== undefined) {
    add(
      yesNoOutcome(
        'role.discipline-supervisor',
        supervisor,
        '纪检委员（纪委书记）与本会监事（监事长）交叉任职。',
        '纪检委员（纪委书记）与本会监事（监事长）没有交叉任职。导读文章提出推行这种交叉任职。',
        [ARTICLE('si-3')],
        '推行纪检委员与监事（监事长）交叉任职',
        '建议',
      ),
      5,
    );
  }
  const attends = yesNo(a, 'secretaryAttendsManagement');
  if (attends !== undefined) {
    add(
      yesNoOutcome(
        'role.secretary-attends',
        attends,
        '党组织书记参加或列席本会管理层有关会议。',
        '党组织书记没有参加或列席本会管理层有关会议。导读文章提出，党组织书记应当参加或列席管理层有关会议。',
        [ARTICLE('si-3')],
        '建立党组织书记参加或列席管理层有关会议的制度',
        '建议',
      ),
      5,
    );
  }
  if (a.keyAssociation === 'yes') {
    const instructor = yesNo(a, 'hasPartyInstructor');
    if (instructor !== undefined) {
      add(
        yesNoOutcome(
          'role.party-instructor',
          instructor,
          '主管部门已向本会选派党建指导员。',
          '导读文章提出，行业主管部门可从机关或离退休领导干部中择优选派党员干部，报党委组织部门同意后，到行业影响较大或党建工作薄弱的协会商会党组织担任党建指导员。本会属于这类协会商会，目前还没有党建指导员。',
          [ARTICLE('si-2')],
          '向主管部门提出选派党建指导员',
          '建议',
        ),
        5,
      );
    }
  } else if (a.keyAssociation === 'unknown') {
    outcomes.push(
      outcome(
        'role.party-instructor',
        'work',
        '建议',
        '导读文章提出，行业影响较大或党建工作薄弱的协会商会，可由主管部门选派党建指导员。可向主管部门了解本会是否属于这类协会商会。',
        [ARTICLE('si-2')],
        '向主管部门了解本会是否需要选派党建指导员',
      ),
    );
  }
  const files = yesNo(a, 'memberFilesComplete');
  if (files !== undefined) {
    add(
      yesNoOutcome(
        'role.member-files',
        files,
        '党员档案齐全、规范。',
        '党员档案还不齐全、规范。导读文章把完善党员档案列为健全工作机制的基础工作；党员教育管理工作条例只规定了没有人事档案的党员由基层党委建立党员档案，档案管理的细化规定尚未收录本站。',
        [ARTICLE('si-2'), MED(26)],
        '完善党员档案',
        '建议',
      ),
      5,
    );
  }
  const dues = yesNo(a, 'duesManaged');
  if (dues !== undefined) {
    add(
      yesNoOutcome(
        'role.party-dues',
        dues,
        '党费按规定收缴、使用和管理。',
        '党费收缴、使用和管理还不规范。条例要求党员按期交党费，并要求党组织把党费的收缴、使用和管理做好；导读文章也提出规范党费使用管理。党费标准和使用管理的细化规定另有专门文件。',
        [BWR(9, '第（三）项'), MED(16, '第三款'), ARTICLE('si-2'), PENDING('party-dues-rules')],
        '规范党费收缴、使用和管理',
        '须整改',
      ),
      10,
    );
  }
  return { outcomes, checks };
}

export function assessWork(a: Answers, status: OrganisationStatus): WorkAssessment {
  const life = hasOwnOrganisation(a) ? organisationalLife(a) : lifeWithoutOwnOrganisation(a, status);
  const role = roleMechanisms(a);
  return { outcomes: [...life.outcomes, ...role.outcomes], checks: [...life.checks, ...role.checks] };
}
