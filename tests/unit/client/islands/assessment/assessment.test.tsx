// @vitest-environment happy-dom
/**
 * The island as a user meets it: rendered with @testing-library/preact, driven by
 * DOM events, asserted on the rendered output (text, roles, focus, attributes).
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import Assessment from '../../../../../src/client/islands/assessment/Assessment';
import { loadResults } from '../../../../../src/client/islands/assessment/use-results';
import { ISLAND_MESSAGES } from '../../../../../src/shared/assessment/island-messages';

const { cleared: CLEARED, restored: RESTORED, restoredResult: RESTORED_RESULT } = ISLAND_MESSAGES;
import {
  assess,
  encodeAnswers,
  findNorm,
  serialiseState,
  STORAGE_KEY,
  STRENGTH_LABELS,
  type Answers,
} from '../../../../../src/shared/assessment';
import { ANSWERS, answersWith, REFS, SOURCE_TITLES, SOURCES, TEXTS, TODAY } from './helpers';

const answers = (): Answers => ANSWERS;

const mount = () => render(<Assessment refs={REFS} sources={SOURCES} titles={SOURCE_TITLES} texts={TEXTS} today={TODAY} />);
const heading = () => screen.getByRole('heading', { level: 2 });
const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string | RegExp, value: string) => fireEvent.input(input(label), { target: { value } });
const choose = (question: string | RegExp, option: string) =>
  fireEvent.click(within(screen.getByRole('group', { name: question })).getByLabelText(option));
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const saved = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as {
    step: string;
    view?: string;
    date?: string;
    answers: Record<string, unknown>;
  } | null;
const group = (question: string | RegExp) => screen.queryByRole('group', { name: question });
/** A card's verdict as read aloud: the text without its aria-hidden symbol. */
const verdict = (cardId: string): string => {
  const value = document.querySelector(`#${cardId} .gauge__value`) as HTMLElement;
  const symbol = value.querySelector('.gauge__symbol')?.textContent ?? '';
  return (value.textContent ?? '').replace(symbol, '').trim();
};
/**
 * happy-dom has no window.confirm: a stand-in that records each question and gives
 * the user's answer (the real one is a browser API, not our code).
 */
const stubConfirm = (answer: boolean) => {
  const confirm = vi.fn((_message?: string) => answer);
  vi.stubGlobal('confirm', confirm);
  return confirm;
};

/** 清除 asks first (window.confirm, stubbed with the user's answer); returns the question asked. */
const clearing = (label: string, answer = true): string => {
  const confirm = stubConfirm(answer);
  press(label);
  expect(confirm).toHaveBeenCalledOnce();
  return confirm.mock.calls[0]?.[0] ?? '';
};

function fillBasics(): void {
  type('本会有多少名正式党员？', '10');
  type('本会有多少名预备党员？', '1');
  type('其中，组织关系不在本会的党员有多少名？', '0');
  choose(/业务主管部门/, '否');
}

// The page loads the results module once the user starts (see lazy-results.test.tsx);
// here it is loaded up front so that each view appears in the same task as its action.
beforeAll(async () => {
  await loadResults();
});
beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/assessment/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('steps', () => {
  it('goes step by step with the progress in the focused heading, keeping answers on the way back', () => {
    mount();
    expect(heading().textContent).toBe('第 1 步，共 6 步：基本情况');
    // Loading does not steal focus from the page.
    expect(document.activeElement).toBe(document.body);
    fillBasics();
    press('下一步');
    expect(heading().textContent).toBe('第 2 步，共 6 步：党组织设置');
    expect(document.activeElement).toBe(heading());
    choose('本会党员目前的组织形式是？', '本会单独建立了党支部');
    // Questions appear as earlier answers make them relevant.
    expect(screen.getByRole('group', { name: '党支部是否设立了支部委员会？' })).toBeTruthy();
    press('上一步');
    expect(heading().textContent).toContain('第 1 步');
    expect(input('本会有多少名正式党员？').value).toBe('10');
    expect(document.activeElement).toBe(heading());
  });

  it('skips the steps that do not apply and says so in the count', () => {
    mount();
    type('本会有多少名正式党员？', '0');
    type('本会有多少名预备党员？', '0');
    choose(/业务主管部门/, '否');
    press('下一步');
    choose('本会党员目前的组织形式是？', '尚未建立或参加任何党组织');
    expect(heading().textContent).toBe('第 2 步，共 3 步：党组织设置');
    choose(/党建组织员/, '都没有');
    press('下一步');
    expect(heading().textContent).toBe('第 3 步，共 3 步：作用发挥');
    expect(screen.getByRole('button', { name: '检查答案' })).toBeTruthy();
  });

  it('asks the follow-up questions only where they apply', () => {
    mount();
    type('本会有多少名正式党员？', '10');
    type('本会有多少名预备党员？', '1');
    type('其中，组织关系不在本会的党员有多少名？', '0');
    expect(group(/异地商会/)).toBeNull();
    type('其中，组织关系不在本会的党员有多少名？', '3');
    expect(group(/异地商会/)).toBeTruthy();
    // With 预备党员 as well, the formal ones among them are asked (the 7 of 第二十条 counts own 正式党员).
    type('组织关系不在本会党组织的党员中，正式党员有多少名？', '3');
    choose(/异地商会/, '是');
    choose(/业务主管部门/, '是');
    press('下一步');
    choose('本会党员目前的组织形式是？', '本会建立了党总支或党委');
    expect(group('本会建立的是党总支还是党委？')).toBeTruthy();
    expect(group('党支部是否设立了支部委员会？')).toBeNull();
    choose('本会党员目前的组织形式是？', '本会单独建立了党支部');
    expect(group('本会建立的是党总支还是党委？')).toBeNull();
    choose('是否划分了党小组？', '否');
    expect(group(/党员人数是否较多/)).toBeTruthy();
    choose('是否划分了党小组？', '是');
    expect(group(/党员人数是否较多/)).toBeNull();
    // Members whose relation sits elsewhere, and an own organisation: asked about pending transfers.
    expect(group(/还没有转移组织关系/)).toBeTruthy();
    choose('本会党员目前的组织形式是？', '本会党员参加与其他单位组成的联合党支部');
    expect(group(/还没有转移组织关系/)).toBeNull();
    // 异地商会 in a joint branch: asked whether the 流出地 set up a 流动党员党支部.
    expect(group(/流动党员党支部/)).toBeTruthy();
  });

  it('a step is a fieldset named by its heading; hints are tied to their controls', () => {
    mount();
    const step = screen.getByRole('group', { name: /^第 1 步，共 6 步\s*：\s*基本情况$/ });
    expect(step.tagName).toBe('FIELDSET');
    const formal = input('本会有多少名正式党员？');
    expect(formal.type).toBe('number');
    const hint = document.getElementById(formal.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('预备党员请在下一题单独填写');
    const radio = within(screen.getByRole('group', { name: /业务主管部门/ })).getByLabelText('是') as HTMLInputElement;
    expect(radio.type).toBe('radio');
  });
});

describe('validation', () => {
  it('an incomplete step shows a focused error summary linking to each invalid field', () => {
    mount();
    type('本会有多少名正式党员？', '10');
    type('本会有多少名预备党员？', '1.5');
    press('下一步');
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('heading').textContent).toBe('有 3 处需要修改');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['预备党员人数须为 0 到 100000 之间的整数', '#q-probationaryMembers'],
      ['请填写组织关系不在本会的党员人数', '#q-membersRelationElsewhere'],
      ['请选择本会是否属于行业影响较大或党建工作薄弱的协会商会', '#q-keyAssociation'],
    ]);
    // Inline errors: aria-invalid and the message in the description.
    const probationary = input('本会有多少名预备党员？');
    expect(probationary.getAttribute('aria-invalid')).toBe('true');
    const described = (probationary.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('错误：预备党员人数须为 0 到 100000 之间的整数');
    expect(input('本会有多少名正式党员？').hasAttribute('aria-invalid')).toBe(false);
    // Following a link focuses the field (the first radio for a group) and leaves the hash alone.
    fireEvent.click(links[2]!);
    expect(document.activeElement).toBe(document.getElementById('q-keyAssociation'));
    expect((document.activeElement as HTMLInputElement).type).toBe('radio');
    fireEvent.click(links[0]!);
    expect(document.activeElement).toBe(probationary);
    expect(location.hash).toBe('');
  });

  it('reports cross-field problems on the right field', () => {
    mount();
    type('本会有多少名正式党员？', '2');
    type('本会有多少名预备党员？', '0');
    type('其中，组织关系不在本会的党员有多少名？', '5');
    choose(/异地商会/, '否');
    choose(/业务主管部门/, '是');
    press('下一步');
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      '组织关系不在本会的党员人数不能超过正式党员与预备党员人数之和（2）',
    );
  });

  it('rejects a last election after this month', () => {
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'term', answers: { ...answers(), lastElection: undefined } as never }));
    mount();
    expect(heading().textContent).toContain('换届');
    type('上一次换届选举（新成立的，指成立时的选举）是哪年哪月？', '2025-07');
    press('下一步');
    expect(screen.getByRole('alert').textContent).toContain('上次换届年月不能晚于本月（2025-06）');
  });
});

describe('review', () => {
  it('lists every answer; 修改 returns to the step and focuses the field', () => {
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'development', answers: answers() }));
    mount();
    press('检查答案');
    expect(heading().textContent).toBe('检查答案');
    expect(document.activeElement).toBe(heading());
    const row = screen.getByText('本会党员目前的组织形式是？').closest('div') as HTMLElement;
    expect(within(row).getByText('本会单独建立了党支部')).toBeTruthy();
    const edit = within(row).getByRole('link', { name: /^修改\s*“党组织设置形式”$/ });
    fireEvent.click(edit);
    expect(heading().textContent).toBe('第 2 步，共 6 步：党组织设置');
    expect(document.activeElement).toBe(document.getElementById('q-organisationForm'));
    expect(screen.queryAllByRole('link', { name: /^修改/ })).toEqual([]);
  });
});

describe('result', () => {
  function showResult(): void {
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'development', answers: answers() }));
    mount();
    press('检查答案');
    press('查看自评结果');
  }

  it('shows both coverage cards: the verdict in words, then the status or score, then the summary', () => {
    showResult();
    expect(heading().textContent).toBe('自评结果');
    expect(document.activeElement).toBe(heading());
    expect(document.querySelector('.assessment-result__date')?.textContent).toBe('自评日期：2025年6月15日');

    const organisation = document.getElementById('gauge-organisation') as HTMLElement;
    expect(organisation.className).toContain('gauge--fix');
    // Only the overdue election stands against the organisation; its status line says what is set up.
    expect(verdict('gauge-organisation')).toBe('须整改（1项）');
    expect(organisation.querySelector('.gauge__status')?.textContent).toBe('已单独建立党组织');
    expect(organisation.querySelector('.gauge__summary')?.textContent).toBe(
      '本会有10名正式党员，已单独建立党组织。组织覆盖尚未达到要求：有1项须整改。',
    );
    expect(Array.from(organisation.querySelectorAll('p'), (p) => p.className)).toEqual(['gauge__value', 'gauge__status', 'gauge__summary']);

    const work = document.getElementById('gauge-work') as HTMLElement;
    // The work verdict comes from its findings (2 须整改, 1 建议), not from the score.
    expect(work.className).toContain('gauge--fix');
    expect(verdict('gauge-work')).toBe('须整改（2项）');
    // happy-dom has no meter role: check the element and what names it.
    const meter = work.querySelector('meter') as HTMLMeterElement;
    expect(document.getElementById(meter.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('工作覆盖（有效覆盖）');
    const score = Number(meter.getAttribute('value'));
    expect(score).toBeGreaterThanOrEqual(60); // a score that alone would only have been 建议
    expect(work.querySelector('.gauge__status')?.textContent).toBe(`落实程度：${score}分（满分100分）`);
    expect(work.querySelector('.gauge__summary')?.textContent).toMatch(/^工作覆盖尚未达到要求：有2项须整改，另有1项建议。/);
  });

  it('opens with one headline, the tools, then the to-do list by level in plain words with the shortfall', () => {
    showResult();
    const result = heading().closest('section') as HTMLElement;
    const headline = result.querySelector('.result-headline') as HTMLElement;
    expect(headline.textContent).toBe('3 项须整改、1 项建议');
    // Straight after the headline and date: the tools, then 须整改; the cards come after the to-do list.
    const order = ['.result-headline', '.result-tools', '.findings--fix', '.findings--advice', '.gauges'].map((sel) =>
      Array.from(result.querySelectorAll('*')).indexOf(result.querySelector(sel) as Element),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const fix = result.querySelector('.findings--fix') as HTMLElement;
    const todos = Array.from(fix.querySelectorAll('.finding__todo'), (p) => p.textContent);
    expect(todos).toEqual([
      '组织覆盖基层委员会、总支部委员会、支部委员会每届任期三年至五年——上次换届在2021年3月，本届已于2024年3月届满',
      '工作覆盖党支部每月开展1次主题党日——近12个月开了6次',
      '工作覆盖党组织做好党费收缴、使用和管理工作',
    ]);
    // The reasoning and the clauses are folded under each item.
    const more = fix.querySelector('[data-finding="life.themed-party-day"] details.finding__more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')?.textContent).toBe('说明和依据（党支部每月开展1次主题党日）');
    expect(more.textContent).toContain('最近12个月开展主题党日6次，少于12次。');
    // The old list of actions in legal wording is gone.
    expect(screen.queryByRole('heading', { name: '需要做的事' })).toBeNull();
    expect(result.textContent).not.toContain('按“党支部应当每月开展1次主题党日”开好主题党日');
  });

  it('folds the met requirements into one line that opens them', () => {
    showResult();
    const ok = document.querySelector('.findings--ok') as HTMLDetailsElement;
    expect(ok.tagName).toBe('DETAILS');
    expect(ok.open).toBe(false);
    expect(ok.querySelector('summary h3')?.textContent).toMatch(/^已达标（\d+项）$/);
    expect(ok.querySelectorAll('[data-finding]').length).toBeGreaterThan(5);
  });

  it('groups the findings by level, worst first, including 供参考', () => {
    showResult();
    const sections = Array.from(document.querySelectorAll('.findings'));
    expect(sections.map((s) => `${s.tagName} ${s.className}`)).toEqual([
      'SECTION findings findings--fix',
      'SECTION findings findings--advice',
      'SECTION findings findings--info',
      'DETAILS findings findings--ok',
    ]);
    expect(sections.map((s) => s.querySelector('h3')?.textContent?.replace(/（.*/, ''))).toEqual(['须整改', '建议', '供参考', '已达标']);
    const ids = (section: Element) => Array.from(section.querySelectorAll('[data-finding]'), (li) => li.getAttribute('data-finding'));
    // 2021-03 + 3 years = overdue; 6 主题党日 of 12; 党费 not managed.
    expect(ids(sections[0]!)).toEqual(['term.status', 'life.themed-party-day', 'role.party-dues']);
    expect(sections[0]!.querySelector('h3')?.textContent).toBe('须整改（3项）');
    expect(ids(sections[1]!)).toEqual(['role.cross-appointment']);
    // 党课 held, but the corpus sets no frequency to check it against.
    expect(ids(sections[2]!)).toEqual(['life.party-lecture']);
    expect(ids(sections[3]!)).toContain('org.setup');
  });

  it('quotes the clause each finding rests on, with its strength and a link to the article', () => {
    showResult();
    const dues = document.querySelector('[data-finding="role.party-dues"]') as HTMLElement;
    const quote = dues.querySelector('figure.norm-quote[data-norm="med16-dues"]') as HTMLElement;
    expect(quote.querySelector('blockquote')?.textContent).toBe(findNorm('med16-dues')?.quote);
    expect(quote.querySelector('.strength')?.textContent).toBe('刚性要求');
    const link = within(quote).getByRole('link', {
      // happy-dom lays out no inline boxes: the name gains spaces around the article number's .nowrap span.
      name: (name) => name.replace(/\s/g, '') === '《中国共产党党员教育管理工作条例》第十六条第三款',
    });
    expect(link.getAttribute('href')).toBe('/regulations/member-education-regulations/ch-x/#art-16');
    expect(quote.querySelector('blockquote')?.getAttribute('cite')).toBe(link.getAttribute('href'));

    // What only the explainer says is a recommendation, and is labelled as the explainer's.
    const cross = document.querySelector('[data-finding="role.cross-appointment"]') as HTMLElement;
    const explainer = cross.querySelector('figure.norm-quote[data-norm="si3-cross"]') as HTMLElement;
    expect(explainer.querySelector('.strength')?.textContent).toBe('解读文章的建议');
    expect(explainer.textContent).toContain('不是法规条文');
    expect(within(explainer).getByRole('link', { name: '解读文章《加强行业协会商会党的建设工作》四（三）' }).getAttribute('href')).toBe(
      '/explainers/xiehui-shanghui-dangjian/si/#si-3',
    );

    const setup = document.querySelector('[data-finding="org.setup"]') as HTMLElement;
    expect(within(setup).getByRole('link', { name: '解读文章《加强行业协会商会党的建设工作》四（一）' }).getAttribute('href')).toBe(
      '/explainers/xiehui-shanghui-dangjian/si/#si-1',
    );

    // The old one-line list of citations is gone, and so is the old name of the explainer.
    expect(document.querySelector('.finding__cites')).toBeNull();
    expect(document.body.textContent).not.toContain('依据：');
    expect(document.body.textContent).not.toContain('本站导读文章');
  });

  it('a cited source that is not on the site is named without a link, and the finding says so', () => {
    const refs = Object.fromEntries(
      Object.entries(REFS).map(([key, ref]) => [
        key,
        key.startsWith('member-education-regulations#') ? { ...ref, href: null, text: [] } : ref,
      ]),
    );
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'role', view: 'result', answers: answers() }));
    render(
      <Assessment
        refs={refs}
        sources={SOURCES.filter((s) => s !== 'member-education-regulations')}
        titles={SOURCE_TITLES}
        texts={TEXTS}
        today={TODAY}
      />,
    );
    const dues = document.querySelector('[data-finding="role.party-dues"]') as HTMLElement;
    expect(dues.textContent).toContain('《中国共产党党员教育管理工作条例》尚未收录本站');
    const quote = dues.querySelector('figure.norm-quote') as HTMLElement;
    expect(quote.querySelector('blockquote')?.textContent).toBe(findNorm('med16-dues')?.quote);
    expect(quote.textContent).toContain('《中国共产党党员教育管理工作条例》第十六条第三款（原文暂未收录）');
    expect(within(quote).queryByRole('link')).toBeNull();
    expect(quote.querySelector('blockquote')?.hasAttribute('cite')).toBe(false);
  });

  it('the report part holds the answers and the text of each cited article', () => {
    showResult();
    const sources = screen.getByRole('heading', { name: '引用条文原文' }).closest('section') as HTMLElement;
    expect(sources.className).toContain('print-only');
    const art16 = sources.querySelector('[data-source="member-education-regulations#16"]') as HTMLElement;
    expect(art16.textContent).toBe('《中国共产党党员教育管理工作条例》第十六条《中国共产党党员教育管理工作条例》第十六条的条文');
    expect(sources.querySelector('[data-source="explainer#si-3"]')?.textContent).toBe(
      '解读文章《加强行业协会商会党的建设工作》四（三）si-3的段落',
    );
    const report = screen.getByRole('heading', { name: '填写的答案' }).closest('section') as HTMLElement;
    expect(within(report).getByText('上一次换届选举（新成立的，指成立时的选举）是哪年哪月？').nextElementSibling?.textContent).toBe(
      '2021-03',
    );
    expect(within(report).getByText(/党员和党员之间的谈心谈话/).nextElementSibling?.textContent).toBe('每两人之间都至少谈过1次');
  });

  it('offers a share link carrying the answers in the hash, and a print button', () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const share = vi.fn((_data: ShareData) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    showResult();
    fireEvent.input(screen.getByLabelText(/^协会商会名称/), { target: { value: '某市测试协会' } });
    press('发给党建指导员');
    const url = share.mock.calls[0]?.[0].url ?? '';
    // The link carries the date the answers were given, so it is assessed as of that day wherever it is opened.
    expect(url).toBe(`${location.origin}/assessment/#${encodeAnswers(answers(), TODAY)}`);
    expect(url).toMatch(new RegExp(`^[^#]+#a4\\.[^.]+\\.${TODAY.replaceAll('-', '')}\\.`));
    press('打印或导出 PDF');
    expect(print).toHaveBeenCalledOnce();
  });

  it('8 正式党员 in an own branch without a committee, elected 2021-05: the organisation card says 须整改', () => {
    mount();
    type('本会有多少名正式党员？', '8');
    type('本会有多少名预备党员？', '0');
    type('其中，组织关系不在本会的党员有多少名？', '0');
    choose(/业务主管部门/, '否');
    press('下一步');
    choose('本会党员目前的组织形式是？', '本会单独建立了党支部');
    choose('党支部是否设立了支部委员会？', '否');
    expect(group(/纪检委员/)).toBeNull();
    choose('党组织书记目前是否在任？', '是');
    choose(/报上级党组织批准/, '是');
    choose('党支部书记的党龄是否满1年？', '是');
    choose(/任职培训/, '是');
    choose('是否划分了党小组？', '是');
    choose('党组织书记是否由本会管理层人员担任？', '是');
    press('下一步');
    expect(heading().textContent).toContain('换届');
    choose('上级党组织批准的每届任期是几年？', '3年');
    type('上一次换届选举（新成立的，指成立时的选举）是哪年哪月？', '2021-05');
    press('下一步');
    expect(heading().textContent).toContain('组织生活');
    expect(screen.queryByLabelText(/支部委员会会议/)).toBeNull();
    type('最近12个月召开了几次党员大会？', '4');
    type('最近12个月召开了几次党小组会？', '12');
    type('最近12个月上了几次党课？', '4');
    type('最近12个月开展了几次主题党日？', '12');
    type('最近12个月召开了几次组织生活会？', '1');
    choose('最近12个月是否开展了民主评议党员？', '是');
    // Without a committee, only talks between members are asked about.
    expect(group(/委员之间/)).toBeNull();
    choose(/党员和党员之间/, '每两人之间都至少谈过1次');
    choose(/32学时/, '是');
    press('下一步');
    expect(heading().textContent).toContain('作用发挥');
    for (const question of [
      '本会章程是否写入了党建工作要求？',
      '党组织班子成员与本会领导班子成员是否交叉任职？',
      '党组织书记是否参加或列席本会管理层的有关会议？',
      '最近12个月，党支部书记是否向上级党组织和党支部党员大会述职？',
      '最近12个月，党支部书记是否参加过县级以上党组织举办的集中轮训？',
      '党员档案是否齐全、规范？',
      '党费是否按规定收缴、使用和管理？',
      '本会党组织是否及时向上级党组织报告重要情况、报告工作？',
    ]) {
      choose(question, '是');
    }
    expect(group(/党建指导员/)).toBeNull();
    press('下一步');
    expect(heading().textContent).toContain('发展党员');
    choose(/经常开展发展党员工作/, '是');
    type('最近12个月，本会党组织收到几份入党申请书？', '0');
    type('本会党组织现有几名入党积极分子？', '0');
    // No applications, no activists, no 预备党员: nothing more to ask.
    expect(group(/一个月内/)).toBeNull();
    expect(group(/培养联系人/)).toBeNull();
    expect(group(/转为正式党员/)).toBeNull();
    press('检查答案');
    press('查看自评结果');
    expect(heading().textContent).toBe('自评结果');

    expect(verdict('gauge-organisation')).toMatch(/^须整改/);
    expect(verdict('gauge-organisation')).toBe('须整改（1项）');
    expect(document.getElementById('gauge-organisation')?.className).toContain('gauge--fix');
    expect(document.getElementById('gauge-organisation')?.querySelector('.gauge__summary')?.textContent).toContain('组织覆盖尚未达到要求');
    expect(document.querySelector('.findings--fix [data-finding="org.committee"]')).toBeTruthy();
    expect(document.body.textContent).not.toContain('已实现');
  });
});

describe('norm quotes', () => {
  const scenarios: [string, Answers][] = [
    ['a branch with gaps', ANSWERS],
    [
      'a branch without a committee',
      answersWith({ formalMembers: 8, probationaryMembers: 0, membersRelationElsewhere: 0, hasCommittee: false, lastElection: '2021-05' }),
    ],
    [
      'a 党委 with members elsewhere and half-done work',
      answersWith({
        formalMembers: 60,
        membersRelationElsewhere: 5,
        formalElsewhere: 5,
        outOfTownChamber: true,
        organisationForm: 'higher',
        higherForm: 'committee',
        hasDisciplineMember: false,
        relationsPending: true,
        elsewhereMembersParticipate: false,
        talksCommittee: 'some',
        generalMeetings: 1,
        lifeMeetings: 0,
        hasPartyInstructor: false,
      }),
    ],
    [
      'members in a joint branch',
      answersWith({
        formalMembers: 2,
        probationaryMembers: 0,
        membersRelationElsewhere: 0,
        organisationForm: 'joint',
        jointParticipation: false,
      }),
    ],
    [
      'no members and no outreach',
      answersWith({ formalMembers: 0, probationaryMembers: 0, membersRelationElsewhere: 0, organisationForm: 'none', outreach: 'none' }),
    ],
    [
      '3 members without an organisation',
      answersWith({ formalMembers: 3, probationaryMembers: 0, membersRelationElsewhere: 0, organisationForm: 'none', outreach: 'none' }),
    ],
  ];

  it.each(scenarios)('%s: every finding quotes its norms, each with a non-empty quote, a strength and a link', (_name, scenario) => {
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'role', view: 'result', answers: scenario }));
    mount();
    expect(heading().textContent).toBe('自评结果');
    const expected = assess(scenario, { today: TODAY, availableSources: SOURCES, titles: SOURCE_TITLES });
    const items = Array.from(document.querySelectorAll<HTMLElement>('.assessment-result [data-finding]'));
    expect(items.length).toBe(expected.findings.length);
    const hrefs = new Set(Object.values(REFS).map((r) => r.href));
    for (const item of items) {
      const id = item.getAttribute('data-finding');
      const finding = expected.findings.find((f) => f.id === id);
      const quotes = Array.from(item.querySelectorAll<HTMLElement>('figure.norm-quote'));
      expect(quotes.length, `${id} quotes no norm`).toBeGreaterThan(0);
      expect(quotes.map((q) => q.getAttribute('data-norm'))).toEqual(finding?.norms);
      for (const quote of quotes) {
        const norm = findNorm(quote.getAttribute('data-norm') ?? '');
        const text = quote.querySelector('blockquote')?.textContent?.trim() ?? '';
        expect(text, `${id}: empty quote`).not.toBe('');
        expect(text).toBe(norm?.quote);
        expect(Object.values(STRENGTH_LABELS)).toContain(quote.querySelector('.strength')?.textContent);
        const link = quote.querySelector('figcaption a');
        expect(link, `${id}: ${norm?.id} has no link`).not.toBeNull();
        expect(hrefs.has(link?.getAttribute('href') ?? null)).toBe(true);
      }
    }
  });
});

describe('saving and loading', () => {
  it('saves every change and resumes at the saved step with a notice; 清除 forgets it', () => {
    const first = mount();
    type('本会有多少名正式党员？', '7');
    expect(saved()).toEqual({ v: 1, step: 'basics', date: TODAY, answers: { formalMembers: 7, termExtended: 'not-due' } });
    type('本会有多少名预备党员？', '0');
    type('其中，组织关系不在本会的党员有多少名？', '0');
    choose(/业务主管部门/, '不清楚');
    press('下一步');
    expect(saved()?.step).toBe('organisation');
    first.unmount();

    mount();
    expect(heading().textContent).toContain('党组织设置');
    expect(screen.getByRole('status').textContent).toBe('已恢复您上次在本机保存的填写进度，可以接着填写。');
    press('上一步');
    expect(input('本会有多少名正式党员？').value).toBe('7');
    // 清除 asks first; declining keeps everything.
    expect(clearing('清除已填内容', false)).toBe('确定清除已填写的全部答案吗？清除后无法恢复。');
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    expect(input('本会有多少名正式党员？').value).toBe('7');
    clearing('清除已填内容');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(input('本会有多少名正式党员？').value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('已清除本机保存的填写内容，请重新填写。');
    expect(document.activeElement).toBe(heading());
  });

  it.each([
    ['corrupted', '{"v":1,"step":', '上次保存的填写进度已损坏，无法恢复，请重新填写。'],
    ['old version', '{"v":0,"step":"basics","answers":{"formalMembers":3}}', '上次保存的填写进度来自旧版问卷，已无法沿用，请重新填写。'],
  ])('%s saved data: says so in a sentence and starts fresh', (_name, raw, message) => {
    localStorage.setItem(STORAGE_KEY, raw);
    mount();
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(heading().textContent).toContain('第 1 步');
    expect(input('本会有多少名正式党员？').value).toBe('');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('a saved result is assessed as of the day its answers were last changed, says so later, and shares that day', () => {
    // Typical answers: the term that ended in 2024-03 was not yet over on 2023-06-03.
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'development', view: 'result', date: '2023-06-03', answers: answers() }));
    mount();
    expect(document.querySelector('.assessment-result__date')?.textContent).toBe(
      '自评日期：2023年6月3日。本结果按填写日期2023年6月3日计算',
    );
    expect(document.querySelector('[data-finding="term.status"]')?.closest('.findings--fix')).toBeNull();
    const share = vi.fn((_data: ShareData) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    fireEvent.input(screen.getByLabelText(/^协会商会名称/), { target: { value: '某市测试协会' } });
    press('发给党建指导员');
    expect(share.mock.calls[0]?.[0].url).toBe(`${location.origin}/assessment/#${encodeAnswers(answers(), '2023-06-03')}`);
    expect(share.mock.calls[0]?.[0].text).toContain('填写日期：2023年6月3日');
    // Changing an answer makes the answers today's.
    press('修改答案');
    fireEvent.click(screen.getByRole('link', { name: /^修改\s*“正式党员人数”$/ }));
    type('本会有多少名正式党员？', '11');
    expect(saved()?.date).toBe(TODAY);
  });

  it('不清楚 in 作用发挥 is saved, survives a reload and leads to 请向上级党组织核实, not 已达标', () => {
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'role', answers: answers() }));
    const first = mount();
    choose('党员档案是否齐全、规范？', '不清楚');
    expect(saved()?.answers['memberFilesComplete']).toBe('unknown');
    first.unmount();

    mount();
    const files = within(screen.getByRole('group', { name: '党员档案是否齐全、规范？' }));
    expect((files.getByLabelText('不清楚') as HTMLInputElement).checked).toBe(true);
    press('下一步');
    press('检查答案');
    expect(screen.getByText('党员档案是否齐全、规范？').nextElementSibling?.textContent).toBe('不清楚');
    press('查看自评结果');
    const item = document.querySelector('.findings--advice [data-finding="role.member-files"]') as HTMLElement;
    expect(item.querySelector('.finding__todo')?.textContent).toMatch(/——答的是不清楚，请向上级党组织核实$/);
    expect(item.textContent).toContain('请向上级党组织核实：');
  });

  it('a reload after viewing the result shows the result again; a reload while editing shows the form', () => {
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'development', answers: answers() }));
    const first = mount();
    press('检查答案');
    press('查看自评结果');
    expect(saved()).toMatchObject({ step: 'development', view: 'result' });
    first.unmount();

    const second = mount();
    expect(heading().textContent).toBe('自评结果');
    const notice = document.querySelector('.assessment-notice') as HTMLElement;
    expect([notice.getAttribute('role'), notice.textContent]).toEqual(['status', RESTORED_RESULT]);
    expect(verdict('gauge-organisation')).toBe('须整改（1项）');
    expect(document.querySelector('[data-finding="role.party-dues"]')).toBeTruthy();
    // Loading saves nothing new.
    expect(saved()).toMatchObject({ step: 'development', view: 'result' });
    // Its own result: editing asks nothing.
    const confirm = stubConfirm(false);
    press('修改答案');
    expect(confirm).not.toHaveBeenCalled();
    expect(heading().textContent).toBe('检查答案');
    expect(saved()?.view).toBeUndefined();
    second.unmount();

    mount();
    expect(heading().textContent).toBe('第 6 步，共 6 步：发展党员');
    expect(screen.getByRole('status').textContent).toBe(RESTORED);
  });

  it('a save from a newer version is kept, explained, and never written over', () => {
    const newer = '{"v":2,"step":"life","answers":{"formalMembers":3,"somethingNew":true}}';
    localStorage.setItem(STORAGE_KEY, newer);
    mount();
    expect(screen.getByRole('alert').textContent).toBe(
      '本机保存的填写进度来自更新版本的问卷，当前页面无法读取。为免丢失，它已原样保留，本次填写不会保存到本机；请刷新页面以使用新版问卷。',
    );
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    expect(heading().textContent).toBe('第 1 步，共 6 步：基本情况');
    expect(input('本会有多少名正式党员？').value).toBe('');
    fillBasics();
    press('下一步');
    choose('本会党员目前的组织形式是？', '本会单独建立了党支部');
    expect(heading().textContent).toContain('党组织设置');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    // Clearing clears the page, not the newer save.
    clearing('清除已填内容');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    expect(screen.getByRole('status').textContent).toBe('已清除本页填写的内容。本机保存的新版进度仍原样保留。');
    type('本会有多少名正式党员？', '4');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('a save with a field that cannot be read restores the rest and names the field', () => {
    // The first questionnaire saved 谈心谈话 as 是/否; it is a choice now.
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        v: 1,
        step: 'basics',
        answers: { formalMembers: 6, probationaryMembers: 0, membersRelationElsewhere: 0, heartToHeartMembers: true },
      }),
    );
    mount();
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toBe(`${RESTORED}以下保存的答案无法读取，已略去，请重新填写：党员之间的谈心谈话。`);
    expect(input('本会有多少名正式党员？').value).toBe('6');
  });

  it('a save with nothing readable does not claim to have restored anything', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, step: 'life', answers: { formalMembers: 'ten', heartToHeartMembers: true } }));
    mount();
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('没有可以恢复的答案');
    expect(notice.textContent).toContain('正式党员人数、党员之间的谈心谈话');
    expect(document.querySelector('.assessment')?.textContent).not.toContain('已恢复');
  });

  it('works (without saving) when storage throws', () => {
    const spy = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    mount();
    type('本会有多少名正式党员？', '3');
    expect(heading().textContent).toContain('第 1 步');
    spy.mockRestore();
  });
});

describe('share links', () => {
  /**
   * Opens a share link of answers() (with `save` already in this browser's storage, when
   * given) and waits for its result. The decoder comes with the results module, so a link
   * is read a promise later.
   */
  async function openLink(save?: string): Promise<ReturnType<typeof mount>> {
    if (save !== undefined) localStorage.setItem(STORAGE_KEY, save);
    history.replaceState(null, '', `/assessment/#${encodeAnswers(answers())}`);
    const mounted = mount();
    await waitFor(() => expect(heading().textContent).toBe('自评结果'));
    return mounted;
  }

  it('opening a link shows the same result directly, without saving it', async () => {
    await openLink();
    expect(document.querySelector('.assessment-notice')?.textContent).toContain('通过分享链接打开');
    expect(document.querySelectorAll('[data-finding]').length).toBeGreaterThan(10);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    // Editing makes the answers the user's own: saved, and the hash goes. Nothing was saved before, so nothing is asked.
    const confirm = stubConfirm(false);
    press('修改答案');
    expect(confirm).not.toHaveBeenCalled();
    expect(heading().textContent).toBe('检查答案');
    expect(saved()?.answers['duesManaged']).toBe(false);
    expect(location.hash).toBe('');
  });

  describe('while the user has own progress saved', () => {
    const OWN = serialiseState({ step: 'life', answers: { formalMembers: 2, probationaryMembers: 0, organisationForm: 'branch' } });
    const OWN_TEXT = '本机保存的自评进度（已回答 3 题，停在“组织生活”一步）';

    it('清除并重新开始 asks first; declining keeps the saved progress and the result', async () => {
      await openLink(OWN);
      expect(clearing('清除并重新开始', false)).toContain(OWN_TEXT);
      expect(localStorage.getItem(STORAGE_KEY)).toBe(OWN);
      expect(heading().textContent).toBe('自评结果');
      expect(location.hash).toMatch(/^#a4\./);
    });

    it('清除并重新开始, confirmed, deletes the saved progress and starts afresh', async () => {
      await openLink(OWN);
      clearing('清除并重新开始');
      expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
      expect(heading().textContent).toBe('第 1 步，共 6 步：基本情况');
      expect(screen.getByRole('status').textContent).toBe(CLEARED);
      expect(location.hash).toBe('');
    });

    it('the 清除并重新开始 question says the saved progress will be deleted, not replaced', async () => {
      await openLink(OWN);
      const message = clearing('清除并重新开始', false);
      expect(message).toContain(`${OWN_TEXT}将被删除`);
      expect(message).not.toContain('替换');
    });

    it('修改答案 asks first; declining stays on the result and saves nothing', async () => {
      await openLink(OWN);
      const confirm = stubConfirm(false);
      press('修改答案');
      expect(confirm).toHaveBeenCalledOnce();
      expect(confirm.mock.calls[0]?.[0]).toContain(`${OWN_TEXT}将被替换`);
      expect(heading().textContent).toBe('自评结果');
      expect(localStorage.getItem(STORAGE_KEY)).toBe(OWN);
      expect(location.hash).toMatch(/^#a4\./);
    });

    it('修改答案, confirmed, goes to the review and saves the answers as the user edits them', async () => {
      await openLink(OWN);
      const confirm = stubConfirm(true);
      press('修改答案');
      expect(confirm).toHaveBeenCalledOnce();
      expect(heading().textContent).toBe('检查答案');
      expect(location.hash).toBe('');
      fireEvent.click(screen.getByRole('link', { name: /^修改\s*“党费是否规范管理”$/ }));
      expect(heading().textContent).toContain('作用发挥');
      choose('党费是否按规定收缴、使用和管理？', '是');
      expect(saved()).toMatchObject({ step: 'role', answers: { ...answers(), duesManaged: true } });
      expect(saved()?.view).toBeUndefined();
      expect(confirm).toHaveBeenCalledOnce();
      // Once the answers are the user's own, 清除 asks about them, not about a share link.
      press('下一步');
      press('检查答案');
      press('查看自评结果');
      expect(clearing('清除并重新开始')).toBe('确定清除已填写的全部答案吗？清除后无法恢复。');
      expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    });
  });

  it("a share link opened over a newer version's save still warns that nothing will be saved", async () => {
    const newer = '{"v":2,"step":"life","answers":{"formalMembers":3}}';
    await openLink(newer);
    const notices = Array.from(document.querySelectorAll('.assessment-notice'), (n) => n.textContent ?? '');
    expect(notices.some((t) => t.includes('通过分享链接打开'))).toBe(true);
    // Without this, editing the shared answers would silently save nothing.
    expect(notices.some((t) => t.includes('本次填写不会保存到本机'))).toBe(true);
  });

  it("a share link opened over a newer version's save: editing asks nothing and leaves that save alone", async () => {
    const newer = '{"v":2,"step":"life","answers":{"formalMembers":3}}';
    await openLink(newer);
    const confirm = stubConfirm(false);
    press('修改答案');
    expect(confirm).not.toHaveBeenCalled();
    expect(heading().textContent).toBe('检查答案');
    press('查看自评结果');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('without own saved progress, 清除并重新开始 asks only whether to start again, and 修改答案 asks nothing', async () => {
    const first = await openLink();
    expect(clearing('清除并重新开始')).toBe('确定清除这份结果，从第一步重新填写吗？');
    const confirm = stubConfirm(false);
    expect(heading().textContent).toBe('第 1 步，共 6 步：基本情况');
    first.unmount();

    await openLink();
    press('修改答案');
    expect(heading().textContent).toBe('检查答案');
    expect(confirm).not.toHaveBeenCalled();
  });

  it.each([
    ['tampered', (h: string) => h.replace(/^a4\.10-/, 'a4.3-'), '分享链接校验失败，可能在复制时被截断或内容被修改，请重新复制完整链接。'],
    ['truncated', (h: string) => h.slice(0, 20), '分享链接不完整，可能在复制时被截断，请重新复制完整链接。'],
    ['another version', () => 'a9.1-2.x', '无法识别这个分享链接的版本，它可能来自旧版页面或已被修改，请重新填写问卷。'],
  ])('a %s link shows the message and a fresh questionnaire', async (_name, mangle, message) => {
    history.replaceState(null, '', `/assessment/#${mangle(encodeAnswers(answers()))}`);
    mount();
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(heading().textContent).toBe('第 1 步，共 6 步：基本情况');
    expect(location.hash).toBe('');
  });

  it('a link of the first questionnaire (a1) says it is from the old questionnaire and shows a fresh one', async () => {
    // The body of a valid a2 link under the old prefix: only the version is wrong.
    history.replaceState(null, '', `/assessment/#${encodeAnswers(answers()).replace(/^a4\./, 'a1.')}`);
    mount();
    expect((await screen.findByRole('alert')).textContent).toContain('旧版问卷');
    expect(heading().textContent).toBe('第 1 步，共 6 步：基本情况');
    expect(location.hash).toBe('');
  });

  it('a share link pasted into the address bar of the open page is shown too', async () => {
    mount();
    expect(heading().textContent).toContain('第 1 步');
    history.replaceState(null, '', `/assessment/#${encodeAnswers(answers())}`);
    act(() => {
      window.dispatchEvent(new Event('hashchange'));
    });
    await waitFor(() => expect(heading().textContent).toBe('自评结果'));
  });

  it('ignores hashes that are not share links (such as the skip link)', () => {
    history.replaceState(null, '', '/assessment/#main');
    mount();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(location.hash).toBe('#main');
  });
});

it('sends nothing anywhere while answering and showing the result', () => {
  const fetchSpy = vi.fn();
  const open = vi.spyOn(XMLHttpRequest.prototype, 'open');
  const beacon = vi.fn();
  vi.stubGlobal('fetch', fetchSpy);
  Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true });
  mount();
  fillBasics();
  press('下一步');
  choose('本会党员目前的组织形式是？', '本会单独建立了党支部');
  press('下一步');
  expect(fetchSpy).not.toHaveBeenCalled();
  expect(open).not.toHaveBeenCalled();
  expect(beacon).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
  open.mockRestore();
});
