/** The result in plain words: the headline and each to-do's shortfall, from real engine results. */
import { describe, expect, it } from 'vitest';
import { headline, shortfall, todoText } from '../../../../../src/client/islands/assessment/plain';
import { assess } from '../../../../../src/shared/assessment/engine';
import type { Answers } from '../../../../../src/shared/assessment/types';
import { answersWith, FULL_CONTEXT, TYPICAL } from '../../../../support/answers';

/** Each finding to act on as its to-do line, as the result shows it. */
const lines = (a: Answers): Record<string, string> => {
  const result = assess(a, FULL_CONTEXT);
  return Object.fromEntries(
    result.findings
      .filter((f) => f.level !== '已达标')
      .map((f) => [f.id, [todoText(f), shortfall(f, a, result)].filter(Boolean).join('——')]),
  );
};

describe('plain words', () => {
  it('the headline counts what is to be done, or says there is nothing', () => {
    expect(headline(assess(TYPICAL, FULL_CONTEXT).findings)).toBe('3 项须整改、1 项建议');
    expect(headline(assess(answersWith(), FULL_CONTEXT).findings)).toBe('没有须整改或建议的事项');
    expect(headline(assess(answersWith({ crossAppointment: false }), FULL_CONTEXT).findings)).toBe('1 项建议');
  });

  it('names the shortfall from the answers: counts, none at all, an overdue term, talks, no organisation', () => {
    const gaps = lines(answersWith({ themedPartyDays: 8, lifeMeetings: 0, lastElection: '2015-01', talksCommittee: 'some' }));
    expect(gaps['life.themed-party-day']).toBe('党支部每月开展1次主题党日——近12个月开了8次');
    expect(gaps['life.life-meeting']).toBe('党支部每年至少召开1次组织生活会——近12个月没有开过');
    expect(gaps['term.status']).toMatch(/——上次换届在2015年1月，本届已于2018年1月届满$/);
    expect(gaps['life.heart-to-heart']).toMatch(/——近12个月委员之间只有部分人谈过$/);
    const talks = lines(answersWith({ talksCommittee: 'none', heartToHeartMembers: 'some' }))['life.heart-to-heart'];
    expect(talks).toMatch(/——近12个月委员之间没有谈过，党员之间只有部分人谈过$/);
    const none = lines(answersWith({ formalMembers: 5, organisationForm: 'none', outreach: 'none' }));
    expect(none['org.setup']).toBe('有正式党员3人以上的单位成立党的基层组织——有5名正式党员，还没有单独建立党组织');
  });

  it('says no count where the norm counts several meetings at once', () => {
    // 党课 rests on bwr16-duty, which reads four meeting counts: naming one would mislead.
    expect(lines(answersWith({ partyLectures: 0 }))['life.party-lecture']).not.toContain('——');
  });
});
