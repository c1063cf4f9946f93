/**
 * 换届: is the organisation's term running, ending soon or over?
 *
 * 党章 第三十一条 (2022) allows a term of three to five years for 基层委员会,
 * 总支部委员会 and 支部委员会; 支部工作条例 第二十一条 (2018) says branch
 * committees outside villages and communities generally serve 3 years. The user
 * states the term the superior organisation approved (default 3 years).
 * "Due soon" uses the six months' notice that 第二十一条第三款 asks superiors to
 * give; counting is in whole months so the result is stable across time zones.
 */
import { formatMonth, monthIndex } from '../months';
import type { Answers, TermInfo, TermState } from '../types';
import { ARTICLE, BWR, hasOwnOrganisation, outcome, PC, type RuleOutcome } from './shared';

const NOTICE_MONTHS = 6;

export interface TermAssessment {
  info: TermInfo | null;
  outcomes: RuleOutcome[];
}

function termState(monthsElapsed: number, termMonths: number): TermState {
  if (monthsElapsed < 0) return 'future-date';
  if (monthsElapsed >= termMonths) return 'overdue';
  if (monthsElapsed >= termMonths - NOTICE_MONTHS) return 'due-soon';
  return 'ok';
}

function statusOutcome(info: TermInfo, noCommittee: boolean): RuleOutcome {
  const { termYears: n, lastElection, dueMonth, monthsElapsed } = info;
  const cites = [PC(31), BWR(21), ARTICLE('si-1')];
  const note = noCommittee ? '本站收录的条文只对委员会规定了任期，不设委员会的党支部这里按同一任期推算。' : '';
  const id = 'term.status';
  switch (info.state) {
    case 'future-date':
      return outcome(id, 'organisation', '建议', `填写的上次换届年月（${lastElection}）晚于本月，无法判断换届时间，请核对。`, [BWR(21)], '核对上次换届的年月');
    case 'overdue': {
      const over = monthsElapsed - n * 12;
      const when = over === 0 ? `本届任期已于本月（${dueMonth}）届满` : `本届任期已于${dueMonth}届满，已超过${over}个月`;
      return outcome(
        id,
        'organisation',
        '须整改',
        `按${n}年任期，${when}，应当及时换届。确需延期换届的，须经上级党组织从严审核，延长期限一般不超过1年。${note}`,
        cites,
        '尽快召开党员大会进行换届选举（确需延期的，报上级党组织审核）',
      );
    }
    case 'due-soon':
      return outcome(
        id,
        'organisation',
        '建议',
        `按${n}年任期，本届任期将于${dueMonth}届满，剩余不足6个月。条例要求上级党组织一般提前6个月提醒做好换届准备，现在应着手准备换届。${note}`,
        cites,
        `着手准备换届选举（本届于${dueMonth}届满）`,
      );
    case 'ok':
      return outcome(
        id,
        'organisation',
        '已达标',
        `按${n}年任期，本届自${lastElection}起至${dueMonth}届满，目前在任期内。${note}`,
        cites,
      );
  }
}

function lengthOutcome(a: Answers, n: number): RuleOutcome {
  const cites = [PC(31), BWR(21)];
  const id = 'term.length';
  if (n === 3) {
    return outcome(id, 'organisation', '已达标', '每届任期按3年计算，符合支部工作条例对村、社区以外党支部委员会一般每届3年的规定，也在党章规定的三年至五年之内。', cites);
  }
  if (a.organisationForm === 'higher') {
    return outcome(id, 'organisation', '已达标', `每届任期按${n}年计算，在党章对总支部委员会、基层委员会规定的三年至五年之内。`, [PC(31)]);
  }
  return outcome(
    id,
    'organisation',
    '建议',
    `本会填写的每届任期为${n}年。党章允许支部委员会每届任期为三至五年，支部工作条例则规定除村、社区外的党支部委员会通常每届3年；请确认${n}年任期已经上级党组织批准。`,
    cites,
    `确认${n}年任期已经上级党组织批准`,
  );
}

export function assessTerm(a: Answers, todayMonth: number): TermAssessment {
  if (!hasOwnOrganisation(a) || a.lastElection === undefined) return { info: null, outcomes: [] };
  const elected = monthIndex(a.lastElection);
  if (elected === null) return { info: null, outcomes: [] };
  const termYears = Number(a.termYears ?? '3');
  const monthsElapsed = todayMonth - elected;
  const info: TermInfo = {
    state: termState(monthsElapsed, termYears * 12),
    termYears,
    lastElection: a.lastElection,
    dueMonth: formatMonth(elected + termYears * 12),
    monthsElapsed,
  };
  const noCommittee = a.organisationForm === 'branch' && a.hasCommittee === false;
  return { info, outcomes: [statusOutcome(info, noCommittee), lengthOutcome(a, termYears)] };
}
