import { describe, expect, it } from 'vitest';
import { NORMS } from '../../../../src/shared/assessment/norms';
import { cadenceOf, groupSameRequirement, timesAYear } from '../../../../src/shared/requirements/filters';

// Every norm record must say its forms (Norm.forms is required, so the type checks that); this pins one reading.
describe('norm forms', () => {
  it('tags the norms about a 联合党支部 with that form only', () => {
    const jointOnly = NORMS.filter((n) => n.forms.length === 1 && n.forms[0] === 'joint').map((n) => n.id);
    expect(jointOnly.sort()).toEqual(['bwr5-flowing', 'bwr5-joint', 'bwr5-joint-size', 'pc8-member-life']);
  });
});

describe('cadence', () => {
  it.each([
    ['每月1次', 'monthly', 12],
    ['一般每季度1次', 'quarterly', 4],
    ['每年至少1次', 'yearly', 1],
    ['一般每年不少于1次', 'yearly', 1],
    ['每年', 'yearly', 1],
    ['每届三至五年', 'term', undefined],
    ['届满前6个月', 'term', undefined],
    [undefined, 'none', undefined],
  ] as const)('%s → %s, %s a year', (frequency, cadence, times) => {
    expect(cadenceOf({ frequency })).toBe(cadence);
    expect(timesAYear({ frequency })).toBe(times);
  });
});

describe('groupSameRequirement', () => {
  it('makes one entry of norms stating the same requirement, in table order', () => {
    const a = { id: 'a', topic: '民主评议党员', requirement: '每年1次' };
    const b = { id: 'b', topic: '谈心谈话', requirement: '经常开展' };
    const c = { id: 'c', topic: '民主评议党员', requirement: '每年1次' };
    expect(groupSameRequirement([a, b, c])).toEqual([[a, c], [b]]);
  });

  it('leaves the real table with one entry for 民主评议党员', () => {
    const entries = groupSameRequirement(NORMS);
    expect(entries.filter((e) => e[0]!.topic === '民主评议党员')).toHaveLength(1);
    expect(entries.find((e) => e[0]!.topic === '民主评议党员')).toHaveLength(2);
  });
});
