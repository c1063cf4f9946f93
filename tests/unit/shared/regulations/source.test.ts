// Bytes → lines: invalid UTF-8 and invisible or line-breaking characters are errors
// at their exact file line (1-based, header included). Synthetic texts only.
import { describe, expect, it } from 'vitest';
import { RegulationParseError } from '../../../../src/shared/regulations/errors';
import { parseRegulation } from '../../../../src/shared/regulations/parse';
import { decodeSource, isBlank, sourceLines } from '../../../../src/shared/regulations/source';
import { bodyLine, makeText, parseError } from './fixtures';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

function thrown(f: () => unknown): RegulationParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof RegulationParseError) return e;
    throw e;
  }
  throw new Error('expected a RegulationParseError');
}

describe('decodeSource', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeSource(utf8('第一条　示例。\n'), 'a.txt')).toBe('第一条　示例。\n');
    expect(decodeSource(concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('---\n')), 'a.txt')).toBe('---\n');
  });

  it('rejects GBK bytes at the line and column where they start', () => {
    // Line 3 is 示例 in UTF-8 followed by 第一条 in GBK.
    const bytes = concat(utf8('---\ntitle: t\n示例'), Uint8Array.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5]), utf8('\n第二行\n'));
    const err = thrown(() => decodeSource(bytes, 'gbk.txt'));
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/^gbk\.txt:3: 不是有效的 UTF-8 文本（第 3 个字符处.*GBK.*invalid UTF-8 at column 3/);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a truncated sequence before the line break', [0xe4, 0xb8]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['bytes never used by UTF-8', [0xff, 0xfe]],
  ])('rejects %s', (_name, bad) => {
    const bytes = concat(utf8('---\ntitle: t\nsource: s\n---\n第一条　示例。\n'), Uint8Array.from(bad), utf8('\n第二条　示例。\n'));
    expect(thrown(() => decodeSource(bytes, 'bad.txt')).line).toBe(6);
  });
});

describe('sourceLines', () => {
  it('splits on LF and CRLF, keeping every other character of the line', () => {
    expect(sourceLines('甲\n乙　\r\n\n丙', 'a.txt')).toEqual(['甲', '乙　', '', '丙']);
    expect(sourceLines('\ufeff---\r\n', 'a.txt')).toEqual(['---', '']);
  });

  it.each([
    ['a stray CR inside a line', '乙\r丙', 'U+000D'],
    ['a second CR before CRLF', '乙丙\r\r', 'U+000D'],
    ['a tab', '第八章\t附则', 'U+0009'],
    ['U+2028 LINE SEPARATOR', '乙\u2028丙', 'U+2028'],
    ['U+2029 PARAGRAPH SEPARATOR', '乙\u2029丙', 'U+2029'],
    ['U+0085 NEXT LINE', '乙\u0085丙', 'U+0085'],
    ['a form feed', '乙\f丙', 'U+000C'],
    ['a NUL', '乙\u0000丙', 'U+0000'],
    ['a no-break space', '乙\u00a0丙', 'U+00A0'],
    ['a thin space', '乙\u2009丙', 'U+2009'],
    ['a zero-width space', '乙\u200b丙', 'U+200B'],
    ['a BOM inside the text', '乙\ufeff丙', 'U+FEFF'],
    ['a replacement character', '乙\ufffd丙', 'U+FFFD'],
  ])('rejects %s on its own line, naming the character and column', (_name, line, code) => {
    const text = `甲\n${line}\n丁`;
    const err = thrown(() => sourceLines(text, 'c.txt'));
    expect(err.line).toBe(2);
    expect(err.detail).toContain(code);
    expect(err.message).toMatch(/^c\.txt:2: 第 \d+ 个字符是不允许的 U\+/);
  });

  it('rejects a CR that ends the last line without an LF (an old Mac line end)', () => {
    const err = thrown(() => sourceLines('甲\r\n乙丙\r', 'c.txt'));
    expect([err.line, err.detail.slice(0, 19)]).toEqual([2, '第 3 个字符是不允许的 U+000D']);
  });

  it('counts the column in characters, not UTF-16 units', () => {
    expect(thrown(() => sourceLines('𠀀𠀀\t', 'c.txt')).detail).toContain('第 3 个字符');
  });

  it('allows ASCII spaces and U+3000 anywhere', () => {
    expect(sourceLines(' 第一章　总 则 　', 'c.txt')).toEqual([' 第一章　总 则 　']);
  });
});

describe('isBlank', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['\u3000\u3000', true],
    [' \u3000 ', true],
    ['　甲', false],
  ])('%j → %s', (line, blank) => expect(isBlank(line)).toBe(blank));
});

describe('parseRegulation reports characters at the real file line', () => {
  it('finds a stray CR, U+2028 or U+2029 in the middle of a file, header lines counted', () => {
    for (const ch of ['\r', '\u2028', '\u2029']) {
      const body = ['第一章　总则', '第一条　示例。', `第二条　示例${ch}示例。`, '第三条　示例。'];
      const err = parseError(makeText(body), 'mid.txt');
      expect(err.line).toBe(bodyLine(2));
      expect(err.message.startsWith(`mid.txt:${bodyLine(2)}: `)).toBe(true);
    }
  });

  it('rejects control characters in the header too', () => {
    expect(parseError(makeText(['第一条　示例。'], ['---', 'title:\t示例', 'source: s', '---'])).line).toBe(2);
  });

  it('accepts a whole file with CRLF line ends', () => {
    const doc = parseRegulation(makeText(['第一章　总则', '第一条　示例。', '第二条　示例。']).replace(/\n/g, '\r\n'), 'crlf.txt');
    expect(doc.articleCount).toBe(2);
    expect(doc.chapters[0]?.heading?.title).toBe('总则');
  });
});
