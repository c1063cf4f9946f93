// @vitest-environment happy-dom
/** The export asks for the association's name, refuses a bad one and saves the file in the browser. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportResult } from '../../../../src/islands/assessment/ExportResult';
import { readExportFile } from '../../../../src/lib/assessment/export-file';
import { ANSWERS, TODAY } from './helpers';

/** The result view owns the name (shared with the printed report); here a bare holder. */
function Harness() {
  const [name, setName] = useState('');
  return <ExportResult answers={ANSWERS} today={TODAY} name={name} setName={setName} />;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportResult', () => {
  it('asks for a name, then saves a file that the overview reads back', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<Harness />);
    const button = screen.getByRole('button', { name: '导出结果文件' });
    fireEvent.click(button);
    expect(screen.getByText('请填写协会商会名称')).toBeTruthy();
    expect(screen.getByLabelText('协会商会名称').getAttribute('aria-invalid')).toBe('true');
    expect(create).not.toHaveBeenCalled();

    fireEvent.input(screen.getByLabelText('协会商会名称'), { target: { value: '会'.repeat(101) } });
    fireEvent.click(button);
    expect(screen.getByText('协会商会名称不能超过100个字')).toBeTruthy();

    fireEvent.input(screen.getByLabelText('协会商会名称'), { target: { value: ' 某市测试协会 ' } });
    fireEvent.click(button);
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('请填写协会商会名称')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(`自评结果-某市测试协会-${TODAY}.json`);
    const read = readExportFile(await blobs[0]!.text());
    expect(read).toEqual({ ok: true, entry: { name: '某市测试协会', date: TODAY, answers: ANSWERS } });
  });
});
