/**
 * 换届: is the organisation's term running, ending soon or over? This needs reasoning
 * over ranges, so it is written by hand; levels come from the table.
 *
 * - 党章第三十一条: 基层委员会、总支部委员会、支部委员会每届任期三年至五年. Past five
 *   years a committee is overdue whatever was approved: 须整改.
 * - 支部工作条例第二十一条 (党支部 only): branch committees outside villages and
 *   communities generally (一般) serve 3 years, so 3 is the default for a 党支部委员会
 *   when the approved term is unknown. Between the approved term and five years the
 *   verdict depends on the superior: a delay it approved (审核、从严把关; 一般不超过1年)
 *   or not known is a prompt (建议, 以上级党组织批复的任期为准); no delay approved
 *   means the term has ended: 须整改.
 * - 党总支、党委: only the 党章's range; no 3-year default, no 第二十一条 sentences.
 * - A 党支部 without a committee: its 书记、副书记 are elected by the 党员大会 (第二十一条
 *   第二款); no text fixes their term, so the superior's approved term is reckoned and an
 *   overdue election is 建议, in words that say so.
 *
 * "Due soon" uses the six months' notice of 第二十一条第三款; counting is in whole
 * months so the result is stable across time zones.
 */
import { formatMonth, monthIndex } from '../months';
import { NOTICE_MONTHS, reckonedTermYears } from '../term-years';
import type { NormId } from '../norms';
import type { Answers, TermInfo, TermState } from '../types';
import { hasOwnOrganisation, levelIfUnmet, orgKind, outcome, type RuleOutcome } from './shared';

const CONSTITUTION_MAX_MONTHS = 60;

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

type Body = 'branch-committee' | 'branch-secretary' | 'higher';

function bodyOf(a: Answers): Body {
  const kind = orgKind(a);
  return kind === 'branch-committee' || kind === 'branch-secretary' ? kind : 'higher';
}

/** The term reckoned with, in years (term-years.ts). */
const reckonedYears = (a: Answers, body: Body): number => reckonedTermYears(a.termYears, body === 'higher');

function normsOf(body: Body): NormId[] {
  switch (body) {
    case 'branch-committee':
      return ['pc31-term', 'bwr21-term', 'si1-term'];
    case 'higher':
      return ['pc31-term', 'si1-term'];
    case 'branch-secretary':
      return ['bwr21-approval', 'si1-term'];
  }
}

const NO_COMMITTEE =
  '本站收录的法规只对委员会规定了任期；不设委员会的党支部，书记、副书记由党支部党员大会选举产生，任期以上级党组织的批复为准，这里按批复的任期推算。';

function overdueOutcome(info: TermInfo, a: Answers, body: Body): RuleOutcome {
  const { termYears: n, dueMonth, monthsElapsed } = info;
  const id = 'term.status';
  const over = monthsElapsed - n * 12;
  const when = over === 0 ? `本届任期已于本月（${dueMonth}）届满` : `本届任期已于${dueMonth}届满，已超过${over}个月`;
  const action = '尽快召开党员大会进行换届选举';
  if (body === 'branch-secretary') {
    return outcome(
      id,
      'organisation',
      levelIfUnmet('si1-term'),
      `按${n}年任期推算，${when}，宜及时召开党员大会选举书记、副书记。${NO_COMMITTEE}`,
      normsOf(body),
      action,
    );
  }
  if (monthsElapsed >= CONSTITUTION_MAX_MONTHS) {
    return outcome(
      id,
      'organisation',
      levelIfUnmet('pc31-term'),
      `距上次换届已${monthsElapsed}个月，超过了党章规定的每届任期三年至五年的上限，应当及时换届。`,
      body === 'branch-committee' ? ['pc31-term', 'bwr21-term', 'bwr21-delay'] : ['pc31-term'],
      action,
    );
  }
  const branch = body === 'branch-committee';
  const delayNorms: NormId[] = branch ? ['bwr21-delay', 'bwr21-delay-limit'] : [];
  switch (a.termExtended) {
    case 'not-approved':
      return outcome(
        id,
        'organisation',
        levelIfUnmet('pc31-term'),
        `按${n}年任期，${when}，上级党组织没有批准延期，应当及时换届。党章规定委员会每届任期三年至五年，具体任期以上级党组织的批复为准。`,
        [...normsOf(body), ...delayNorms],
        action,
      );
    case 'approved':
      return outcome(
        id,
        'organisation',
        '建议',
        `按${n}年任期，${when}；上级党组织已批准延期换届，仍在党章规定的三年至五年之内。${branch ? '支部工作条例规定，延长或者提前期限一般不超过1年。' : ''}请在批准的期限内完成换届。`,
        [...normsOf(body), ...delayNorms],
        '在上级党组织批准的延期期限内完成换届',
      );
    default:
      return outcome(
        id,
        'organisation',
        '建议',
        `按${n}年任期，${when}，但仍在党章规定的三年至五年之内。是否应当换届，以上级党组织批复的任期为准：没有批准延期的，应当及时换届；${branch ? '确需延期的，由上级党组织认真审核、从严把关，延长期限一般不超过1年。' : '确需延期的，报上级党组织审核。'}`,
        [...normsOf(body), ...delayNorms],
        '向上级党组织确认任期和是否批准延期，没有批准的尽快换届',
      );
  }
}

function statusOutcome(info: TermInfo, a: Answers, body: Body): RuleOutcome {
  const { termYears: n, lastElection, dueMonth } = info;
  const norms = normsOf(body);
  const note = body === 'branch-secretary' ? NO_COMMITTEE : '';
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
    case 'overdue':
      return overdueOutcome(info, a, body);
    case 'due-soon': {
      const reminder = body === 'higher' ? '' : '上级党组织一般提前6个月提醒做好换届准备，';
      return outcome(
        id,
        'organisation',
        '建议',
        `按${n}年任期，本届任期将于${dueMonth}届满，剩余不足6个月。${reminder}现在应着手准备换届。${note}`,
        body === 'higher' ? norms : [...norms, 'bwr21-reminder'],
        `着手准备换届选举（本届于${dueMonth}届满）`,
      );
    }
    case 'ok':
      return outcome(id, 'organisation', '已达标', `按${n}年任期，本届自${lastElection}起至${dueMonth}届满，目前在任期内。${note}`, norms);
  }
}

function lengthOutcome(a: Answers, body: Body, n: number): RuleOutcome | null {
  if (body === 'branch-secretary') return null; // the texts set no term without a committee
  const id = 'term.length';
  const unknown = a.termYears === 'unknown' || a.termYears === undefined;
  if (body === 'higher') {
    return unknown
      ? outcome(
          id,
          'organisation',
          '建议',
          '不清楚上级党组织批准的每届任期。党章规定，党的基层委员会、总支部委员会每届任期三年至五年；这里只按五年的上限判断。',
          ['pc31-term'],
          '向上级党组织确认每届任期',
        )
      : outcome(id, 'organisation', '已达标', `每届任期按${n}年计算，在党章规定的三年至五年之内。`, ['pc31-term']);
  }
  if (n === 3) {
    return outcome(
      id,
      'organisation',
      unknown ? '建议' : '已达标',
      unknown
        ? '不清楚上级党组织批准的每届任期，这里按支部工作条例对村、社区以外党支部委员会一般每届任期3年的规定计算；请向上级党组织确认。'
        : '每届任期按3年计算，符合支部工作条例对村、社区以外党支部委员会一般每届任期3年的规定，也在党章规定的三年至五年之内。',
      ['pc31-term', 'bwr21-term'],
      ...(unknown ? ['向上级党组织确认每届任期'] : []),
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
  const body = bodyOf(a);
  const termYears = reckonedYears(a, body);
  const monthsElapsed = todayMonth - elected;
  const info: TermInfo = {
    state: termState(monthsElapsed, termYears * 12),
    termYears,
    lastElection: a.lastElection,
    dueMonth: formatMonth(elected + termYears * 12),
    monthsElapsed,
  };
  const length = lengthOutcome(a, body, termYears);
  return { info, outcomes: length ? [statusOutcome(info, a, body), length] : [statusOutcome(info, a, body)] };
}
