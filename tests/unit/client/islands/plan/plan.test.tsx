// @vitest-environment happy-dom
/**
 * The plan island as a user meets it: rendered with @testing-library/preact from a saved
 * assessment or a share link, driven by DOM events, asserted on the rendered output.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeAnswers } from '../../../../../src/shared/assessment/share';
import { serialiseState, STORAGE_KEY } from '../../../../../src/shared/assessment/storage';
import { STRENGTH_LABELS } from '../../../../../src/shared/assessment/norms';
import { planTable } from '../../../../../src/shared/plan/duties';
import Plan from '../../../../../src/client/islands/plan/Plan';
import { NO_ANSWERS, readSource, UNFINISHED } from '../../../../../src/client/islands/plan/source';
import { answersWith, SOURCE_TITLES } from '../../../../support/answers';

const TODAY = '2026-01-05';
const REFS = { 'member-education-regulations#16': { href: '/regulations/member-education-regulations/ch-3/#art-16' } };
const ANSWERS = answersWith({ lastElection: '2024-01', probationaryMembers: 2 });

const mount = () =>
  render(
    <Plan
      table={planTable(SOURCE_TITLES)}
      strengthLabels={STRENGTH_LABELS}
      refs={REFS}
      site="https://example.org"
      holidayYears={{ first: 2004, last: 2026 }}
      today={TODAY}
    />,
  );

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/assessment/plan/');
});
afterEach(cleanup);

describe('where the answers come from', () => {
  it('a share link first, then the saved assessment; a clear message otherwise', () => {
    const saved = serialiseState({ answers: ANSWERS, step: 'role', view: 'result' });
    expect(readSource(`#${encodeAnswers(ANSWERS)}`, null, TODAY)).toMatchObject({ kind: 'shared' });
    expect(readSource('', saved, TODAY)).toMatchObject({ kind: 'stored', answers: { organisationForm: 'branch' } });
    expect(readSource('', null, TODAY)).toEqual({ kind: 'none', message: NO_ANSWERS });
    expect(readSource('', serialiseState({ answers: { formalMembers: 3 }, step: 'basics' }), TODAY)).toEqual({
      kind: 'none',
      message: UNFINISHED,
    });
    expect(readSource('#a2.1-2.x', saved, TODAY)).toMatchObject({ kind: 'none', message: expect.stringContaining('分享链接') });
    expect(readSource('', '{not json', TODAY)).toMatchObject({ kind: 'none', message: expect.stringContaining('已损坏') });
  });

  it('reads the answers as of the day they were given, from a dated link or a dated save', () => {
    const answers = answersWith({ lastElection: '2025-03' });
    // Opened months later, the plan still takes the link.
    expect(readSource(`#${encodeAnswers(answers, '2025-04-02')}`, null, '2026-01-10')).toMatchObject({ kind: 'shared', answers });
    // A save whose election month is after today's month but not after its own date (a clock set back) is still read.
    const later = answersWith({ lastElection: '2026-03' });
    expect(readSource('', serialiseState({ answers: later, step: 'role', view: 'result', date: '2026-03-20' }), TODAY)).toMatchObject({
      kind: 'stored',
    });
    expect(readSource('', serialiseState({ answers: later, step: 'role', view: 'result' }), TODAY)).toEqual({
      kind: 'none',
      message: UNFINISHED,
    });
  });
});

describe('the plan island', () => {
  it('without answers, says so and leads to the assessment', async () => {
    mount();
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toBe(NO_ANSWERS);
    expect(screen.getByRole('link', { name: '去做“两个覆盖”自评' }).getAttribute('href')).toBe('/assessment/');
  });

  it('from the saved assessment: duties with 须整改 first, clauses linked, the month table', async () => {
    localStorage.setItem(STORAGE_KEY, serialiseState({ answers: ANSWERS, step: 'role', view: 'result' }));
    mount();
    await screen.findByText('根据本机保存的自评答案制定。', { exact: false });
    const duties = [...document.querySelectorAll<HTMLElement>('[data-duty]')];
    expect(duties[0]?.dataset['duty']).toBe('themed-day');
    expect(duties.map((d) => d.querySelector('.plan-level')?.textContent)).toContain('未做到：建议');
    const themed = duties[0]!;
    expect(
      within(themed)
        // happy-dom lays out no inline boxes: the name gains spaces around the article number's .nowrap span.
        .getByRole('link', { name: (name) => name.replace(/\s/g, '') === '《中国共产党党员教育管理工作条例》第十六条第二款' })
        .getAttribute('href'),
    ).toBe(REFS['member-education-regulations#16'].href);
    expect(themed.textContent).toContain('党支部应当每月开展1次主题党日');
    // 2026-01-05 to 2027-01-04: 13 calendar months, the first Friday of January 2026 is the 2nd (元旦 holiday).
    expect(document.querySelectorAll('.plan-months tbody tr')).toHaveLength(13);
    expect(document.querySelector('[data-month="2026-02"]')?.textContent).toContain('6日（五）主题党日');
    expect(document.querySelector('[data-holidays]')?.textContent).toContain('2004年至2026年');
    expect(document.querySelector('[data-holidays]')?.textContent).toContain('2027年的安排尚未收录');
  });

  it('from a share link, with the 主题党日 rule changed and a 预备党员’s date entered', async () => {
    history.replaceState(null, '', `/assessment/plan/#${encodeAnswers(ANSWERS)}`);
    mount();
    await screen.findByText('根据分享链接中的自评答案制定（没有保存到本机）。', { exact: false });
    fireEvent.click(screen.getByLabelText('2026年全年'));
    const rule = screen.getByRole('group', { name: '主题党日（每月相对固定1天）' });
    fireEvent.change(within(rule).getByLabelText('每月'), { target: { value: 'date' } });
    fireEvent.change(within(rule).getByLabelText('几日'), { target: { value: '15' } });
    await waitFor(() => expect(document.querySelector('.plan-period-text')?.textContent).toContain('主题党日每月15日'));
    expect(document.querySelector('[data-month="2026-03"]')?.textContent).toContain('16日（一）主题党日、党小组会（原定15日，星期日顺延）');
    fireEvent.input(screen.getByLabelText('第1名'), { target: { value: '2025-09-20' } });
    await waitFor(() => expect(document.querySelector('[data-milestone="probation-due"]')?.textContent).toContain('2026年9月20日期满'));
    fireEvent.input(screen.getByLabelText('第2名'), { target: { value: '2026-03-01' } });
    await screen.findByText('接收日期不能晚于今天', { exact: false });
    expect(document.querySelectorAll('[data-milestone="probation-due"]')).toHaveLength(1);
  });

  it('types the association’s name into the printed heading', async () => {
    localStorage.setItem(STORAGE_KEY, serialiseState({ answers: ANSWERS, step: 'role', view: 'result' }));
    mount();
    const field = (await screen.findByLabelText('协会商会名称', { exact: false })) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '某市示例行业协会' } });
    expect(field.value).toBe('某市示例行业协会');
  });
});
