import { describe, expect, it } from 'vitest';
import { findQuestion, QUESTIONS, STEPS, visibleSteps } from '../../../src/lib/assessment/questions';
import { COMPLIANT } from './fixtures';

describe('questionnaire data', () => {
  it('has five steps with unique question ids', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['basics', 'organisation', 'term', 'life', 'role']);
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers every question in the compliant fixture', () => {
    expect(Object.keys(COMPLIANT).sort()).toEqual(
      QUESTIONS.map((q) => q.id)
        .filter((id) => !['outreach', 'jointParticipation'].includes(id))
        .sort(),
    );
  });

  it('gives each kind what it needs', () => {
    for (const q of QUESTIONS) {
      expect(q.label).toMatch(/[\u4e00-\u9fff]/);
      expect(q.name).toMatch(/[\u4e00-\u9fff]/);
      if (q.kind === 'integer') expect(q.min !== undefined && q.max !== undefined && q.min <= q.max).toBe(true);
      if (q.kind === 'choice') expect((q.options ?? []).length).toBeGreaterThan(1);
      if (q.kind === 'month') expect(q.minMonth !== undefined && q.maxMonth !== undefined).toBe(true);
    }
  });

  it('defaults the term to 3 years', () => {
    expect(findQuestion('termYears')?.defaultValue).toBe('3');
  });

  it('skips the 换届 step when the association has no organisation of its own', () => {
    expect(visibleSteps({ organisationForm: 'joint' }).map((s) => s.id)).toEqual(['basics', 'organisation', 'life', 'role']);
    expect(visibleSteps({ organisationForm: 'none' }).map((s) => s.id)).toEqual(['basics', 'organisation', 'role']);
    expect(visibleSteps({ organisationForm: 'branch' }).map((s) => s.id)).toEqual(['basics', 'organisation', 'term', 'life', 'role']);
  });

  it('showIf predicates tolerate junk in half-filled state', () => {
    const junk = { formalMembers: 'x', organisationForm: 42, hasCommittee: 'yes' } as unknown as Record<string, never>;
    for (const q of QUESTIONS) expect(() => q.showIf?.(junk)).not.toThrow();
  });
});
