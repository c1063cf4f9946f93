import { describe, expect, it } from 'vitest';
import { assess } from '../../../../src/shared/assessment/engine';
import type { FindingLevel, OrganisationStatus } from '../../../../src/shared/assessment/types';
import { answersWith, CORPUS_SLUGS, FULL_CONTEXT, SOURCE_TITLES, TODAY } from '../../../support/answers';

interface Scenario {
  name: string;
  overrides: Record<string, unknown>;
  status?: OrganisationStatus;
  /** Findings that must be present with this level. */
  expect?: [id: string, level: FindingLevel][];
  /** Finding ids that must not be present. */
  absent?: string[];
}

const SCENARIOS: Scenario[] = [
  // 组织覆盖: 3 正式党员 is the threshold, 预备党员 do not count.
  {
    name: '3 正式党员, none yet → 应建未建',
    overrides: { formalMembers: 3, probationaryMembers: 0, organisationForm: 'none', outreach: 'none' },
    status: 'required-missing',
    expect: [['org.setup', '须整改']],
  },
  {
    name: '3 正式党员 only in a joint branch → 应建未建',
    overrides: { formalMembers: 3, probationaryMembers: 0, organisationForm: 'joint', jointParticipation: true },
    status: 'required-missing',
    // One breach, one 须整改: meanwhile the members take part in the joint branch (党章第八条).
    expect: [
      ['org.setup', '须整改'],
      ['life.joint-participation', '已达标'],
    ],
  },
  {
    name: '2 正式党员, none → joint branch due',
    overrides: { formalMembers: 2, probationaryMembers: 0, organisationForm: 'none', outreach: 'none' },
    status: 'joint-missing',
    expect: [['org.setup', '须整改']],
    absent: ['org.probationary-pending'],
  },
  {
    name: '2 正式 + 5 预备 are still below 3 正式',
    overrides: { formalMembers: 2, probationaryMembers: 5, organisationForm: 'none', outreach: 'liaison' },
    status: 'joint-missing',
    expect: [
      ['org.setup', '须整改'],
      ['org.probationary-pending', '建议'],
    ],
  },
  {
    name: '2 正式党员 in a joint branch',
    overrides: { formalMembers: 2, probationaryMembers: 0, organisationForm: 'joint', jointParticipation: true },
    status: 'joint-or-liaison',
    expect: [
      ['org.setup', '已达标'],
      ['life.joint-participation', '已达标'],
    ],
  },
  {
    name: 'joint branch but not taking part',
    overrides: {
      formalMembers: 1,
      probationaryMembers: 0,
      membersRelationElsewhere: 0,
      organisationForm: 'joint',
      jointParticipation: false,
    },
    status: 'joint-or-liaison',
    expect: [['life.joint-participation', '须整改']],
  },
  {
    name: 'only 预备党员, with a liaison: 正式党员不足3人的单位 → 联合党支部',
    overrides: { formalMembers: 0, probationaryMembers: 2, membersRelationElsewhere: 0, organisationForm: 'none', outreach: 'liaison' },
    status: 'joint-missing',
    expect: [['org.setup', '须整改']],
    absent: ['org.probationary-pending', 'life.outreach'],
  },
  {
    name: '0 正式 + 3 预备 with an organiser',
    overrides: { formalMembers: 0, probationaryMembers: 3, membersRelationElsewhere: 0, organisationForm: 'none', outreach: 'organiser' },
    status: 'joint-missing',
    expect: [
      ['org.setup', '须整改'],
      ['org.probationary-pending', '建议'],
    ],
  },
  {
    name: 'no members, nothing in place',
    overrides: { formalMembers: 0, probationaryMembers: 0, organisationForm: 'none', outreach: 'none' },
    status: 'not-required',
    expect: [
      ['org.setup', '供参考'],
      ['life.outreach', '建议'],
    ],
  },
  {
    name: 'own branch below 3 正式党员',
    overrides: { formalMembers: 2, probationaryMembers: 2, hasCommittee: false },
    status: 'covered',
    expect: [['org.setup', '建议']],
  },
  // 支部委员会 from 7 正式党员.
  {
    name: '6 正式党员, no committee',
    overrides: { formalMembers: 6, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: false },
    expect: [['org.committee', '已达标']],
    absent: ['org.discipline-member', 'life.committee-meeting'],
  },
  {
    name: '6 正式党员 with a committee',
    overrides: { formalMembers: 6, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: true },
    expect: [['org.committee', '建议']],
  },
  {
    name: '7 正式党员, no committee',
    overrides: { formalMembers: 7, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: false },
    expect: [['org.committee', '须整改']],
  },
  {
    name: '7 正式党员 with a committee',
    overrides: { formalMembers: 7, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: true },
    expect: [['org.committee', '已达标']],
  },
  {
    name: '6 正式 + 3 预备: 预备 do not count for the committee',
    overrides: { formalMembers: 6, probationaryMembers: 3, hasCommittee: false },
    expect: [['org.committee', '已达标']],
  },
  // 50-member guideline counts all members of the branch.
  { name: '50 members in one branch', overrides: { formalMembers: 48, probationaryMembers: 2 }, expect: [['org.branch-size', '已达标']] },
  {
    name: '51 members in one branch',
    overrides: { formalMembers: 50, probationaryMembers: 1, membersRelationElsewhere: 0 },
    expect: [['org.branch-size', '建议']],
  },
  {
    name: '52 working there, 2 with their relation elsewhere: 50 own members',
    overrides: { formalMembers: 51, probationaryMembers: 1, membersRelationElsewhere: 2, formalElsewhere: 2 },
    expect: [['org.branch-size', '已达标']],
  },
  {
    name: '7 正式 working there, 3 with their relation elsewhere: 4 own, no committee required',
    overrides: { formalMembers: 7, probationaryMembers: 0, membersRelationElsewhere: 3, relationsPending: false, hasCommittee: false },
    expect: [['org.committee', '已达标']],
  },
  {
    name: '党总支 with 200 members',
    overrides: { formalMembers: 200, probationaryMembers: 0, organisationForm: 'higher', higherForm: 'general-branch' },
    status: 'covered',
    absent: ['org.branch-size', 'org.committee'],
  },
  // Officers.
  {
    name: 'secretary vacant',
    overrides: { hasSecretary: false },
    expect: [['org.secretary', '须整改']],
    absent: ['org.secretary-from-management', 'role.secretary-attends'],
  },
  {
    name: 'branch committee without 纪检委员',
    overrides: { hasDisciplineMember: false },
    expect: [['org.discipline-member', '须整改']],
    absent: ['role.discipline-supervisor'],
  },
  {
    name: '党总支 without 纪检委员 (党章第四十五条: 设)',
    overrides: { organisationForm: 'higher', higherForm: 'general-branch', hasDisciplineMember: false },
    expect: [['org.discipline-member', '须整改']],
  },
  {
    name: '党委 with neither 纪委 nor 纪检委员: the superior decides the form only',
    overrides: { organisationForm: 'higher', higherForm: 'committee', hasDisciplineMember: false },
    expect: [['org.discipline-member', '须整改']],
  },
  {
    name: '党委 secretary vacant: 第二十一条 is for 党支部',
    overrides: { organisationForm: 'higher', higherForm: 'committee', hasSecretary: false },
    expect: [['org.secretary', '建议']],
  },
  {
    name: '党小组 needed but not divided',
    overrides: { hasPartyGroups: false, groupsNeeded: true },
    expect: [['org.party-groups', '须整改']],
  },
  { name: '党小组 not needed', overrides: { hasPartyGroups: false, groupsNeeded: false }, expect: [['org.party-groups', '已达标']] },
  { name: 'relation not transferred', overrides: { relationsPending: true }, expect: [['org.relation-transfer', '须整改']] },
  {
    name: '异地商会 with its own branch: no 流动党员党支部 question',
    overrides: { outOfTownChamber: true },
    absent: ['org.flowing-members'],
  },
  {
    name: 'secretary outside management',
    overrides: { secretaryFromManagement: false },
    expect: [['org.secretary-from-management', '建议']],
  },
  // 换届 (today is 2025-06-15).
  {
    name: '3 years from 2022-06: ends this month, within 党章三至五年 → 建议',
    overrides: { termYears: '3', lastElection: '2022-06' },
    expect: [['term.status', '建议']],
  },
  {
    name: '3 years from 2022-07: 1 month left → due soon',
    overrides: { termYears: '3', lastElection: '2022-07' },
    expect: [['term.status', '建议']],
  },
  {
    name: '3 years from 2022-12: 6 months left → due soon',
    overrides: { termYears: '3', lastElection: '2022-12' },
    expect: [['term.status', '建议']],
  },
  {
    name: '3 years from 2023-01: 7 months left → ok',
    overrides: { termYears: '3', lastElection: '2023-01' },
    expect: [
      ['term.status', '已达标'],
      ['term.length', '已达标'],
    ],
  },
  {
    name: '3 years from 2021-01, delay unknown → 建议',
    overrides: { termYears: '3', lastElection: '2021-01' },
    expect: [['term.status', '建议']],
  },
  {
    name: '3 years from 2021-01, no delay approved → 须整改',
    overrides: { termYears: '3', lastElection: '2021-01', termExtended: 'not-approved' },
    expect: [['term.status', '须整改']],
  },
  {
    name: '5 years from 2020-06 → overdue',
    overrides: { termYears: '5', lastElection: '2020-06' },
    expect: [
      ['term.status', '须整改'],
      ['term.length', '建议'],
    ],
  },
  { name: '5 years from 2020-07 → due soon', overrides: { termYears: '5', lastElection: '2020-07' }, expect: [['term.status', '建议']] },
  { name: '5 years from 2021-01 → ok', overrides: { termYears: '5', lastElection: '2021-01' }, expect: [['term.status', '已达标']] },
  {
    name: '5 years for a 党总支 is within 党章',
    overrides: { organisationForm: 'higher', higherForm: 'general-branch', termYears: '5', lastElection: '2021-01' },
    expect: [['term.length', '已达标']],
  },
  {
    name: 'branch without committee overdue: no term in the texts → 建议',
    overrides: { formalMembers: 5, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: false, lastElection: '2021-05' },
    expect: [['term.status', '建议']],
    absent: ['term.length'],
  },
  {
    name: '党委 overdue under 党章第三十一条',
    overrides: {
      organisationForm: 'higher',
      higherForm: 'committee',
      termYears: '3',
      lastElection: '2021-05',
      termExtended: 'not-approved',
    },
    expect: [['term.status', '须整改']],
  },
  { name: 'election date after today', overrides: { lastElection: '2025-07' }, expect: [['term.status', '建议']] },
  // 组织生活.
  {
    name: '3 党员大会 in 12 months: 一般每季度, partly met',
    overrides: { generalMeetings: 3 },
    expect: [['life.general-meeting', '建议']],
  },
  { name: 'no 党员大会 at all: 第十六条 应当按期', overrides: { generalMeetings: 0 }, expect: [['life.general-meeting', '须整改']] },
  { name: '支委会 6 times: 一般每月', overrides: { committeeMeetings: 6 }, expect: [['life.committee-meeting', '建议']] },
  { name: 'no 支委会 at all', overrides: { committeeMeetings: 0 }, expect: [['life.committee-meeting', '须整改']] },
  { name: '11 主题党日', overrides: { themedPartyDays: 11 }, expect: [['life.themed-party-day', '须整改']] },
  { name: 'no 党课', overrides: { partyLectures: 0 }, expect: [['life.party-lecture', '须整改']] },
  { name: '党课 held: no frequency in the texts', overrides: { partyLectures: 2 }, expect: [['life.party-lecture', '供参考']] },
  { name: 'no 组织生活会', overrides: { lifeMeetings: 0 }, expect: [['life.life-meeting', '须整改']] },
  { name: 'no 民主评议: 一般每年1次', overrides: { democraticReview: false }, expect: [['life.democratic-review', '建议']] },
  {
    name: 'no 谈心谈话: 应当经常开展',
    overrides: { talksCommittee: 'none', talksCommitteeMembers: 'none', heartToHeartMembers: 'none' },
    expect: [['life.heart-to-heart', '须整改']],
  },
  { name: '谈心谈话 not all pairs: 一般不少于1次', overrides: { heartToHeartMembers: 'some' }, expect: [['life.heart-to-heart', '建议']] },
  {
    name: 'no committee: talks asked among members only',
    overrides: {
      formalMembers: 5,
      probationaryMembers: 0,
      membersRelationElsewhere: 0,
      hasCommittee: false,
      talksCommittee: 'none',
      heartToHeartMembers: 'all',
    },
    expect: [['life.heart-to-heart', '已达标']],
  },
  { name: '党小组会 below monthly', overrides: { partyGroupMeetings: 6 }, expect: [['life.party-group-meeting', '建议']] },
  { name: 'no 党小组会 at all', overrides: { partyGroupMeetings: 0 }, expect: [['life.party-group-meeting', '须整改']] },
  { name: 'no 党小组 → no 党小组会 rule', overrides: { hasPartyGroups: false }, absent: ['life.party-group-meeting'] },
  {
    name: '党总支 committee meets 5 times',
    overrides: { organisationForm: 'higher', higherForm: 'general-branch', committeeMeetings: 5 },
    expect: [['life.committee-meeting', '建议']],
  },
  {
    name: 'members elsewhere not taking part',
    overrides: { elsewhereMembersParticipate: false },
    expect: [['life.multiple-participation', '建议']],
  },
  { name: 'all members belong here', overrides: { membersRelationElsewhere: 0 }, absent: ['life.multiple-participation'] },
  // 作用发挥.
  { name: 'charter lacks party building', overrides: { charterIncludesPartyBuilding: false }, expect: [['role.charter', '建议']] },
  {
    name: 'no 交叉任职',
    overrides: { crossAppointment: false, disciplineSupervisorCross: false },
    expect: [
      ['role.cross-appointment', '建议'],
      ['role.discipline-supervisor', '建议'],
    ],
  },
  {
    name: 'secretary not at management meetings',
    overrides: { secretaryAttendsManagement: false },
    expect: [['role.secretary-attends', '建议']],
  },
  { name: 'key association without instructor', overrides: { hasPartyInstructor: false }, expect: [['role.party-instructor', '建议']] },
  { name: 'unsure whether key association', overrides: { keyAssociation: 'unknown' }, expect: [['role.party-instructor', '建议']] },
  { name: 'not a key association', overrides: { keyAssociation: 'no' }, absent: ['role.party-instructor'] },
  { name: '党员档案 incomplete', overrides: { memberFilesComplete: false }, expect: [['role.member-files', '建议']] },
  { name: '党费 not managed', overrides: { duesManaged: false }, expect: [['role.party-dues', '须整改']] },
  { name: 'secretary did not report', overrides: { secretaryReported: false }, expect: [['role.secretary-report', '须整改']] },
  { name: 'secretary not trained', overrides: { secretaryTrained: false }, expect: [['role.secretary-training', '须整改']] },
  {
    name: 'no own organisation: no instructor question',
    overrides: { formalMembers: 2, probationaryMembers: 0, organisationForm: 'joint', jointParticipation: true },
    absent: ['role.party-instructor'],
  },
];

describe('assess: scenarios', () => {
  it.each(SCENARIOS)('$name', ({ overrides, status, expect: expected = [], absent = [] }) => {
    const result = assess(answersWith(overrides), FULL_CONTEXT);
    if (status !== undefined) expect(result.organisation.status).toBe(status);
    const levels = new Map(result.findings.map((f) => [f.id, f.level]));
    for (const [id, level] of expected) expect([id, levels.get(id)]).toEqual([id, level]);
    for (const id of absent) expect(levels.has(id)).toBe(false);
  });
});

describe('assess: whole results', () => {
  it('a fully compliant branch has no 须整改 and scores 100', () => {
    const result = assess(answersWith(), FULL_CONTEXT);
    expect(result.organisation.status).toBe('covered');
    // 党课 has no frequency in the texts, so it can only be 供参考.
    expect(result.findings.filter((f) => f.level !== '已达标').map((f) => [f.id, f.level])).toEqual([['life.party-lecture', '供参考']]);
    expect(result.cards.organisation.level).toBe('已达标');
    expect(result.cards.work.level).toBe('供参考');
    expect(result.workScore).toBe(100);
    expect(result.actions).toEqual([]);
    expect(result.term).toEqual({ state: 'ok', termYears: 3, lastElection: '2024-01', dueMonth: '2027-01', monthsElapsed: 17 });
  });

  it('a compliant joint-branch member with a charter clause has no 须整改', () => {
    const result = assess(
      answersWith({ formalMembers: 2, probationaryMembers: 0, organisationForm: 'joint', jointParticipation: true, keyAssociation: 'no' }),
      FULL_CONTEXT,
    );
    expect(result.findings.some((f) => f.level === '须整改')).toBe(false);
    expect(result.workScore).toBe(100);
    expect(result.term).toBeNull();
  });

  it('an organisation required but missing is one 须整改; the work side judges what applies meanwhile', () => {
    const answers = { formalMembers: 5, probationaryMembers: 0, organisationForm: 'none', outreach: 'none', keyAssociation: 'no' };
    const attending = assess(answersWith({ ...answers, membersAttendLife: true }), FULL_CONTEXT);
    expect(attending.findings.filter((f) => f.level === '须整改').map((f) => f.id)).toEqual(['org.setup']);
    expect(attending.findings.some((f) => f.norms.includes('bwr16-duty'))).toBe(false);
    expect(attending.actions[0]).toContain('单独建立党组织');
    const absent = assess(answersWith({ ...answers, membersAttendLife: false }), FULL_CONTEXT);
    // Only the charter check (10 points) is met out of 40 + 10.
    expect(absent.workScore).toBe(20);
    expect(absent.findings.find((f) => f.id === 'life.member-life')?.level).toBe('须整改');
  });

  it('partial credit for meetings: 2 of 4 党员大会', () => {
    const full = assess(answersWith(), FULL_CONTEXT).workScore;
    const half = assess(answersWith({ generalMeetings: 2 }), FULL_CONTEXT).workScore;
    expect(half).toBeLessThan(full);
    expect(half).toBeGreaterThan(assess(answersWith({ generalMeetings: 0 }), FULL_CONTEXT).workScore);
  });

  it('reports the term arithmetic', () => {
    const result = assess(answersWith({ termYears: '3', lastElection: '2022-03' }), FULL_CONTEXT);
    expect(result.term).toMatchObject({ state: 'overdue', dueMonth: '2025-03', monthsElapsed: 39 });
    expect(result.findings.find((f) => f.id === 'term.status')?.text).toContain('已超过3个月');
  });

  it('says when a branch without committee is counted with the same term', () => {
    const result = assess(
      answersWith({ formalMembers: 5, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: false }),
      FULL_CONTEXT,
    );
    expect(result.findings.find((f) => f.id === 'term.status')?.text).toContain('不设委员会的党支部');
    expect(result.findings.find((f) => f.id === 'term.status')?.norms).toEqual(['bwr21-approval', 'si1-term']);
  });

  it('lists 须整改 actions before 建议 actions, without duplicates', () => {
    const result = assess(answersWith({ charterIncludesPartyBuilding: false, duesManaged: false, generalMeetings: 1 }), FULL_CONTEXT);
    const dues = result.actions.indexOf('规范党费收缴、使用和管理');
    const charter = result.actions.findIndex((a) => a.includes('章程'));
    expect(dues).toBeGreaterThanOrEqual(0);
    expect(charter).toBeGreaterThan(dues);
    expect(new Set(result.actions).size).toBe(result.actions.length);
  });

  it('不清楚 in 作用发挥 and 发展党员 is not 已达标: a 建议 to check with the superior, the card saying so', () => {
    const result = assess(answersWith({ memberFilesComplete: 'unknown', developmentWork: 'unknown' }), FULL_CONTEXT);
    for (const id of ['role.member-files', 'development.regular']) {
      const f = result.findings.find((x) => x.id === id);
      expect(f?.level, id).toBe('建议');
      expect(f?.text, id).toMatch(/答的是不清楚，无法判断是否做到。请向上级党组织核实：.+。$/);
    }
    expect(result.actions.filter((a) => a === '向上级党组织核实')).toHaveLength(1);
    expect(result.cards.work.level).toBe('建议');
    expect(result.cards.work.counts.建议).toBe(2);
    expect(result.workScore).toBeLessThan(assess(answersWith(), FULL_CONTEXT).workScore);
  });

  it('is deterministic and JSON-serialisable', () => {
    const answers = answersWith({ generalMeetings: 1, lastElection: '2020-01' });
    const a = assess(answers, FULL_CONTEXT);
    expect(assess(answers, FULL_CONTEXT)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('accepts a full ISO timestamp as today and rejects a non-date', () => {
    const answers = answersWith();
    expect(assess(answers, { ...FULL_CONTEXT, today: `${TODAY}T08:00:00.000Z` })).toEqual(assess(answers, FULL_CONTEXT));
    expect(() => assess(answers, { ...FULL_CONTEXT, today: 'yesterday' })).toThrow(RangeError);
  });

  it('cites articles with labels built from the slug and number', () => {
    const result = assess(
      answersWith({ formalMembers: 3, probationaryMembers: 0, organisationForm: 'none', outreach: 'none' }),
      FULL_CONTEXT,
    );
    const setup = result.findings.find((f) => f.id === 'org.setup');
    expect(setup?.citations.map((c) => c.label)).toEqual([
      '《中国共产党章程》第三十条',
      '《中国共产党支部工作条例（试行）》第四条',
      '解读文章《加强行业协会商会党的建设工作》四（一）',
      '《中国共产党支部工作条例（试行）》第六条',
    ]);
  });
});

describe('assess: sources missing from the site', () => {
  it('still produces the finding, marks the citation and says so', () => {
    const available = CORPUS_SLUGS.filter((s) => s !== 'branch-work-regulations');
    const result = assess(answersWith({ formalMembers: 7, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: false }), {
      today: TODAY,
      availableSources: available,
      titles: SOURCE_TITLES,
    });
    const committee = result.findings.find((f) => f.id === 'org.committee');
    expect(committee?.level).toBe('须整改');
    expect(committee?.citations.every((c) => c.missing === true)).toBe(true);
    expect(committee?.text).toContain('《中国共产党支部工作条例（试行）》尚未收录本站');
    // A finding that also cites an available source keeps that citation unmarked.
    const setup = result.findings.find((f) => f.id === 'org.setup');
    expect(setup?.citations.find((c) => c.source === 'party-constitution')?.missing).toBeUndefined();
    expect(setup?.citations.find((c) => c.source === 'explainer')?.missing).toBeUndefined();
    expect(setup?.citations.find((c) => c.source === 'branch-work-regulations')?.missing).toBe(true);
  });

  it('with no sources at all only the seed article citations stay unmarked', () => {
    const result = assess(answersWith(), { today: TODAY, availableSources: [], titles: SOURCE_TITLES });
    for (const f of result.findings) {
      for (const c of f.citations) expect(c.missing === true).toBe(c.source !== 'explainer');
      if (f.citations.some((c) => c.missing)) expect(f.text).toContain('尚未收录本站');
    }
  });

  it('cites nothing missing when every corpus file is available', () => {
    const result = assess(answersWith({ duesManaged: false, generalMeetings: 0 }), FULL_CONTEXT);
    expect(result.findings.flatMap((f) => f.citations.filter((c) => c.missing))).toEqual([]);
  });
});

describe('assess: coverage cards agree with their findings', () => {
  const worst = (levels: string[]): string => ['须整改', '建议', '供参考', '已达标'].find((l) => levels.includes(l)) ?? '已达标';

  it('8 正式党员, own branch without committee, last election 2021-05: the card says 须整改, not 已实现', () => {
    const result = assess(
      answersWith({ formalMembers: 8, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: false, lastElection: '2021-05' }),
      FULL_CONTEXT,
    );
    const org = result.cards.organisation;
    expect(org.level).toBe('须整改');
    expect(org.counts['须整改']).toBeGreaterThanOrEqual(1);
    expect(org.summary).toContain('尚未达到要求');
    expect(org.summary).not.toMatch(/已实现|较好/);
  });

  it('组织生活会 0 times: the work card says 须整改 whatever the score', () => {
    const result = assess(answersWith({ lifeMeetings: 0 }), FULL_CONTEXT);
    expect(result.workScore).toBeGreaterThanOrEqual(90);
    expect(result.cards.work.level).toBe('须整改');
    expect(result.cards.work.summary).not.toMatch(/较好|已达标/);
  });

  it('each card is the worst level of its own findings, with counts that add up', () => {
    for (const overrides of [
      {},
      { democraticReview: false },
      { duesManaged: false, hasSecretary: false },
      { formalMembers: 0, probationaryMembers: 0, organisationForm: 'none', outreach: 'none' },
    ]) {
      const result = assess(answersWith(overrides), FULL_CONTEXT);
      for (const coverage of ['organisation', 'work'] as const) {
        const own = result.findings.filter((f) => f.coverage === coverage);
        expect(result.cards[coverage].level).toBe(worst(own.map((f) => f.level)));
        const total = Object.values(result.cards[coverage].counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(own.length);
      }
    }
  });
});
