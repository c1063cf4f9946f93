// @vitest-environment happy-dom
/**
 * The results module (engine, review, result) is fetched only once the user starts,
 * shows a status while it arrives and a clear message, losing nothing, if it cannot.
 * Each test imports the island afresh so the module-level loader starts empty.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serialiseState, STORAGE_KEY, visibleSteps } from '../../../../../src/shared/assessment';
import { ANSWERS, REFS, SOURCE_TITLES, SOURCES, TEXTS, TODAY } from './helpers';

const RESULTS = '../../../../../src/client/islands/assessment/results';
const gate = { loads: 0, release: () => {} };

/** Renders a fresh copy of the island whose results module loads, fails or waits. */
async function mount(mode: 'ok' | 'fail' | 'hold' = 'ok') {
  vi.resetModules();
  vi.doMock(RESULTS, async (importOriginal) => {
    gate.loads++;
    if (mode === 'fail') throw new Error('network down');
    if (mode === 'hold') await new Promise<void>((resolve) => (gate.release = resolve));
    return importOriginal();
  });
  const { default: Assessment } = await import('../../../../../src/client/islands/assessment/Assessment');
  return render(<Assessment refs={REFS} sources={SOURCES} titles={SOURCE_TITLES} texts={TEXTS} today={TODAY} />);
}

/** Saved answers resumed at the last step, one click away from the review. */
function resumeAtLastStep(): void {
  const last = visibleSteps(ANSWERS).at(-1)?.id;
  localStorage.setItem(STORAGE_KEY, serialiseState({ step: last ?? 'basics', answers: ANSWERS }));
}

const heading = () => screen.getByRole('heading', { level: 2 });

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/assessment/');
  gate.loads = 0;
});
afterEach(() => {
  cleanup();
  vi.doUnmock(RESULTS);
});

describe('results module', () => {
  it('is not fetched for a visitor who only looks, and is fetched at the first answer', async () => {
    await mount();
    await new Promise((r) => setTimeout(r, 20));
    expect(gate.loads).toBe(0);
    fireEvent.input(screen.getByLabelText('本会有多少名正式党员？'), { target: { value: '3' } });
    await waitFor(() => expect(gate.loads).toBe(1));
  });

  it('shows a status until it arrives, then the review with its heading focused', async () => {
    resumeAtLastStep();
    await mount('hold');
    fireEvent.click(screen.getByRole('button', { name: '检查答案' }));
    expect(screen.getByRole('status').textContent).toBe('正在加载……');
    await waitFor(() => expect(gate.loads).toBe(1)); // the fetch has started and is held
    expect(screen.getByRole('status').textContent).toBe('正在加载……');
    gate.release();
    // The first real import transforms the whole engine, which can take a while in a test.
    await waitFor(() => expect(heading().textContent).toBe('检查答案'), { timeout: 10_000 });
    expect(document.activeElement).toBe(heading());
  });

  it('cannot be fetched: says so in Chinese, offers a reload and keeps the answers', async () => {
    resumeAtLastStep();
    await mount('fail');
    fireEvent.click(screen.getByRole('button', { name: '检查答案' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('未能加载');
    expect(alert.textContent).toContain('您的答案没有丢失');
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').answers).toMatchObject({ formalMembers: ANSWERS.formalMembers });
  });

  it('a share link that cannot be decoded for want of the module says so', async () => {
    history.replaceState(null, '', '/assessment/#a2.anything');
    await mount('fail');
    expect((await screen.findByRole('alert')).textContent).toContain('分享链接所需的程序未能加载');
  });
});
