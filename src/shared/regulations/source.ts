/**
 * From a regulation file's bytes to its lines, refusing anything the site could not
 * show faithfully: bytes that are not UTF-8 (a GBK file, random bytes) and characters
 * that are invisible or break lines differently in other tools (a stray CR, a tab,
 * U+2028/U+2029, zero-width characters). Every error names the 1-based line an
 * editor shows, counting the header. Pure: no fs.
 */
import { RegulationParseError } from './errors.ts';

const LF = 0x0a;
const REPLACEMENT = '\ufffd';

/**
 * Decodes a file's bytes as UTF-8. Invalid UTF-8 is an error at the line of the first
 * bad byte; a leading BOM is dropped (it is encoding noise, not text).
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidUtf8(bytes, file);
  }
}

/** Locates the first invalid byte sequence. LF (0x0a) never occurs inside a UTF-8 sequence, so lines can be decoded one by one. */
function invalidUtf8(bytes: Uint8Array, file: string): RegulationParseError {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8');
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const lf = bytes.indexOf(LF, start);
    const end = lf < 0 ? bytes.length : lf;
    const chunk = bytes.subarray(start, end);
    try {
      strict.decode(chunk);
    } catch {
      const column = Array.from(lenient.decode(chunk)).indexOf(REPLACEMENT) + 1;
      return new RegulationParseError(
        file,
        line,
        `不是有效的 UTF-8 文本（第 ${column} 个字符处的字节无法解码），文件可能是 GBK/GB18030 等其他编码或已损坏：请转换为 UTF-8 后再构建` +
          `（invalid UTF-8 at column ${column}: the file may be GBK/GB18030 or damaged; convert it to UTF-8）`,
      );
    }
    start = end + 1;
  }
  // Unreachable: every line decoded, so the whole file would have too.
  return new RegulationParseError(file, 1, '不是有效的 UTF-8 文本（invalid UTF-8）');
}

/**
 * What may not appear in a line: control characters (tab, CR, NEL…), line and
 * paragraph separators, space separators other than U+0020 and U+3000 (no-break
 * space, thin space…), zero-width characters and U+FFFD (text already damaged).
 */
const FORBIDDEN = /(?![ \u3000])[\p{Cc}\p{Z}\u200b-\u200d\u2060\ufeff\ufffd]/u;

const NAMES: Readonly<Record<string, string>> = {
  '\t': '制表符 TAB',
  '\r': '回车符 CR，换行只能是 LF 或 CRLF',
  '\v': '垂直制表符 VT',
  '\f': '换页符 FF',
  '\u0085': '下一行符 NEL',
  '\u00a0': '不换行空格 NO-BREAK SPACE',
  '\u2028': '行分隔符 LINE SEPARATOR',
  '\u2029': '段落分隔符 PARAGRAPH SEPARATOR',
  '\u200b': '零宽空格 ZERO WIDTH SPACE',
  '\u200c': '零宽非连接符 ZERO WIDTH NON-JOINER',
  '\u200d': '零宽连接符 ZERO WIDTH JOINER',
  '\u2060': '零宽不换行符 WORD JOINER',
  '\ufeff': '零宽不换行空格（BOM）ZERO WIDTH NO-BREAK SPACE',
  '\ufffd': '替换字符 REPLACEMENT CHARACTER（文本在此之前已损坏）',
};

/** U+0009 and the like. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Splits a file's text into lines (index i is file line i + 1). LF and CRLF both end
 * a line; a leading BOM is dropped. Any other control or separator character, a CR
 * included, is an error naming its line and column.
 */
export function sourceLines(text: string, file: string): string[] {
  const lines = text.replace(/^\ufeff/u, '').split('\n');
  return lines.map((raw, i) => {
    // CRLF: the CR belongs to the line break (the last line has none, so its CR is stray).
    const line = i < lines.length - 1 && raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const m = FORBIDDEN.exec(line);
    if (m) {
      const ch = m[0];
      const column = Array.from(line.slice(0, m.index)).length + 1;
      const name = NAMES[ch] ?? (/\p{Cc}/u.test(ch) ? '控制字符 control character' : '分隔符 separator');
      throw new RegulationParseError(
        file,
        i + 1,
        `第 ${column} 个字符是不允许的 ${codePoint(ch)}（${name}）：除换行外，文本中不能有控制字符、分隔符或零宽字符，空白只能用半角空格或全角空格（U+3000）` +
          `（forbidden character ${codePoint(ch)} at column ${column}: only line breaks, U+0020 and U+3000 are allowed as white space）`,
      );
    }
    return line;
  });
}

/** A line holding nothing but spaces is blank: it carries no text and is not a paragraph. */
export function isBlank(line: string): boolean {
  return /^[ \u3000]*$/u.test(line);
}
