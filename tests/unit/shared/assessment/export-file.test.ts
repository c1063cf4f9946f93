import { describe, expect, it } from 'vitest';
import {
  checkName,
  createExportFile,
  EXPORT_MAX_BYTES,
  exportFileName,
  readExportFile,
} from '../../../../src/shared/assessment/export-file';
import { checksum } from '../../../../src/shared/assessment/share';
import { answersWith, TODAY } from '../../../support/answers';

const entry = { name: '某市测试行业协会', date: TODAY, answers: answersWith({ lastElection: '2021-11' }) };

/** Re-signs an edited file, to test what lies behind the checksum. */
function resign(data: Record<string, unknown>): string {
  const sum = checksum(JSON.stringify([data['version'], data['name'], data['date'], data['answers']]));
  return JSON.stringify({ ...data, checksum: sum });
}

describe('export file', () => {
  it('round-trips and holds only version, name, date, answers and checksum', () => {
    const text = createExportFile(entry);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['version', 'name', 'date', 'answers', 'checksum']);
    expect(readExportFile(text)).toEqual({ ok: true, entry });
    // A BOM (some editors add one) is accepted.
    expect(readExportFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it('does not depend on the key order of the answers', () => {
    const reversed = Object.fromEntries(Object.entries(entry.answers).reverse());
    expect(createExportFile({ ...entry, answers: reversed as typeof entry.answers })).toBe(createExportFile(entry));
  });

  it('rejects non-JSON, empty and non-object files', () => {
    expect(readExportFile('hello')).toEqual({ ok: false, message: expect.stringContaining('不是 JSON') });
    expect(readExportFile('   ')).toEqual({ ok: false, message: expect.stringContaining('空') });
    expect(readExportFile('[1,2]')).toEqual({ ok: false, message: expect.stringContaining('不是自评结果') });
    expect(readExportFile('null').ok).toBe(false);
  });

  it('rejects other versions with a message that says which way', () => {
    const data = JSON.parse(createExportFile(entry)) as Record<string, unknown>;
    expect(readExportFile(resign({ ...data, version: 2 }))).toEqual({ ok: false, message: expect.stringContaining('比本页面新') });
    expect(readExportFile(resign({ ...data, version: 0 }))).toEqual({ ok: false, message: expect.stringContaining('不再支持') });
    expect(readExportFile(resign({ ...data, version: '1' }))).toEqual({ ok: false, message: expect.stringContaining('没有格式版本') });
  });

  it('detects tampering with any field', () => {
    const data = JSON.parse(createExportFile(entry)) as Record<string, unknown>;
    const answers = data['answers'] as Record<string, unknown>;
    for (const edited of [
      { ...data, name: '另一个协会' },
      { ...data, date: '2025-06-16' },
      { ...data, answers: { ...answers, generalMeetings: 12 } },
    ]) {
      expect(readExportFile(JSON.stringify(edited))).toEqual({ ok: false, message: expect.stringContaining('校验失败') });
    }
  });

  it('rejects incomplete files, extra fields and invalid answers even when re-signed', () => {
    const data = JSON.parse(createExportFile(entry)) as Record<string, unknown>;
    const answers = data['answers'] as Record<string, unknown>;
    expect(readExportFile(resign({ ...data, extra: 1 }))).toEqual({ ok: false, message: expect.stringContaining('多余') });
    expect(readExportFile(resign({ ...data, date: '2025-02-30' })).ok).toBe(false);
    expect(readExportFile(resign({ ...data, name: '' }))).toEqual({ ok: false, message: expect.stringContaining('名称无效') });
    const { formalMembers: _dropped, ...missing } = answers;
    expect(readExportFile(resign({ ...data, answers: missing }))).toEqual({ ok: false, message: expect.stringContaining('正式党员人数') });
    // An election after the date the questionnaire was filled in.
    expect(readExportFile(resign({ ...data, answers: { ...answers, lastElection: '2025-07' } })).ok).toBe(false);
    // Own properties only.
    expect(readExportFile('{"__proto__": {"version": 1}}').ok).toBe(false);
  });

  it('refuses files over the size cap', () => {
    const text = createExportFile(entry);
    expect(readExportFile(text, EXPORT_MAX_BYTES + 1)).toEqual({ ok: false, message: expect.stringContaining('文件过大') });
    expect(readExportFile(`${text}${' '.repeat(EXPORT_MAX_BYTES)}`).ok).toBe(false);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['{', '{"version":1}', '{"version":1,"name":1,"date":1,"answers":1,"checksum":1}', '1e999', '"x"']) {
      expect(readExportFile(text).ok).toBe(false);
    }
  });

  it('validates names and builds a safe file name', () => {
    expect(checkName('  某某  协会 ')).toEqual({ ok: true, name: '某某 协会' });
    expect(checkName('   ')).toEqual({ ok: false, message: '请填写协会商会名称' });
    expect(checkName('会'.repeat(100)).ok).toBe(true);
    expect(checkName('会'.repeat(101))).toEqual({ ok: false, message: '协会商会名称不能超过100个字' });
    expect(checkName('a\u0007b').ok).toBe(false);
    expect(exportFileName({ name: 'A/B:C', date: TODAY })).toBe(`自评结果-A_B_C-${TODAY}.json`);
  });
});
