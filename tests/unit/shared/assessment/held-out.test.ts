/**
 * Held-out scenarios: written from the texts before the rules were tuned, with other
 * numbers than issue #18's examples. Each names the verdict a 党建指导员 would sign and
 * the clause it rests on. Synthetic answers only.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../../../src/shared/assessment/engine';
import type { AssessmentResult, FindingLevel } from '../../../../src/shared/assessment/types';
import { answersWith, CORPUS_SLUGS, SOURCE_TITLES } from '../../../support/answers';

function run(overrides: Record<string, unknown>, today: string): AssessmentResult {
  return assess(answersWith(overrides), { today, availableSources: CORPUS_SLUGS, titles: SOURCE_TITLES });
}

const level = (r: AssessmentResult, id: string): FindingLevel | undefined => r.findings.find((f) => f.id === id)?.level;
const fixes = (r: AssessmentResult): string[] => r.findings.filter((f) => f.level === '须整改').map((f) => f.id);

/** A branch founded (and first elected) in `month`, with `answers`, assessed on 2025-06-20. */
const foundedIn = (month: string, answers: Record<string, unknown>): AssessmentResult =>
  run({ foundedMonth: month, lastElection: month, ...answers }, '2025-06-20');

const SMALL_NONE = { organisationForm: 'none', membersRelationElsewhere: 0, probationaryMembers: 0, charterIncludesPartyBuilding: true };

describe('held-out scenarios', () => {
  it('1 党支部委员会, 4年5个月 after the election, delay unknown: within 党章三至五年 → 建议 (第三十一条)', () => {
    const r = run({ lastElection: '2021-09', termExtended: 'unknown' }, '2026-02-15');
    expect(level(r, 'term.status')).toBe('建议');
  });

  it('2 the same, the superior approved no delay → 须整改', () => {
    const r = run({ lastElection: '2021-09', termExtended: 'not-approved' }, '2026-02-15');
    expect(level(r, 'term.status')).toBe('须整改');
  });

  it('3 past five years (63 months), even with a delay approved → 须整改 under 党章第三十一条', () => {
    const r = run({ lastElection: '2020-11', termExtended: 'approved' }, '2026-02-15');
    expect(level(r, 'term.status')).toBe('须整改');
    expect(r.findings.find((f) => f.id === 'term.status')?.norms).toContain('pc31-term');
  });

  it('4 党委, term unknown, 54 months: no 3-year default, no 须整改, no 第二十一条 sentence', () => {
    const r = run(
      { organisationForm: 'higher', higherForm: 'committee', termYears: 'unknown', lastElection: '2021-05', termExtended: 'unknown' },
      '2025-11-10',
    );
    expect(level(r, 'term.status')).not.toBe('须整改');
    const text = r.findings
      .filter((f) => f.id.startsWith('term.'))
      .map((f) => f.text)
      .join('');
    expect(text).not.toContain('一般不超过1年');
    expect(r.findings.filter((f) => f.id.startsWith('term.')).flatMap((f) => f.norms)).not.toContain('bwr21-term');
  });

  it('5 党支部 without committee, 3-year term long over: 建议, and the words do not say 应当', () => {
    const r = run(
      { formalMembers: 5, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: false, lastElection: '2021-01' },
      '2025-06-15',
    );
    const f = r.findings.find((x) => x.id === 'term.status');
    expect(f?.level).toBe('建议');
    expect(f?.text).not.toMatch(/应当及时换届/);
  });

  it('6 9 正式党员 of whom 4 have their relation elsewhere: 5 own, no committee required (第二十条)', () => {
    const r = run(
      { formalMembers: 9, probationaryMembers: 0, membersRelationElsewhere: 4, relationsPending: false, hasCommittee: false },
      '2025-06-15',
    );
    expect(level(r, 'org.committee')).toBe('已达标');
  });

  it('7 8 正式党员, 1 elsewhere: 7 own, no committee → 须整改', () => {
    const r = run(
      { formalMembers: 8, probationaryMembers: 0, membersRelationElsewhere: 1, relationsPending: false, hasCommittee: false },
      '2025-06-15',
    );
    expect(level(r, 'org.committee')).toBe('须整改');
  });

  it('8 founded 2 months ago: monthly target prorated, quarterly not yet due, yearly at most 建议', () => {
    const r = foundedIn('2025-04', {
      themedPartyDays: 2,
      generalMeetings: 0,
      lifeMeetings: 0,
      secretaryReported: false,
      committeeMeetings: 2,
      partyGroupMeetings: 2,
      democraticReview: false,
    });
    expect(level(r, 'life.themed-party-day')).toBe('已达标');
    expect(level(r, 'life.general-meeting')).toBe('供参考');
    expect(level(r, 'life.life-meeting')).toBe('建议');
    expect(level(r, 'role.secretary-report')).toBe('建议');
    expect(fixes(r)).toEqual([]);
  });

  it('9 founded 7 months ago: 5 主题党日 of 7 → 须整改 (应当每月); 2 党员大会 meet two full quarters', () => {
    const r = foundedIn('2024-11', { themedPartyDays: 5, generalMeetings: 2, committeeMeetings: 7, partyGroupMeetings: 7 });
    expect(level(r, 'life.themed-party-day')).toBe('须整改');
    expect(level(r, 'life.general-meeting')).toBe('已达标');
  });

  it('10 4 正式党员 and no organisation: one 须整改 (成立党组织); the work side says what applies meanwhile', () => {
    const r = run({ ...SMALL_NONE, formalMembers: 4, membersAttendLife: true }, '2025-06-15');
    expect(fixes(r)).toEqual(['org.setup']);
    expect(level(r, 'life.member-life')).toBe('已达标');
  });

  it('11 2 正式党员, no organisation: 须整改 under 第五条第三款, and a work finding under 党章第八条', () => {
    const r = run({ ...SMALL_NONE, formalMembers: 2, membersAttendLife: false }, '2025-06-15');
    expect(r.findings.find((f) => f.id === 'org.setup')?.norms).toContain('bwr5-joint');
    expect(level(r, 'org.setup')).toBe('须整改');
    expect(level(r, 'life.member-life')).toBe('须整改');
    expect(r.cards.work.summary).not.toContain('均已');
  });

  it('12 only 预备党员 (0 正式, 2 预备), no organisation: 联合党支部 route applies → 须整改', () => {
    const r = run({ ...SMALL_NONE, formalMembers: 0, probationaryMembers: 2, membersAttendLife: true }, '2025-06-15');
    expect(r.organisation.status).toBe('joint-missing');
    expect(level(r, 'org.setup')).toBe('须整改');
  });

  it('13 no members, a liaison: no organisation exists, so 组织覆盖 is not 已达标; the liaison is work coverage', () => {
    const r = run({ ...SMALL_NONE, formalMembers: 0, outreach: 'liaison' }, '2025-06-15');
    expect(r.cards.organisation.level).not.toBe('已达标');
    expect(level(r, 'life.outreach')).toBe('已达标');
  });

  it('14 no members, no liaison: every scored check has a finding and no "均已" beside it', () => {
    const r = run({ ...SMALL_NONE, formalMembers: 0, outreach: 'none' }, '2025-06-15');
    expect(level(r, 'life.outreach')).toBe('建议');
    expect(r.cards.work.summary).not.toContain('均已');
  });

  it('15 党委 with neither 纪律检查委员会 nor 纪检委员 → 须整改 (党章第四十五条)', () => {
    const r = run({ organisationForm: 'higher', higherForm: 'committee', hasDisciplineMember: false }, '2025-06-15');
    expect(level(r, 'org.discipline-member')).toBe('须整改');
  });

  it('16 谈心谈话: one pairing short → 建议 (一般); none at all → 须整改 (应当经常)', () => {
    expect(level(run({ talksCommitteeMembers: 'some' }, '2025-06-15'), 'life.heart-to-heart')).toBe('建议');
    expect(
      level(
        run({ talksCommittee: 'none', talksCommitteeMembers: 'none', heartToHeartMembers: 'none' }, '2025-06-15'),
        'life.heart-to-heart',
      ),
    ).toBe('须整改');
  });

  it('17 异地商会 with its own branch, members from the 流出地 not in its organisational life → 须整改 (党员教育管理工作条例第三十二条第二款)', () => {
    const r = run({ outOfTownChamber: true, elsewhereMembersParticipate: false }, '2025-06-15');
    expect(level(r, 'life.multiple-participation')).toBe('须整改');
    expect(level(run({ outOfTownChamber: false, elsewhereMembersParticipate: false }, '2025-06-15'), 'life.multiple-participation')).toBe(
      '建议',
    );
  });

  it('18 异地商会 without its own organisation and no 流动党员党支部: 建议 (the 流出地 must act), not 供参考', () => {
    const r = run(
      { ...SMALL_NONE, formalMembers: 2, membersRelationElsewhere: 2, outOfTownChamber: true, flowingBranch: false },
      '2025-06-15',
    );
    expect(level(r, 'org.flowing-members')).toBe('建议');
  });

  it('19 发展党员: an applicant not talked to within a month, 转正 not discussed → 须整改 (细则第七条, 党章第七条)', () => {
    const r = run({ applicantsTalked: 'some', probationReview: 'none' }, '2025-06-15');
    expect(level(r, 'development.applicant-talk')).toBe('须整改');
    expect(level(r, 'development.probation')).toBe('须整改');
  });
});
