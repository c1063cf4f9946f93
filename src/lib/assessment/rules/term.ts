/**
 * 换届: is the organisation's term running, ending soon or over?
 *
 * 党章第三十一条 sets three to five years for 基层委员会, 总支部委员会 and
 * 支部委员会; 支部工作条例第二十一条 says branch committees outside villages and
 * communities generally serve 3 years, and speaks of 党支部委员会 only, so it is not
 * applied to a 党总支 or 党委. The texts set no term for a branch without a
 * committee: its overdue election is a recommendation (the explainer's 按期换届),
 * not a breach. The user states the term the superior approved (default 3 years).
 * "Due soon" uses the six months' notice of 第二十一条第三款; counting is in whole
 * months so the result is stable across time zones.
 */
import { formatMonth, monthIndex } from '../months';
import type { NormId } from '../norms';
import type { Answers, TermInfo, TermState } from '../types';
import { hasCommitteeBody, hasOwnOrganisation, levelIfUnmet, outcome, type RuleOutcome } from './shared';

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

/** The norms that set the term for this kind of organisation. */
function termNorms(a: Answers): NormId[] {
  if (a.organisationForm === 'higher') return ['pc31-term', 'si1-term'];
  return hasCommitteeBody(a) ? ['pc31-term', 'bwr21-term', 'si1-term'] : ['si1-term'];
}

function statusOutcome(info: TermInfo, a: Answers): RuleOutcome {
  const { termYears: n, lastElection, dueMonth, monthsElapsed } = info;
  const norms = termNorms(a);
  const committee = hasCommitteeBody(a);
  const note = committee
    ? ''
    : '本站收录的法规只对委员会规定了任期；不设委员会的党支部，书记、副书记由党员大会选举产生，这里按上级党组织批准的任期推算。';
  const id = 'term.status';
  switch (info.state) {
    case 'future-date':
      return outcome(
        id,
        'organisation',
        '建议',
        `填写的上次换届年月（${lastElection}）晚于本月，无法判断换届时间，请核对。`,
        norms,
        '核对上次换届的年月',
      );
    case 'overdue': {
      const over = monthsElapsed - n * 12;
      const when = over === 0 ? `本届任期已于本月（${dueMonth}）届满` : `本届任期已于${dueMonth}届满，已超过${over}个月`;
      const delay = committee ? '确需延期换届的，须经上级党组织认真审核、从严把关，延长期限一般不超过1年。' : '';
      return outcome(
        id,
        'organisation',
        levelIfUnmet(...norms),
        `按${n}年任期，${when}，应当及时换届。${delay}${note}`,
        committee && a.organisationForm === 'branch' ? [...norms, 'bwr21-delay'] : norms,
        '尽快召开党员大会进行换届选举（确需延期的，报上级党组织审核）',
      );
    }
    case 'due-soon':
      return outcome(
        id,
        'organisation',
        '建议',
        `按${n}年任期，本届任期将于${dueMonth}届满，剩余不足6个月。上级党组织一般提前6个月提醒做好换届准备，现在应着手准备换届。${note}`,
        [...norms, 'bwr21-reminder'],
        `着手准备换届选举（本届于${dueMonth}届满）`,
      );
    case 'ok':
      return outcome(id, 'organisation', '已达标', `按${n}年任期，本届自${lastElection}起至${dueMonth}届满，目前在任期内。${note}`, norms);
  }
}

function lengthOutcome(a: Answers, n: number): RuleOutcome | null {
  if (!hasCommitteeBody(a)) return null; // the texts set no term without a committee
  const id = 'term.length';
  if (a.organisationForm === 'higher') {
    return outcome(id, 'organisation', '已达标', `每届任期按${n}年计算，在党章规定的三年至五年之内。`, ['pc31-term']);
  }
  if (n === 3) {
    return outcome(
      id,
      'organisation',
      '已达标',
      '每届任期按3年计算，符合支部工作条例对村、社区以外党支部委员会一般每届任期3年的规定，也在党章规定的三年至五年之内。',
      ['pc31-term', 'bwr21-term'],
    );
  }
  return outcome(
    id,
    'organisation',
    levelIfUnmet('bwr21-term'),
    `本会填写的每届任期为${n}年。党章规定支部委员会每届任期三年至五年，支部工作条例规定村、社区以外的党支部委员会一般每届任期3年；请确认${n}年任期已经上级党组织批准。`,
    ['pc31-term', 'bwr21-term'],
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
  const length = lengthOutcome(a, termYears);
  return { info, outcomes: length ? [statusOutcome(info, a), length] : [statusOutcome(info, a)] };
}
