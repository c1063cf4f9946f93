// @vitest-environment happy-dom
/**
 * The result's tools: the association's name asked once, refused when bad; the file for
 * 自评汇总 saved in the browser; 发给党建指导员 through the share sheet, or copied.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportResult } from '../../../../../src/client/islands/assessment/ExportResult';
import { readExportFile } from '../../../../../src/shared/assessment/export-file';
import { encodeAnswers } from '../../../../../src/shared/assessment/share';
import { ANSWERS, TODAY } from './helpers';

const NAME = /^协会商会名称/;

/** The result view owns the name (it is printed too); here a bare holder. */
function Harness() {
  const [name, setName] = useState('');
  return <ExportResult answers={ANSWERS} date={TODAY} headline="3 项须整改、1 项建议" name={name} setName={setName} />;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const typeName = (value: string) => fireEvent.input(screen.getByLabelText(NAME), { target: { value } });

describe('ExportResult', () => {
  it('has one name field; saving asks for a name, then saves a file that 自评汇总 reads back', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<Harness />);
    expect(screen.getAllByLabelText(NAME)).toHaveLength(1);
    press('保存汇总文件');
    expect(screen.getByText('请填写协会商会名称')).toBeTruthy();
    expect(screen.getByLabelText(NAME).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText(NAME));
    expect(create).not.toHaveBeenCalled();

    typeName('会'.repeat(101));
    press('保存汇总文件');
    expect(screen.getByText('协会商会名称不能超过100个字')).toBeTruthy();

    typeName(' 某市测试协会 ');
    press('保存汇总文件');
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('请填写协会商会名称')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(`自评结果-某市测试协会-${TODAY}.json`);
    const read = readExportFile(await blobs[0]!.text());
    expect(read).toEqual({ ok: true, entry: { name: '某市测试协会', date: TODAY, answers: ANSWERS } });
  });

  it('发给党建指导员 opens the share sheet with the name, the date, the verdict and the link', async () => {
    const share = vi.fn((_data: ShareData) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    render(<Harness />);
    press('发给党建指导员');
    expect(screen.getByText('请填写协会商会名称')).toBeTruthy();
    expect(share).not.toHaveBeenCalled();
    typeName('某市测试协会');
    press('发给党建指导员');
    await waitFor(() => expect(share).toHaveBeenCalledOnce());
    expect(share.mock.calls[0]![0]).toEqual({
      title: '某市测试协会“两个覆盖”自评结果',
      text: '某市测试协会“两个覆盖”自评结果（填写日期：2025年6月15日）：3 项须整改、1 项建议。打开链接可查看详情。',
      url: `${location.origin}${location.pathname}#${encodeAnswers(ANSWERS, TODAY)}`,
    });
  });

  it('without a share sheet, copies the message and the link and says so; if copying fails, shows the link to copy', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } });
    // happy-dom has no window.prompt: a stand-in recording what the browser's box would show.
    const prompt = vi.fn((_message?: string, _value?: string) => null);
    vi.stubGlobal('prompt', prompt);
    render(<Harness />);
    typeName('某市测试协会');
    press('发给党建指导员');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已复制'));
    const url = `${location.origin}${location.pathname}#${encodeAnswers(ANSWERS, TODAY)}`;
    expect(writeText.mock.calls[0]![0]).toBe(
      `某市测试协会“两个覆盖”自评结果（填写日期：2025年6月15日）：3 项须整改、1 项建议。打开链接可查看详情。\n${url}`,
    );
    expect(prompt).not.toHaveBeenCalled();

    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    press('发给党建指导员');
    await waitFor(() => expect(prompt).toHaveBeenCalledOnce());
    expect(prompt.mock.calls[0]).toEqual(['无法自动复制，请复制这个链接后发送：', url]);
  });

  it('a cancelled share sheet copies nothing', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    const share = vi.fn(() => Promise.reject(new DOMException('cancelled', 'AbortError')));
    vi.stubGlobal('navigator', { ...navigator, share, clipboard: { writeText } });
    render(<Harness />);
    typeName('某市测试协会');
    press('发给党建指导员');
    await waitFor(() => expect(share).toHaveBeenCalledOnce());
    await Promise.resolve();
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
