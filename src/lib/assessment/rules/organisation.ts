/**
 * 组织覆盖 (有形覆盖): is the party organisation the rules call for in place,
 * and is it set up the way the branch regulations describe?
 *
 * Only 正式党员 count towards the thresholds: 党章 第三十条 and 支部工作条例
 * 第四条 both say 正式党员3人以上; the 50-member guideline (第四条第二款) speaks
 * of 党员 in general, so probationary members are included there.
 */
import type { Answers, OrganisationStatus } from '../types';
import { ARTICLE, BWR, hasOwnOrganisation, memberTotal, outcome, PC, type RuleOutcome } from './shared';

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
      return f >= ORG_THRESHOLD
        ? `本会有${f}名正式党员，已单独建立党组织，组织覆盖已实现。`
        : `本会已单独建立党组织，但正式党员只有${f}名，请与上级党组织沟通设置是否需要调整。`;
    case 'required-missing':
      return `本会有${f}名正式党员，达到3人以上，应当单独建立党组织，目前尚未建立。`;
    case 'joint-missing':
      return `本会正式党员${f}名，不足3人，不要求单独建立党支部，但应纳入联合党支部，目前尚未纳入。`;
    case 'joint-or-liaison':
      return a.organisationForm === 'joint'
        ? `本会正式党员${f}名，不足3人，已通过联合党支部实现组织覆盖。`
        : '本会目前没有正式党员，已通过党建组织员或联络员开展党的工作。';
    case 'not-required':
      return '本会目前没有正式党员，不要求建立党组织，但尚未安排党建组织员或联络员。';
  }
}

function setupOutcome(status: OrganisationStatus, a: Answers): RuleOutcome {
  const f = a.formalMembers;
  const id = 'org.setup';
  const required = [PC(30), BWR(4), ARTICLE('si-1')];
  switch (status) {
    case 'covered':
      return f >= ORG_THRESHOLD
        ? outcome(id, 'organisation', '已达标', `本会有${f}名正式党员，达到3人以上应当成立党组织的条件，并已单独建立党组织。`, required)
        : outcome(
            id,
            'organisation',
            '建议',
            `本会已单独建立党组织，但正式党员只有${f}名，不足3人。条例规定，党支部因人数等变化不再符合设立条件时，由上级党组织及时调整或撤销；如有预备党员即将转正，可一并向上级党组织说明。`,
            [BWR(7), BWR(4)],
            '就正式党员不足3人的情况，与上级党组织沟通党组织设置',
          );
    case 'required-missing': {
      const now =
        a.organisationForm === 'joint'
          ? '目前本会党员仍在联合党支部。党支部以单独组建为主要方式，导读文章也要求这类协会商会单独建立党组织。'
          : '目前本会尚未建立党组织。';
      return outcome(
        id,
        'organisation',
        '须整改',
        `本会有${f}名正式党员，达到3人以上，应当成立党组织。${now}成立党支部一般由本单位提出申请，由上级党委研究批复。`,
        [PC(30), BWR(4), BWR(6), ARTICLE('si-1')],
        '向上级党组织提出申请，单独建立党组织（应建必建）',
      );
    }
    case 'joint-missing': {
      const outreach =
        a.outreach !== undefined && a.outreach !== 'none'
          ? '现有的党建组织员或联络员有助于开展党的工作，但条例对这类单位规定的组织形式仍是联合党支部。'
          : '';
      return outcome(
        id,
        'organisation',
        '须整改',
        `本会正式党员${f}名，不足3人，不要求单独建立党支部；条例要求这类单位按地域相邻、行业相近等原则成立联合党支部，本会目前尚未纳入。${outreach}`,
        [BWR(5, '第三款'), ARTICLE('si-1')],
        '与上级党组织联系，将本会纳入联合党支部',
      );
    }
    case 'joint-or-liaison':
      return a.organisationForm === 'joint'
        ? outcome(
            id,
            'organisation',
            '已达标',
            `本会正式党员${f}名，不足3人，不要求单独建立党支部；本会已纳入联合党支部，符合条例对这类单位的安排。`,
            [BWR(5, '第三款'), ARTICLE('si-1')],
          )
        : outcome(
            id,
            'organisation',
            '已达标',
            '本会目前没有正式党员，不要求建立党组织。导读文章提出，这种情况可由上级选派党建组织员或在本会内部确定党建联络员来开展党的工作，本会已有相应安排。',
            [ARTICLE('si-1')],
          );
    case 'not-required':
      return outcome(
        id,
        'organisation',
        '建议',
        '本会目前没有正式党员，不要求建立党组织。导读文章提出，这种情况可由上级组织选派党建组织员，或在本会内部确定党建联络员来开展党的工作；本会目前两者都没有。',
        [ARTICLE('si-1')],
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
    [PC(30), BWR(4)],
    '预备党员转正后正式党员达到3人时，及时申请成立党组织',
  );
}

function branchSizeOutcome(a: Answers): RuleOutcome | null {
  if (a.organisationForm !== 'branch') return null;
  const total = memberTotal(a);
  const cites = [BWR(4, '第二款'), PC(30, '第二款')];
  if (total <= BRANCH_SIZE_GUIDELINE) {
    return outcome('org.branch-size', 'organisation', '已达标', `本会党支部共有党员${total}名，在党支部一般不超过50名党员的规模之内。`, cites);
  }
  return outcome(
    'org.branch-size',
    'organisation',
    '建议',
    `本会党支部共有党员${total}名（含预备党员），超过了一个党支部一般不超过50名党员的规模。党章允许视工作需要和党员人数，报上级党组织批准后设立总支部委员会或基层委员会；可与上级党组织研究分设党支部或改设党总支。设立党总支、党委的具体人数条件，依据的规定尚未收录本站。`,
    cites,
    '党员超过50人：与上级党组织研究分设党支部或设立党总支',
  );
}

function committeeOutcome(a: Answers): RuleOutcome | null {
  if (a.organisationForm !== 'branch' || a.hasCommittee === undefined) return null;
  const f = a.formalMembers;
  const id = 'org.committee';
  if (f >= COMMITTEE_THRESHOLD) {
    return a.hasCommittee
      ? outcome(id, 'organisation', '已达标', `本会党支部有正式党员${f}名，达到7人以上，已设立支部委员会。`, [BWR(20)])
      : outcome(
          id,
          'organisation',
          '须整改',
          `本会党支部有正式党员${f}名，达到7人以上，应当设立支部委员会。支部委员会通常有3至5名委员（一般不超过7名），由党员大会选举产生。`,
          [BWR(20), BWR(21, '第二款')],
          '召开党员大会，选举产生支部委员会',
        );
  }
  return a.hasCommittee
    ? outcome(
        id,
        'organisation',
        '建议',
        `本会党支部正式党员${f}名，不足7人。条例对这类党支部的规定是设1名书记，必要时设1名副书记，并未要求设立支部委员会；请与上级党组织核实现有设置。`,
        [BWR(20, '第三款')],
        '与上级党组织核实不足7名正式党员时的支部班子设置',
      )
    : outcome(
        id,
        'organisation',
        '已达标',
        `本会党支部正式党员${f}名，不足7人，设1名书记（必要时设1名副书记）即可，不要求设立支部委员会。`,
        [BWR(20, '第三款')],
      );
}

function secretaryOutcome(a: Answers): RuleOutcome | null {
  if (!hasOwnOrganisation(a) || a.hasSecretary === undefined) return null;
  const cites = [BWR(20), BWR(21, '第二款')];
  return a.hasSecretary
    ? outcome('org.secretary', 'organisation', '已达标', '党组织书记在任。', cites)
    : outcome(
        'org.secretary',
        'organisation',
        '须整改',
        '党组织书记目前空缺。党支部须设书记；班子成员出缺应及时补选，确有必要时也可由上级党组织指派。',
        cites,
        '及时补选党组织书记，或请上级党组织指派',
      );
}

function disciplineMemberOutcome(a: Answers): RuleOutcome | null {
  if (a.hasDisciplineMember === undefined) return null;
  const id = 'org.discipline-member';
  if (a.hasDisciplineMember) {
    return outcome(id, 'organisation', '已达标', '党组织设有纪检委员（纪委书记）。', a.organisationForm === 'branch' ? [BWR(20, '第二款')] : [ARTICLE('si-3')]);
  }
  if (a.organisationForm === 'branch') {
    return outcome(
      id,
      'organisation',
      '须整改',
      '按条例，支部委员会除书记外还应有组织、宣传、纪检等委员，本会支部委员会目前没有纪检委员。',
      [BWR(20, '第二款')],
      '在支部委员会中明确纪检委员',
    );
  }
  return outcome(
    id,
    'organisation',
    '建议',
    '本会党总支或党委目前没有纪检委员（纪委书记）。导读文章提出纪委书记（纪检委员）与协会商会监事长（监事）交叉任职，这以设有纪检委员为前提；党总支、党委委员会具体组成的规定尚未收录本站。',
    [ARTICLE('si-3')],
    '与上级党组织研究明确纪检委员（纪委书记）',
  );
}

function secretaryFromManagementOutcome(a: Answers): RuleOutcome | null {
  if (a.secretaryFromManagement === undefined) return null;
  const cites = [BWR(24, '第四款')];
  return a.secretaryFromManagement
    ? outcome('org.secretary-from-management', 'organisation', '已达标', '党组织书记由本会管理层人员担任，与条例对社会组织书记人选的要求一致。', cites)
    : outcome(
        'org.secretary-from-management',
        'organisation',
        '建议',
        '条例提出，社会组织的党支部书记一般从管理层中产生，并注意从业务骨干中挑选；本会书记目前不在管理层，可在下次换届时统筹考虑。',
        cites,
        '换届时注重从管理层、业务骨干中选任党组织书记',
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
    secretaryFromManagementOutcome(a),
  ].filter((o): o is RuleOutcome => o !== null);
  return { status, summary: summaryOf(status, a), outcomes };
}
