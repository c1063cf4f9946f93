import { describe, expect, it } from 'vitest';
import { parseAnswers, sanitisePartialAnswers, validateStep } from '../../../../src/shared/assessment/parse-answers';
import { COMPLIANT, TODAY } from '../../../support/answers';

function errorsOf(input: unknown, options = {}): Record<string, string> {
  const result = parseAnswers(input, options);
  if (result.ok) return {};
  return Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
}

describe('parseAnswers', () => {
  it('accepts complete, consistent answers', () => {
    const result = parseAnswers(COMPLIANT, { today: TODAY });
    expect(result.ok).toBe(true);
    // Answers to questions the compliant branch is not asked (another form's questions, groups not needed) are dropped.
    const {
      higherForm: _f,
      groupsNeeded: _g,
      jointUnits: _j,
      outreach: _o,
      flowingBranch: _b,
      secretaryLecture: _l,
      jointParticipation: _p,
      membersAttendLife: _m,
      ...asked
    } = COMPLIANT;
    if (result.ok) expect(result.answers).toEqual(asked);
  });

  it.each([null, undefined, 3, 'answers', [], [COMPLIANT], true])('rejects a non-object: %j', (input) => {
    expect(parseAnswers(input)).toEqual({ ok: false, errors: [{ field: '', message: '答卷数据格式不正确，请重新填写' }] });
  });

  it.each([-1, 1.5, 100001, '3', Number.NaN, Infinity, true])('正式党员人数 %j is out of range or of the wrong type', (value) => {
    expect(errorsOf({ ...COMPLIANT, formalMembers: value }).formalMembers).toBe('正式党员人数须为 0 到 100000 之间的整数');
  });

  it('checks 预备党员人数 the same way', () => {
    expect(errorsOf({ ...COMPLIANT, probationaryMembers: -3 }).probationaryMembers).toBe('预备党员人数须为 0 到 100000 之间的整数');
  });

  it('checks meeting counts against their own bounds', () => {
    expect(errorsOf({ ...COMPLIANT, generalMeetings: 400 }).generalMeetings).toBe('党员大会次数须为 0 到 366 之间的整数');
  });

  it('reports missing fields with 请填写 / 请选择', () => {
    const { formalMembers: _f, keyAssociation: _k, ...rest } = COMPLIANT;
    const errors = errorsOf(rest);
    expect(errors.formalMembers).toBe('请填写正式党员人数');
    expect(errors.keyAssociation).toBe('请选择本会是否属于行业影响较大或党建工作薄弱的协会商会');
  });

  it('reports every missing answer of an empty object', () => {
    const result = parseAnswers({});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.field)).toEqual([
        'formalMembers',
        'probationaryMembers',
        'keyAssociation',
        'organisationForm',
        'charterIncludesPartyBuilding',
      ]);
    }
  });

  it('rejects wrong types for choices, yes/no and months', () => {
    const errors = errorsOf({ ...COMPLIANT, organisationForm: 'club', hasCommittee: 'yes', lastElection: '2023-6', termYears: 3 });
    expect(errors.organisationForm).toBe('党组织设置形式须从给定选项中选择');
    // hasCommittee and the later questions depend on the form, so they are not asked.
    expect(errors.hasCommittee).toBeUndefined();
    const errors2 = errorsOf({ ...COMPLIANT, hasCommittee: 'yes', lastElection: '2023-13', termYears: 3 });
    expect(errors2.hasCommittee).toBe('是否设立支部委员会须选择“是”或“否”');
    expect(errors2.lastElection).toBe('上次换届年月须为 1949-10 到 2100-12 之间的年月，格式如 2023-06');
    expect(errors2.termYears).toBe('每届任期须从给定选项中选择');
  });

  it.each(['2023-6', '2023-00', '23-06', '2023/06', '1949-09', '2101-01', '2023-06-01'])('rejects the month %s', (month) => {
    expect(errorsOf({ ...COMPLIANT, lastElection: month }).lastElection).toContain('上次换届年月须为');
  });

  it('drops answers to questions that are hidden, instead of rejecting them', () => {
    const result = parseAnswers({ ...COMPLIANT, organisationForm: 'joint', jointParticipation: true, hasCommittee: 'garbage' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.answers.hasCommittee).toBeUndefined();
      expect(result.answers.generalMeetings).toBeUndefined();
      expect(result.answers.jointParticipation).toBe(true);
    }
  });

  it('ignores unknown and inherited keys', () => {
    const input = Object.assign(Object.create({ formalMembers: 'inherited' }) as object, COMPLIANT, { extra: 1 });
    const result = parseAnswers(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect('extra' in result.answers).toBe(false);
    const inheritedOnly = Object.create({ formalMembers: 3 }) as object;
    expect(errorsOf(inheritedOnly).formalMembers).toBe('请填写正式党员人数');
  });

  describe('cross-field checks', () => {
    it('members elsewhere cannot exceed all members', () => {
      expect(errorsOf({ ...COMPLIANT, membersRelationElsewhere: 12 }).membersRelationElsewhere).toBe(
        '组织关系不在本会的党员人数不能超过正式党员与预备党员人数之和（11）',
      );
    });

    it('an own organisation needs members', () => {
      const errors = errorsOf({ ...COMPLIANT, formalMembers: 0, probationaryMembers: 0 });
      expect(errors.organisationForm).toContain('本会没有党员时');
    });

    it('a committee needs at least 3 正式党员', () => {
      expect(errorsOf({ ...COMPLIANT, formalMembers: 2, probationaryMembers: 5 }).hasCommittee).toBe(
        '正式党员不足3人时无法组成支部委员会，请核对',
      );
      expect(errorsOf({ ...COMPLIANT, formalMembers: 2, organisationForm: 'higher' }).organisationForm).toContain('党总支或党委');
    });

    it('the last election cannot be in the future when today is given', () => {
      expect(errorsOf({ ...COMPLIANT, lastElection: '2025-07' }, { today: TODAY }).lastElection).toBe(
        '上次换届年月不能晚于本月（2025-06）',
      );
      expect(parseAnswers({ ...COMPLIANT, lastElection: '2025-06' }, { today: TODAY }).ok).toBe(true);
      expect(parseAnswers({ ...COMPLIANT, lastElection: '2025-07' }).ok).toBe(true);
    });
  });
});

describe('validateStep', () => {
  it('asks only the visible questions of the step', () => {
    expect(validateStep('basics', {}).map((e) => e.field)).toEqual(['formalMembers', 'probationaryMembers', 'keyAssociation']);
    expect(validateStep('basics', { formalMembers: 1, probationaryMembers: 0, keyAssociation: 'no' }).map((e) => e.field)).toEqual([
      'membersRelationElsewhere',
    ]);
    expect(validateStep('organisation', { organisationForm: 'branch' }).map((e) => e.field)).toEqual([
      'hasCommittee',
      'hasSecretary',
      'hasPartyGroups',
    ]);
    expect(validateStep('term', { organisationForm: 'joint' })).toEqual([]);
  });

  it('includes cross-field errors that belong to the step', () => {
    const partial = {
      formalMembers: 1,
      probationaryMembers: 0,
      membersRelationElsewhere: 4,
      outOfTownChamber: false,
      keyAssociation: 'no',
    };
    expect(validateStep('basics', partial)).toEqual([
      { field: 'membersRelationElsewhere', message: '组织关系不在本会的党员人数不能超过正式党员与预备党员人数之和（1）' },
    ]);
    expect(validateStep('term', { organisationForm: 'branch', termYears: '3', lastElection: '2030-01' }, { today: TODAY })[0]?.field).toBe(
      'lastElection',
    );
  });

  it('passes a complete step and rejects an unknown step', () => {
    expect(validateStep('role', COMPLIANT)).toEqual([]);
    expect(validateStep('nope', COMPLIANT)).toEqual([{ field: '', message: '未知的问卷步骤' }]);
    expect(validateStep('basics', 'not an object').length).toBe(3);
  });
});

describe('sanitisePartialAnswers', () => {
  it('keeps valid known values and drops the rest', () => {
    expect(sanitisePartialAnswers({ formalMembers: 4, probationaryMembers: -1, hasCommittee: true, foo: 1, lastElection: 'x' })).toEqual({
      formalMembers: 4,
      hasCommittee: true,
    });
    expect(sanitisePartialAnswers('nope')).toEqual({});
  });
});
