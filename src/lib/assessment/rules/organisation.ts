/**
 * 组织覆盖 (有形覆盖): is the party organisation the rules call for in place,
 * and is it set up the way the texts describe?
 *
 * Only 正式党员 count towards the thresholds: 党章第三十条 and 支部工作条例第四条
 * both say 正式党员3人以上; the 50-member guideline (第四条第二款) speaks of 党员
 * in general, so probationary members are included there.
 */
import type { Answers, OrganisationStatus } from '../types';
import { hasCommitteeBody, hasOwnOrganisation, levelIfUnmet, memberTotal, normCheck, outcome, type RuleOutcome } from './shared';

const ORG_THRESHOLD = 3;
const COMMITTEE_THRESHOLD = 7;
const BRANCH_SIZE_GUIDELINE = 50;

export const ORGANISATION_STATUS_LABELS: Readonly<Record<OrganisationStatus, string>> = {
  covered: '已单独建立党组织',
  'required-missing': '应建未建',
  'joint-missing': '应纳入联合党支部',
  'joint-or-liaison': '已通过联合党支部或组织员、联络员覆盖',
  'not-required': '暂不要求建立党组织',
};

export interface OrganisationAssessment {
  status: OrganisationStatus;
  /** What the set-up is, in one sentence; the card adds what the findings say. */
  summary: string;
  outcomes: RuleOutcome[];
}

function setupStatus(a: Answers): OrganisationStatus {
  const formal = a.formalMembers;
  if (hasOwnOrganisation(a)) return 'covered';
  if (formal >= ORG_THRESHOLD) return 'required-missing';
  if (a.organisationForm === 'joint') return 'joint-or-liaison';
  if (formal > 0) return 'joint-missing';
  return a.outreach !== undefined && a.outreach !== 'none' ? 'joint-or-liaison' : 'not-required';
}

function summaryOf(status: OrganisationStatus, a: Answers): string {
  const f = a.formalMembers;
  switch (status) {
    case 'covered':
      return `本会有${f}名正式党员，已单独建立党组织。`;
    case 'required-missing':
      return `本会有${f}名正式党员，达到3人以上，应当单独建立党组织，目前尚未建立。`;
    case 'joint-missing':
      return `本会正式党员${f}名，不足3人，应当纳入联合党支部，目前尚未纳入。`;
    case 'joint-or-liaison':
      return a.organisationForm === 'joint'
        ? `本会正式党员${f}名，不足3人，已纳入联合党支部。`
        : '本会目前没有正式党员，已通过党建组织员或联络员开展党的工作。';
    case 'not-required':
      return '本会目前没有正式党员，不要求建立党组织，尚未安排党建组织员或联络员。';
  }
}

function setupOutcome(status: OrganisationStatus, a: Answers): RuleOutcome {
  const f = a.formalMembers;
  const id = 'org.setup';
  switch (status) {
    case 'covered':
      return f >= ORG_THRESHOLD
        ? outcome(id, 'organisation', '已达标', `本会有${f}名正式党员，达到3人以上应当成立党组织的条件，并已单独建立党组织。`, [
            'pc30-set-up',
            'bwr4-set-up',
            'si1-set-up',
          ])
        : outcome(
            id,
            'organisation',
            levelIfUnmet('bwr7-adjust'),
            `本会已单独建立党组织，但正式党员只有${f}名，不足3人。不再符合设立条件的党支部，由上级党组织及时调整或者撤销；如有预备党员即将转正，可一并向上级党组织说明。`,
            ['bwr7-adjust', 'bwr4-set-up'],
            '就正式党员不足3人的情况，与上级党组织沟通党组织设置',
          );
    case 'required-missing': {
      const joint = a.organisationForm === 'joint';
      const now = joint
        ? '目前本会党员仍在联合党支部。联合党支部是为正式党员不足3人的单位设置的，党支部设置一般以单独组建为主要方式。'
        : '目前本会尚未建立党组织。';
      return outcome(
        id,
        'organisation',
        levelIfUnmet('pc30-set-up', 'bwr4-set-up'),
        `本会有${f}名正式党员，达到3人以上，应当成立党组织。${now}党支部的成立，一般由本单位提出申请，由上级党委研究决定并批复。`,
        joint
          ? ['pc30-set-up', 'bwr4-set-up', 'bwr4-standalone', 'bwr5-joint', 'si1-set-up', 'bwr6-apply']
          : ['pc30-set-up', 'bwr4-set-up', 'si1-set-up', 'bwr6-apply'],
        '向上级党组织提出申请，单独建立党组织（应建必建）',
      );
    }
    case 'joint-missing': {
      const outreach =
        a.outreach !== undefined && a.outreach !== 'none'
          ? '现有的党建组织员或联络员有助于开展党的工作，但条例对正式党员不足3人的单位规定的组织形式是联合党支部。'
          : '';
      return outcome(
        id,
        'organisation',
        levelIfUnmet('bwr5-joint'),
        `本会正式党员${f}名，不足3人，不要求单独建立党支部；这类单位应当按照地域相邻、行业相近等原则成立联合党支部，本会目前尚未纳入。${outreach}`,
        ['bwr5-joint'],
        '与上级党组织联系，将本会纳入联合党支部',
      );
    }
    case 'joint-or-liaison':
      return a.organisationForm === 'joint'
        ? outcome(id, 'organisation', '已达标', `本会正式党员${f}名，不足3人，不要求单独建立党支部；本会已纳入联合党支部。`, ['bwr5-joint'])
        : outcome(
            id,
            'organisation',
            '已达标',
            '本会目前没有正式党员，不要求建立党组织。解读文章提出，这种情况采取上级组织选派党建组织员、在协会商会内部确定党建联络员等方式开展党的工作，本会已有相应安排。',
            ['si1-outreach'],
          );
    case 'not-required':
      return outcome(
        id,
        'organisation',
        levelIfUnmet('si1-outreach'),
        '本会目前没有正式党员，不要求建立党组织。解读文章提出，这种情况采取上级组织选派党建组织员、在协会商会内部确定党建联络员等方式开展党的工作；本会目前两者都没有。',
        ['si1-outreach'],
        '请上级党组织选派党建组织员，或在本会内部确定党建联络员',
      );
  }
}

/** Probationary members who would lift the count to 3 once they become full members. */
function probationaryOutcome(a: Answers): RuleOutcome | null {
  const f = a.formalMembers;
  const total = memberTotal(a);
  if (hasOwnOrganisation(a) || f >= ORG_THRESHOLD || total < ORG_THRESHOLD) return null;
  return outcome(
    'org.probationary-pending',
    'organisation',
    '建议',
    `本会另有${a.probationaryMembers}名预备党员。预备党员转正前不计入“正式党员3人以上”的条件；全部按期转正后，本会正式党员将达到${total}名，届时应当成立党组织。`,
    ['pc30-set-up', 'bwr4-set-up'],
    '预备党员转正后正式党员达到3人时，及时申请成立党组织',
  );
}

function branchSizeOutcome(a: Answers): RuleOutcome | null {
  if (a.organisationForm !== 'branch') return null;
  const total = memberTotal(a);
  if (total <= BRANCH_SIZE_GUIDELINE) {
    return outcome(
      'org.branch-size',
      'organisation',
      '已达标',
      `本会党支部共有党员${total}名，在党支部党员人数一般不超过50人的规模之内。`,
      ['bwr4-size'],
    );
  }
  return outcome(
    'org.branch-size',
    'organisation',
    levelIfUnmet('bwr4-size'),
    `本会党支部共有党员${total}名（含预备党员），超过了党支部党员人数一般不超过50人的规模。党章规定，根据工作需要和党员人数，经上级党组织批准，可分别设立基层委员会、总支部委员会、支部委员会；可与上级党组织研究分设党支部或改设党总支。本站收录的法规没有规定设立党总支、党委的具体人数条件。`,
    ['bwr4-size', 'pc30-higher'],
    '党员超过50人：与上级党组织研究分设党支部或设立党总支',
  );
}

function committeeOutcome(a: Answers): RuleOutcome | null {
  if (a.organisationForm !== 'branch' || a.hasCommittee === undefined) return null;
  const f = a.formalMembers;
  const id = 'org.committee';
  if (f >= COMMITTEE_THRESHOLD) {
    return normCheck(id, 'organisation', a.hasCommittee, ['bwr20-committee'], {
      met: `本会党支部有正式党员${f}名，达到7人以上，已设立支部委员会。`,
      unmet: `本会党支部有正式党员${f}名，达到7人以上，应当设立支部委员会，目前没有设立。`,
      action: '召开党员大会，选举产生支部委员会',
    });
  }
  return a.hasCommittee
    ? outcome(
        id,
        'organisation',
        '建议',
        `本会党支部正式党员${f}名，不足7人。条例对这类党支部的规定是设1名书记，必要时可以设1名副书记，并未要求设立支部委员会；请与上级党组织核实现有设置。`,
        ['bwr20-small'],
        '与上级党组织核实不足7名正式党员时的支部班子设置',
      )
    : outcome(id, 'organisation', '已达标', `本会党支部正式党员${f}名，不足7人，设1名书记（必要时设1名副书记），不要求设立支部委员会。`, [
        'bwr20-small',
      ]);
}

function secretaryOutcome(a: Answers): RuleOutcome | null {
  if (!hasOwnOrganisation(a) || a.hasSecretary === undefined) return null;
  const branch = a.organisationForm === 'branch';
  if (a.hasSecretary) return outcome('org.secretary', 'organisation', '已达标', '党组织书记在任。', ['bwr21-vacancy']);
  // 第二十一条 speaks of 党支部; for a 党总支/党委 it is the nearest rule on the site, not its own.
  return outcome(
    'org.secretary',
    'organisation',
    branch ? levelIfUnmet('bwr21-vacancy') : '建议',
    branch
      ? '党支部书记目前空缺。书记、副书记、委员出现空缺，应当及时进行补选；确有必要时，上级党组织可以指派。'
      : '党组织书记目前空缺。支部工作条例要求党支部的书记出现空缺时及时补选；本站收录的法规没有对党总支、党委书记空缺作专门规定，请参照并与上级党组织沟通。',
    ['bwr21-vacancy'],
    '及时补选党组织书记，或请上级党组织指派',
  );
}

function disciplineMemberOutcome(a: Answers): RuleOutcome | null {
  if (a.hasDisciplineMember === undefined || !hasCommitteeBody(a)) return null;
  const id = 'org.discipline-member';
  if (a.organisationForm === 'higher' && a.higherForm === 'committee') {
    return normCheck(id, 'organisation', a.hasDisciplineMember, ['pc45-committee-discipline'], {
      met: '本会党委设有纪律检查委员会或纪检委员。',
      unmet:
        '党章规定，党的基层委员会是设立纪律检查委员会还是设立纪律检查委员，由它的上一级党组织根据具体情况决定；本会党委目前两者都没有，请与上一级党组织确认。',
      action: '请上一级党组织确定本会党委设纪律检查委员会还是纪检委员',
    });
  }
  const norms = a.organisationForm === 'branch' ? (['pc45-discipline', 'bwr20-members'] as const) : (['pc45-discipline'] as const);
  const body = a.organisationForm === 'branch' ? '支部委员会' : '党总支委员会';
  return normCheck(id, 'organisation', a.hasDisciplineMember, norms, {
    met: `本会${body}设有纪检委员。`,
    unmet: `党章规定，党的总支部委员会和支部委员会设纪律检查委员；本会${body}目前没有纪检委员。`,
    action: `在${body}中明确纪检委员`,
  });
}

function partyGroupsOutcome(a: Answers): RuleOutcome | null {
  if (!hasOwnOrganisation(a) || a.hasPartyGroups === undefined) return null;
  const id = 'org.party-groups';
  if (a.hasPartyGroups) return outcome(id, 'organisation', '已达标', '已划分党小组。', ['bwr13-groups']);
  if (a.groupsNeeded === true) {
    return outcome(
      id,
      'organisation',
      levelIfUnmet('bwr13-groups'),
      '本会党员人数较多，或者党员工作地、居住地比较分散，应当划分若干党小组并设立党小组组长，目前没有划分。',
      ['bwr13-groups'],
      '按照便于组织开展活动的原则划分党小组，设立党小组组长',
    );
  }
  return outcome(id, 'organisation', '已达标', '本会党员人数不多，工作地、居住地也不分散，条例不要求划分党小组。', ['bwr13-groups']);
}

function secretaryFromManagementOutcome(a: Answers): RuleOutcome | null {
  if (a.secretaryFromManagement === undefined) return null;
  const id = 'org.secretary-from-management';
  return normCheck(id, 'organisation', a.secretaryFromManagement, ['bwr24-secretary'], {
    met: '党组织书记由本会管理层人员担任。',
    unmet: '社会组织一般从管理层中选任党支部书记，并应当注重从业务骨干中选拔；本会书记目前不在管理层，可在下次换届时统筹考虑。',
    action: '换届时注重从管理层、业务骨干中选任党组织书记',
  });
}

function relationsOutcome(a: Answers): RuleOutcome | null {
  if (a.relationsPending === undefined) return null;
  const id = 'org.relation-transfer';
  return a.relationsPending
    ? outcome(
        id,
        'organisation',
        levelIfUnmet('med25-transfer'),
        '有党员的工作单位已经变动到本会，却没有转移组织关系。党员工作单位发生变动的，应当转移组织关系；有固定工作单位并且单位已经建立党组织的党员，一般编入所在单位党组织。经党组织同意可以不转接的除外。',
        ['med25-transfer', 'med25-placement'],
        '督促工作单位已变动到本会的党员把组织关系转入本会党组织',
      )
    : outcome(id, 'organisation', '已达标', '组织关系不在本会的党员中，没有应当转入而未转入的情况。', ['med25-transfer']);
}

/** 异地商会: the 流出地 party organisation may set up a 流动党员党组织 relying on the chamber. */
function flowingMembersOutcome(a: Answers): RuleOutcome | null {
  if (a.outOfTownChamber !== true || (a.membersRelationElsewhere ?? 0) === 0) return null;
  return outcome(
    'org.flowing-members',
    'organisation',
    '供参考',
    `本会是异地商会，有${a.membersRelationElsewhere ?? 0}名党员组织关系不在本会。在流动党员（外出6个月以上并且没有转移组织关系的党员）相对集中的地方，流出地党组织可以依托商会、行业协会等成立流动党员党组织；这是流出地党组织可以采用的做法，可与其沟通。`,
    ['med32-flowing-org'],
  );
}

export function assessOrganisation(a: Answers): OrganisationAssessment {
  const status = setupStatus(a);
  const outcomes = [
    setupOutcome(status, a),
    probationaryOutcome(a),
    branchSizeOutcome(a),
    committeeOutcome(a),
    secretaryOutcome(a),
    disciplineMemberOutcome(a),
    partyGroupsOutcome(a),
    secretaryFromManagementOutcome(a),
    relationsOutcome(a),
    flowingMembersOutcome(a),
  ].filter((o): o is RuleOutcome => o !== null);
  return { status, summary: summaryOf(status, a), outcomes };
}
