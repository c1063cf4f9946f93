import { describe, expect, it } from 'vitest';
import { QUESTION_TEXTS } from '../../../../src/lib/assessment/question-texts';
import { findQuestion, QUESTIONS, STEPS, visibleSteps } from '../../../../src/lib/assessment/questions';
import { COMPLIANT } from '../../../support/answers';

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
      expect(QUESTION_TEXTS.questions[q.id].label).toMatch(/[\u4e00-\u9fff]/);
      expect(q.name).toMatch(/[\u4e00-\u9fff]/);
      if (q.kind === 'integer') expect(q.min !== undefined && q.max !== undefined && q.min <= q.max).toBe(true);
      if (q.kind === 'choice') expect((q.options ?? []).length).toBeGreaterThan(1);
      if (q.kind === 'month') expect(q.minMonth !== undefined && q.maxMonth !== undefined).toBe(true);
    }
  });

  it('has the texts of every step, question and option, and no others', () => {
    expect(Object.keys(QUESTION_TEXTS.steps).sort()).toEqual(STEPS.map((s) => s.id).sort());
    for (const s of STEPS) expect(QUESTION_TEXTS.steps[s.id].title).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(QUESTION_TEXTS.questions).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
    for (const q of QUESTIONS) {
      const labels = QUESTION_TEXTS.questions[q.id].options;
      expect(labels && Object.keys(labels).sort(), q.id).toEqual(q.options?.map((o) => o.value).sort());
      for (const label of Object.values(labels ?? {})) expect(label).toMatch(/[\u4e00-\u9fff\d]/);
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
