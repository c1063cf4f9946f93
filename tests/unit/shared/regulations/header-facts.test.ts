// A file's header and text date the document and credit its source when we have
// written no note on it yet (synthetic texts only).
import { describe, expect, it } from 'vitest';
import { headerDates, headerProvenance, sourceName } from '../../../../src/shared/regulations/header-facts';
import { parseRegulation } from '../../../../src/shared/regulations/parse';

function doc(header: readonly string[], body: readonly string[]) {
  const text = ['---', 'title: 《示例办法》', 'source: example:nowhere/sample.md', ...header, '---', ...body].join('\n') + '\n';
  return parseRegulation(text, 'sample.txt');
}

const BODY = ['示例办法', '第一章　总则', '第一条　为了示例，制定本办法。', '第二条　本办法自2020年3月4日起施行。'];

describe('headerDates', () => {
  it('takes the adopted date, dropping an English explanation, and the 施行 date from the text', () => {
    expect(headerDates(doc(['adopted: 2020-01-15 (date of publication, from the source)'], BODY))).toEqual({
      adopted: '2020-01-15',
      effective: '2020-03-04',
      revised: [],
    });
  });

  it('keeps a Chinese note and reads revisions named in the header', () => {
    const d = headerDates(
      doc(['adopted: 1999-10-25 (示例令第1号发布); revised 2010-02-06 (第一次修订) and 2021-03-12 (第二次修订) — as given'], BODY),
    );
    expect(d.adopted).toBe('1999-10-25（示例令第1号发布）');
    expect(d.revised).toEqual(['2010-02-06（第一次修订）', '2021-03-12（第二次修订）']);
  });

  it('does not call a 施行 date quoted from the text an adoption date', () => {
    const d = headerDates(doc(['adopted: 2020-03-04 (date from the source\'s 第二条 "本办法自2020年3月4日起施行")'], BODY));
    expect(d.adopted).toBeUndefined();
    expect(d.effective).toBe('2020-03-04');
  });

  it('gives no adoption date when the header states none', () => {
    expect(headerDates(doc(['adopted: not stated in the source text'], BODY)).adopted).toBeUndefined();
  });

  it('"自发布之日起施行" means the publication date', () => {
    const body = ['示例办法', '第一条　为了示例，制定本办法。', '第二条　本办法自发布之日起施行。'];
    expect(headerDates(doc(['adopted: 2022-05-11 (publication)'], body)).effective).toBe('2022-05-11');
    expect(headerDates(doc([], body)).effective).toBeUndefined();
  });

  it('reads revisions from the 题注 line under the title', () => {
    const body = [
      '示例办法',
      '（2014年5月8日示例会议审议批准　2014年5月28日示例办公厅发布　2022年4月2日示例会议修订　2022年5月11日示例办公厅发布）',
      '第一条　为了示例，制定本办法。',
    ];
    expect(headerDates(doc(['adopted: 2022-05-11 (publication of the revised text, which replaces the 2014-05-28 text)'], body))).toEqual({
      adopted: '2022-05-11',
      effective: undefined,
      revised: ['2022-04-02（示例会议修订）'],
    });
  });

  it('prefers explicit effective and revised header lines', () => {
    const d = headerDates(
      doc(['adopted: 2020-01-15', 'effective: 2020-06-01 (stated)', 'revised: 2021-01-01 (首次修订), 2023-02-02'], BODY),
    );
    expect(d.effective).toBe('2020-06-01');
    expect(d.revised).toEqual(['2021-01-01（首次修订）', '2023-02-02']);
  });
});

describe('headerProvenance', () => {
  it('names a repository source in Chinese, with its short version', () => {
    expect(sourceName('github:someone/texts docs/a.md@0123456789abcdef0123456789abcdef01234567 (a mirror of a school website)')).toBe(
      'GitHub 仓库 someone/texts 中的 docs/a.md（版本 0123456）',
    );
    expect(sourceName('synthetic text written for the build test')).toBe('synthetic text written for the build test');
  });

  it('says how the copy was checked and whether it is complete', () => {
    const { header } = doc(['second_source: none for the full text; spot checks only', 'completeness: full (第一条至第二条)'], BODY);
    expect(headerProvenance(header)).toBe('取自example:nowhere/sample.md；没有第二份全文可供逐字核对；文件头注明为全文。');
    const checked = doc(['second_source: github:other/laws b.md@abcdef1 (read side by side)', 'completeness: partial'], BODY).header;
    expect(headerProvenance(checked)).toBe(
      '取自example:nowhere/sample.md；并与GitHub 仓库 other/laws 中的 b.md（版本 abcdef1）核对；文件头注明可能不完整。',
    );
  });
});
