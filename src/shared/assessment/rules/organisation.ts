/**
 * 组织覆盖 (有形覆盖): is the party organisation the rules call for in place? The
 * routes without an organisation and the thresholds need reasoning, so they are
 * written here; the yes/no checks of the set-up are judged from the table
 * (rules/evaluate.ts). Levels always come from the table.
 *
 * Counting: 党章第三十条 and 支部工作条例第四条 speak of the unit's 正式党员, so the
 * founding threshold counts every 正式党员 working in the association (before an
 * organisation exists, nobody's relation can be in it). Once it exists, the 7 of
 * 第二十条 and the 50 of 第四条第二款 count the branch's own members: those whose
 * organisational relation is in it.
 */
import type { Answers, OrganisationStatus } from '../types';
import {
  hasOwnOrganisation,
  levelIfUnmet,
  memberTotal,
  normCheck,
  outcome,
  ownFormalMembers,
  ownMembers,
  reference,
  type RuleOutcome,
} from './shared';

const ORG_THRESHOLD = 3;
const COMMITTEE_THRESHOLD = 7;
const BRANCH_SIZE_GUIDELINE = 50;

export const ORGANISATION_STATUS_LABELS: Readonly<Record<OrganisationStatus, string>> = {
  covered: '已单独建立党组织',
  'required-missing': '应建未建',
  'joint-missing': '应纳入联合党支部',
  'joint-or-liaison': '已纳入联合党支部',
  'not-required': '暂不具备建立党组织的条件',
};

export interface OrganisationAssessment {
  status: OrganisationStatus;
  /** What the set-up is, in one sentence; the card adds what the findings say. */
  summary: string;
  outcomes: RuleOutcome[];
}

function setupStatus(a: Answers): OrganisationStatus {
  if (hasOwnOrganisation(a)) return 'covered';
  if (a.formalMembers >= ORG_THRESHOLD) return 'required-missing';
  if (a.organisationForm === 'joint') return 'joint-or-liaison';
  // 正式党员不足3人的单位 includes one with only 预备党员: they too must be in a branch.
  return memberTotal(a) > 0 ? 'joint-missing' : 'not-required';
}

const membersWords = (a: Answers): string =>
  a.probationaryMembers > 0 ? `正式党员${a.formalMembers}名、预备党员${a.probationaryMembers}名` : `正式党员${a.formalMembers}名`;

function summaryOf(status: OrganisationStatus, a: Answers): string {
  const f = a.formalMembers;
  switch (status) {
    case 'covered':
      return `本会有${f}名正式党员，已单独建立党组织。`;
    case 'required-missing':
      return `本会有${f}名正式党员，达到3人以上，应当单独建立党组织，目前尚未建立。`;
    case 'joint-missing':
      return `本会有${membersWords(a)}，正式党员不足3人，应当纳入联合党支部，目前尚未纳入。`;
    case 'joint-or-liaison':
      return `本会有${membersWords(a)}，正式党员不足3人，已纳入联合党支部。`;
    case 'not-required':
      return '本会目前没有党员，暂不具备建立党组织的条件。';
  }
}

const hasOutreach = (a: Answers): boolean => a.outreach !== undefined && a.outreach !== 'none';

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
            `本会已单独建立党组织，但正式党员只有${f}名，不足3人。不再符合设立条件的党支部，上级党组织应当及时予以调整或者撤销；这是上级党组织的职责，如有预备党员即将转正，可一并向上级党组织说明。`,
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
        `本会有${f}名正式党员，达到3人以上，应当成立党组织。${now}党支部的成立，一般由本会提出申请，所在乡镇（街道）或者单位基层党委召开会议研究决定并批复，批复时间一般不超过1个月。`,
        joint
          ? ['pc30-set-up', 'bwr4-set-up', 'bwr4-standalone', 'bwr5-joint', 'si1-set-up', 'bwr6-apply']
          : ['pc30-set-up', 'bwr4-set-up', 'si1-set-up', 'bwr6-apply'],
        '向所在乡镇（街道）或者单位基层党委提出申请，单独建立党组织',
      );
    }
    case 'joint-missing': {
      const outreach = hasOutreach(a)
        ? '现有的党建组织员或联络员有助于开展党的工作，但条例对正式党员不足3人的单位规定的组织形式是联合党支部。'
        : '';
      return outcome(
        id,
        'organisation',
        levelIfUnmet('bwr5-joint'),
        `本会有${membersWords(a)}，正式党员不足3人，不要求单独建立党支部；正式党员不足3人的单位，应当按照地域相邻、行业相近、规模适当、便于管理的原则成立联合党支部，本会目前尚未纳入。${outreach}`,
        ['bwr5-joint'],
        '与上级党组织联系，将本会纳入联合党支部',
      );
    }
    case 'joint-or-liaison':
      return outcome(
        id,
        'organisation',
        '已达标',
        `本会有${membersWords(a)}，正式党员不足3人，不要求单独建立党支部；本会已纳入联合党支部。`,
        ['bwr5-joint'],
      );
    case 'not-required':
      return reference(
        id,
        'organisation',
        'not-applicable',
        '本会目前没有党员，暂不具备建立党组织的条件：有正式党员3人以上的，应当成立党组织；有党员但正式党员不足3人的，应当纳入联合党支部。',
        ['pc30-set-up', 'bwr5-joint'],
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
    `本会另有${a.probationaryMembers}名预备党员。预备党员转正前不计入正式党员3人以上的条件；全部按期转正后，本会正式党员将达到${total}名，届时应当成立党组织。`,
    ['pc30-set-up', 'bwr4-set-up'],
    '预备党员转正后正式党员达到3人时，及时申请成立党组织',
  );
}

function elsewhereWords(a: Answers): string {
  const elsewhere = a.membersRelationElsewhere ?? 0;
  return elsewhere > 0 ? `（另有${elsewhere}名在本会工作的党员组织关系不在本支部，不计入）` : '';
}

function branchSizeOutcome(a: Answers): RuleOutcome | null {
  if (a.organisationForm !== 'branch') return null;
  const own = ownMembers(a);
  if (own <= BRANCH_SIZE_GUIDELINE) {
    return outcome(
      'org.branch-size',
      'organisation',
      '已达标',
      `本会党支部有组织关系在本支部的党员${own}名${elsewhereWords(a)}，在党支部党员人数一般不超过50人的规模之内。`,
      ['bwr4-size'],
    );
  }
  return outcome(
    'org.branch-size',
    'organisation',
    levelIfUnmet('bwr4-size'),
    `本会党支部有组织关系在本支部的党员${own}名（含预备党员）${elsewhereWords(a)}，超过了党支部党员人数一般不超过50人的规模。党章规定，根据工作需要和党员人数，经上级党组织批准，分别设立党的基层委员会、总支部委员会、支部委员会；可与上级党组织研究分设党支部或改设党总支。本站收录的法规没有规定设立党总支、党委的具体人数条件。`,
    ['bwr4-size', 'pc30-higher'],
    '党员超过50人：与上级党组织研究分设党支部或设立党总支',
  );
}

function committeeOutcome(a: Answers): RuleOutcome | null {
  if (a.organisationForm !== 'branch' || a.hasCommittee === undefined) return null;
  const own = ownFormalMembers(a);
  const apart = a.formalMembers - own;
  const id = 'org.committee';
  if (own >= COMMITTEE_THRESHOLD) {
    return normCheck(id, 'organisation', a.hasCommittee, ['bwr20-committee'], {
      met: `本会党支部有组织关系在本支部的正式党员${own}名，达到7人以上，已设立支部委员会。`,
      unmet: `本会党支部有组织关系在本支部的正式党员${own}名，达到7人以上，应当设立支部委员会，目前没有设立。`,
      action: '召开党员大会，选举产生支部委员会',
    });
  }
  const pending = a.relationsPending === true && a.formalMembers >= COMMITTEE_THRESHOLD;
  const later = pending
    ? `另有${apart}名在本会工作的正式党员组织关系不在本支部，不计入7人；其中应当转入的转入后，如达到7人，应当设立支部委员会。`
    : apart > 0
      ? `另有${apart}名在本会工作的正式党员组织关系不在本支部，不计入7人。`
      : '';
  const norms = pending ? (['bwr20-small', 'bwr20-deputy', 'bwr20-committee'] as const) : (['bwr20-small', 'bwr20-deputy'] as const);
  return a.hasCommittee
    ? outcome(
        id,
        'organisation',
        '建议',
        `本会党支部有组织关系在本支部的正式党员${own}名，不足7人。条例对这类党支部的规定是设1名书记，必要时可以设1名副书记，并未要求设立支部委员会；请与上级党组织核实现有设置。${later}`,
        [...norms],
        '与上级党组织核实不足7名正式党员时的支部班子设置',
      )
    : outcome(
        id,
        'organisation',
        '已达标',
        `本会党支部有组织关系在本支部的正式党员${own}名，不足7人，设1名书记（必要时可以设1名副书记），不要求设立支部委员会。${later}`,
        [...norms],
      );
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

export function assessOrganisation(a: Answers): OrganisationAssessment {
  const status = setupStatus(a);
  const outcomes = [
    setupOutcome(status, a),
    probationaryOutcome(a),
    branchSizeOutcome(a),
    committeeOutcome(a),
    partyGroupsOutcome(a),
  ].filter((o): o is RuleOutcome => o !== null);
  return { status, summary: summaryOf(status, a), outcomes };
}
