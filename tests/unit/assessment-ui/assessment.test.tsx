// @vitest-environment happy-dom
/**
 * The island as a user meets it: rendered with @testing-library/preact, driven by
 * DOM events, asserted on the rendered output (text, roles, focus, attributes).
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import Assessment from '../../../src/islands/assessment/Assessment';
import { loadResults } from '../../../src/islands/assessment/use-results';
import { encodeAnswers, parseAnswers, serialiseState, STORAGE_KEY, type Answers } from '../../../src/lib/assessment';
import { ANSWERS, REFS, SOURCES, TODAY } from './helpers';

const answers = (): Answers => {
  const parsed = parseAnswers(ANSWERS);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.answers;
};

const mount = () => render(<Assessment refs={REFS} sources={SOURCES} today={TODAY} />);
const heading = () => screen.getByRole('heading', { level: 2 });
const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string | RegExp, value: string) => fireEvent.input(input(label), { target: { value } });
const choose = (question: string | RegExp, option: string) =>
  fireEvent.click(within(screen.getByRole('group', { name: question })).getByLabelText(option));
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { step: string; answers: Record<string, unknown> } | null;

function fillBasics(): void {
  type('本会有多少名正式党员？', '10');
  type('本会有多少名预备党员？', '1');
  type('其中，组织关系不在本会的党员有多少名？', '0');
  choose(/业务主管部门/, '否');
}

// The page loads the results module once the user starts (see use-results.test.tsx);
// here it is loaded up front so that each view appears in the same task as its action.
beforeAll(async () => {
  await loadResults();
});
beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/assessment/');
});
afterEach(cleanup);

describe('steps', () => {
  it('goes step by step with the progress in the focused heading, keeping answers on the way back', () => {
    mount();
    expect(heading().textContent).toBe('第 1 步，共 5 步：基本情况');
    // Loading does not steal focus from the page.
    expect(document.activeElement).toBe(document.body);
    fillBasics();
    press('下一步');
    expect(heading().textContent).toBe('第 2 步，共 5 步：党组织设置');
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

  it('a step is a fieldset named by its heading; hints are tied to their controls', () => {
    mount();
    const step = screen.getByRole('group', { name: /^第 1 步，共 5 步\s*：\s*基本情况$/ });
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
    const described = (probationary.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
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
    choose(/业务主管部门/, '是');
    press('下一步');
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('组织关系不在本会的党员人数不能超过正式党员与预备党员人数之和（2）');
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
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'role', answers: answers() }));
    mount();
    press('检查答案');
    expect(heading().textContent).toBe('检查答案');
    expect(document.activeElement).toBe(heading());
    const row = screen.getByText('本会党员目前的组织形式是？').closest('div') as HTMLElement;
    expect(within(row).getByText('本会单独建立了党支部')).toBeTruthy();
    const edit = within(row).getByRole('link', { name: /^修改\s*“党组织设置形式”$/ });
    fireEvent.click(edit);
    expect(heading().textContent).toBe('第 2 步，共 5 步：党组织设置');
    expect(document.activeElement).toBe(document.getElementById('q-organisationForm'));
    expect(screen.queryAllByRole('link', { name: /^修改/ })).toEqual([]);
  });
});

describe('result', () => {
  function showResult(): void {
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'role', answers: answers() }));
    mount();
    press('检查答案');
    press('查看自评结果');
  }

  it('shows both gauges, the actions and the findings grouped by level with citation links', () => {
    showResult();
    expect(heading().textContent).toBe('自评结果');
    expect(document.activeElement).toBe(heading());
    expect(screen.getByText('自评日期：2025年6月15日')).toBeTruthy();
    const organisation = document.getElementById('gauge-organisation') as HTMLElement;
    expect(organisation.textContent).toContain('已单独建立党组织');
    // happy-dom has no meter role: check the element and what names it.
    const meter = document.querySelector('#gauge-work meter') as HTMLMeterElement;
    expect(document.getElementById(meter.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('工作覆盖（有效覆盖）');
    expect(Number(meter.getAttribute('value'))).toBeGreaterThan(0);
    expect(document.getElementById('gauge-work')?.textContent).toContain(`${meter.getAttribute('value')}分（满分100分）`);

    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups.filter((t) => /（\d+项）$/.test(t ?? '')).map((t) => t?.replace(/（.*/, ''))).toEqual(['须整改', '建议', '已达标']);

    const fix = screen.getByRole('heading', { name: /^须整改/ }).closest('section') as HTMLElement;
    // 2021-03 + 3 years = overdue; 6 主题党日 of 12; 党费 not managed.
    const ids = Array.from(fix.querySelectorAll('[data-finding]')).map((li) => li.getAttribute('data-finding'));
    expect(ids).toEqual(['term.status', 'life.themed-party-day', 'role.party-dues']);
    const dues = fix.querySelector('[data-finding="role.party-dues"]') as HTMLElement;
    expect(within(dues).getByRole('link', { name: '《中国共产党支部工作条例（试行）》第九条第（三）项' }).getAttribute('href')).toBe('/regulations/branch-work-regulations/ch-x/#art-9');
    expect(within(dues).getByRole('link', { name: /导读文章.*四（二）/ }).getAttribute('href')).toBe('/article/si/#si-2');
    // A source that is not on the site: its name without a link.
    expect(dues.textContent).toContain('《关于中国共产党党费收缴、使用和管理的规定》（原文暂未收录）');
    expect(within(dues).queryByRole('link', { name: /党费收缴/ })).toBeNull();

    const actions = screen.getByRole('heading', { name: '需要做的事' }).nextElementSibling as HTMLElement;
    expect(actions.tagName).toBe('OL');
    expect(actions.textContent).toContain('规范党费收缴、使用和管理');
  });

  it('the report part holds the answers and the text of each cited article', () => {
    showResult();
    const sources = screen.getByRole('heading', { name: '引用条文原文' }).closest('section') as HTMLElement;
    expect(sources.className).toContain('print-only');
    const art9 = sources.querySelector('[data-source="branch-work-regulations#9"]') as HTMLElement;
    expect(art9.textContent).toBe('《中国共产党支部工作条例（试行）》第九条《中国共产党支部工作条例（试行）》第九条的条文');
    expect(sources.querySelector('[data-source="party-dues-rules"]')?.textContent).toBe('《关于中国共产党党费收缴、使用和管理的规定》（原文暂未收录）');
    const report = screen.getByRole('heading', { name: '填写的答案' }).closest('section') as HTMLElement;
    expect(within(report).getByText('上一次换届选举（新成立的，指成立时的选举）是哪年哪月？').nextElementSibling?.textContent).toBe('2021-03');
  });

  it('offers a share link carrying the answers in the hash, and a print button', () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    showResult();
    const url = (screen.getByLabelText(/用下面的链接/) as HTMLInputElement).value;
    expect(url).toBe(`${location.origin}/assessment/#${encodeAnswers(answers())}`);
    press('打印或导出 PDF');
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});

describe('saving and loading', () => {
  it('saves every change and resumes at the saved step with a notice; 清除 forgets it', () => {
    const first = mount();
    type('本会有多少名正式党员？', '7');
    expect(saved()).toEqual({ v: 1, step: 'basics', answers: { formalMembers: 7, termYears: '3' } });
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
    press('清除已填内容');
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
  // The decoder comes with the results module, so a link is read a promise later.
  it('opening a link shows the same result directly, without saving it', async () => {
    localStorage.setItem(STORAGE_KEY, serialiseState({ step: 'life', answers: { formalMembers: 2 } }));
    history.replaceState(null, '', `/assessment/#${encodeAnswers(answers())}`);
    mount();
    await waitFor(() => expect(heading().textContent).toBe('自评结果'));
    expect(document.querySelector('.assessment-notice')?.textContent).toContain('通过分享链接打开');
    expect(document.querySelectorAll('[data-finding]').length).toBeGreaterThan(10);
    expect(saved()?.answers).toEqual({ formalMembers: 2 });
    // Editing makes the answers the user's own: saved, and the hash goes.
    press('修改答案');
    expect(heading().textContent).toBe('检查答案');
    expect(saved()?.answers['duesManaged']).toBe(false);
    expect(location.hash).toBe('');
  });

  it.each([
    ['tampered', (h: string) => h.replace(/^a1\.10-/, 'a1.3-'), '分享链接校验失败，可能在复制时被截断或内容被修改，请重新复制完整链接。'],
    ['truncated', (h: string) => h.slice(0, 20), '分享链接不完整，可能在复制时被截断，请重新复制完整链接。'],
    ['another version', () => 'a9.1-2.x', '无法识别这个分享链接的版本，它可能来自旧版页面或已被修改，请重新填写问卷。'],
  ])('a %s link shows the message and a fresh questionnaire', async (_name, mangle, message) => {
    history.replaceState(null, '', `/assessment/#${mangle(encodeAnswers(answers()))}`);
    mount();
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(heading().textContent).toBe('第 1 步，共 5 步：基本情况');
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
