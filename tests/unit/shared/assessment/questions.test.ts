import { describe, expect, it } from 'vitest';
import { QUESTION_TEXTS } from '../../../../src/shared/assessment/question-texts';
import { findQuestion, QUESTIONS, STEPS, visibleSteps } from '../../../../src/shared/assessment/questions';
import { COMPLIANT } from '../../../support/answers';

describe('questionnaire data', () => {
  it('has six steps with unique question ids', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['basics', 'organisation', 'term', 'life', 'role', 'development']);
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers every question in the compliant fixture', () => {
    expect(Object.keys(COMPLIANT).sort()).toEqual(
      QUESTIONS.map((q) => q.id)
        .filter((id) => id !== 'foundedMonth')
        .sort(),
    );
  });

  it('gives each kind what it needs', () => {
    for (const q of QUESTIONS) {
      expect(QUESTION_TEXTS.questions[q.id].label).toMatch(/[\u4e00-\u9fff]/);
      expect(QUESTION_TEXTS.names[q.id]).toMatch(/[\u4e00-\u9fff]/);
      if (q.kind === 'integer') expect(q.min !== undefined && q.max !== undefined && q.min <= q.max).toBe(true);
      if (q.kind === 'choice') expect((q.options ?? []).length).toBeGreaterThan(1);
      if (q.kind === 'month') expect(q.minMonth !== undefined && q.maxMonth !== undefined).toBe(true);
    }
  });

  it('has the texts of every step, question and option, and no others', () => {
    expect(Object.keys(QUESTION_TEXTS.steps).sort()).toEqual(STEPS.map((s) => s.id).sort());
    for (const s of STEPS) expect(QUESTION_TEXTS.steps[s.id].title).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(QUESTION_TEXTS.questions).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
    expect(Object.keys(QUESTION_TEXTS.names).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
    for (const q of QUESTIONS) {
      const labels = QUESTION_TEXTS.questions[q.id].options;
      expect(labels && Object.keys(labels).sort(), q.id).toEqual(q.options?.map((o) => o.value).sort());
      for (const label of Object.values(labels ?? {})) expect(label).toMatch(/[\u4e00-\u9fff\d]/);
    }
  });

  it('asks the approved term without a 3-year default (第二十一条 is for 党支部 only), and 不清楚 is an answer', () => {
    expect(findQuestion('termYears')?.defaultValue).toBeUndefined();
    expect(findQuestion('termYears')?.options?.map((o) => o.value)).toContain('unknown');
  });

  it('asks the founding month only of an own organisation, as an optional YYYY-MM answer', () => {
    const q = findQuestion('foundedMonth');
    expect([q?.kind, q?.optional]).toEqual(['month', true]);
    expect(visibleSteps({ organisationForm: 'branch' }).flatMap((s) => s.questions.map((x) => x.id))).toContain('foundedMonth');
    for (const form of ['joint', 'none'] as const) expect(q?.showIf?.({ organisationForm: form })).toBe(false);
  });

  it('keeps a small association’s questionnaire short', () => {
    const small = {
      formalMembers: 2,
      probationaryMembers: 0,
      membersRelationElsewhere: 0,
      organisationForm: 'joint',
      jointUnits: 3,
    } as const;
    const asked = visibleSteps(small).flatMap((s) => s.questions.filter((q) => q.showIf === undefined || q.showIf(small)));
    expect(asked.length).toBeLessThanOrEqual(8);
  });

  it('skips the 换届 step when the association has no organisation of its own', () => {
    expect(visibleSteps({ organisationForm: 'joint' }).map((s) => s.id)).toEqual(['basics', 'organisation', 'life', 'role']);
    expect(visibleSteps({ organisationForm: 'none' }).map((s) => s.id)).toEqual(['basics', 'organisation', 'role']);
    expect(visibleSteps({ organisationForm: 'none', formalMembers: 2 }).map((s) => s.id)).toEqual([
      'basics',
      'organisation',
      'life',
      'role',
    ]);
    expect(visibleSteps({ organisationForm: 'branch' }).map((s) => s.id)).toEqual([
      'basics',
      'organisation',
      'term',
      'life',
      'role',
      'development',
    ]);
  });

  it('showIf predicates tolerate junk in half-filled state', () => {
    const junk = { formalMembers: 'x', organisationForm: 42, hasCommittee: 'yes' } as unknown as Record<string, never>;
    for (const q of QUESTIONS) expect(() => q.showIf?.(junk)).not.toThrow();
  });
});
