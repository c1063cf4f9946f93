import { describe, expect, it } from 'vitest';
import { RegulationParseError } from '../../../../src/shared/regulations/errors';
import { bodyLine, makeText, parseError } from './fixtures';

/** Asserts the error's file, line and that its message is `file:line: …` containing `fragment`. */
function expectError(err: RegulationParseError, file: string, line: number, fragment: string): void {
  expect(err).toBeInstanceOf(RegulationParseError);
  expect(err).toBeInstanceOf(Error);
  expect(err.file).toBe(file);
  expect(err.line).toBe(line);
  expect(err.message.startsWith(`${file}:${line}: `)).toBe(true);
  expect(err.message).toContain(fragment);
}

/** expectError for the synthetic text with these body lines, at body line `at`. */
function expectBodyError(body: string[], at: number, fragment: string): void {
  expectError(parseError(makeText(body)), 'sample.txt', bodyLine(at), fragment);
}

describe('header errors', () => {
  it('no header at all', () => {
    expectError(parseError('第一条　示例。\n', 'x.txt'), 'x.txt', 1, '缺少文件头');
    expectError(parseError('', 'empty.txt'), 'empty.txt', 1, '缺少文件头');
  });

  it('header not closed', () => {
    expectError(parseError('---\ntitle: 示例\nsource: 示例\n第一条　示例。\n', 'open.txt'), 'open.txt', 1, '文件头未闭合');
  });

  it.each(['title', 'source'])('header without %s', (key) => {
    const header = ['---', 'title: 示例', 'source: 示例来源', 'issuer: 示例会', '---'].filter((l) => !l.startsWith(key));
    expectError(parseError(makeText(['第一条　示例。'], header), 'h.txt'), 'h.txt', 1, `缺少 ${key}`);
  });

  it('header with an empty title value', () => {
    expectError(parseError(makeText(['第一条　示例。'], ['---', 'title:', 'source: s', '---'])), 'sample.txt', 1, '缺少 title');
  });

  it('malformed and duplicate header lines', () => {
    expectError(
      parseError(makeText(['第一条　示例。'], ['---', 'title: t', '没有冒号的行', 'source: s', '---'])),
      'sample.txt',
      3,
      'key: value',
    );
    expectError(parseError(makeText(['第一条　示例。'], ['---', 'title: t', 'source: s', 'title: u', '---'])), 'sample.txt', 4, '字段重复');
  });
});

describe('body errors', () => {
  it('empty body (blank lines only) points at the closing ---', () => {
    const text = ['---', 'title: t', 'source: s', '---', '', '', ''].join('\n');
    expectError(parseError(text, 'blank.txt'), 'blank.txt', 4, '正文为空');
    expectError(parseError('---\ntitle: t\nsource: s\n---', 'bare.txt'), 'bare.txt', 4, '正文为空');
    expectError(parseError('---\ntitle: t\nsource: s\n---\n  \n\u3000\u3000\n', 'spaces.txt'), 'spaces.txt', 4, '正文为空');
  });

  it('gap in article numbers', () => {
    const text = makeText(['第一章　总则', '第一条　示例。', '第二条　示例。', '第四条　示例。']);
    expectError(parseError(text, 'gap.txt'), 'gap.txt', bodyLine(3), '条文编号不连续：应为第三条，实际为第四条');
  });

  it('first article is not 第一条', () => {
    expectBodyError(['第二条　示例。'], 0, '应为第一条，实际为第二条');
  });

  it('duplicate article number, naming the earlier line', () => {
    const text = makeText(['第一条　示例。', '第二条 示例。', '第二条　示例。']);
    expectError(parseError(text), 'sample.txt', bodyLine(2), `条文编号重复：第二条已出现在第${bodyLine(1)}行`);
  });

  it('chapter number gap and duplicate', () => {
    expectBodyError(['第一章　总则', '第一条　示例。', '第三章　附则', '第二条　示例。'], 2, '章编号不连续：应为第二章，实际为第三章');
    expectBodyError(['第一章 总则', '第一条 示例。', '第一章 附则', '第二条 示例。'], 2, '章编号重复：第一章');
  });

  it('section number gap and a section outside any chapter', () => {
    expectBodyError(['第一章　总则', '第一节　甲', '第一条　示例。', '第三节　乙'], 3, '节编号不连续');
    expectBodyError(['第一节　甲', '第一条　示例。'], 0, '节标题必须位于某一章之内');
  });

  it('part number gap', () => {
    expectBodyError(['第一编　甲', '第一章　乙', '第一条　示例。', '第三编　丙'], 3, '编的编号不连续');
  });

  it.each([
    ['第十x章 示例', '无法识别的标题编号：“第十x章”'],
    ['第一二章　示例', '无法识别的标题编号'],
    ['第二章', '标题缺少名称'],
    ['第二章　', '标题缺少名称'],
    ['第二章 　 ', '标题缺少名称'],
  ])('unparseable heading %j', (heading, fragment) => {
    const text = makeText(['第一章　总则', '第一条　示例。', heading, '第二条　示例。']);
    expectError(parseError(text, 'head.txt'), 'head.txt', bodyLine(2), fragment);
  });

  it('unparseable article number with a separator', () => {
    expectBodyError(['第一条　示例。', '第二x条　示例。'], 1, '无法识别的条文编号');
  });

  it('总纲 after a chapter, and a chapter after articles outside any chapter', () => {
    expectBodyError(['第一章　甲', '第一条　示例。', '总纲'], 2, '总纲');
    expectBodyError(['第一条　示例。', '第一章　甲', '第二条　示例。'], 1, '章标题');
    expectBodyError(['第一条　示例。', '第一编　甲', '第二条　示例。'], 1, '编标题');
  });

  it('uses the file argument as given in the message (e.g. a full path)', () => {
    const err = parseError(makeText(['第二条　示例。']), '/some/dir/rules.txt');
    expect(err.message).toMatch(/^\/some\/dir\/rules\.txt:8: /);
  });
});

// A line that starts like a heading or article but is not well-formed used to become a
// paragraph of the previous article, silently merging a chapter or an article (art-N)
// away. Each is an error naming file, line and what was expected.
describe('malformed headings', () => {
  // The malformed line sits in the middle of the file, before a later article.
  const around = (line: string): string =>
    makeText(['第一章　总则', '第一条　示例。', '第二条　示例。', line, '第三条　示例。', '第四条　示例。']);

  it.each([
    ['第八张 附则', '“第八张”不是规范的标题或条文编号：应为“第八章”“第八节”“第八编”或“第八条”'],
    ['第二張　附则', '“第二張”不是规范的标题或条文编号'],
    ['第三條　示例。', '应为“第三章”“第三节”“第三编”或“第三条”'],
    ['第三十七绦', '“第三十七绦”不是规范的标题或条文编号'],
    ['弟三十七条　示例。', '“弟三十七条”不是规范的标题或条文编号：应写作“第三十七条”'],
    ['笫二章　附则', '应写作“第二章”'],
    ['三十七条　示例。', '“三十七条”不是规范的标题或条文编号：应写作“第三十七条”'],
    ['第三十 七条　示例。', '编号中间不能有空格：“第三十 七条”应写作“第三十七条”'],
    ['第三十　七条　示例。', '应写作“第三十七条”'],
    ['第 八章 附则', '编号中间不能有空格：“第 八章”应写作“第八章”'],
    ['第八 章　附则', '应写作“第八章”'],
    ['　第二章　附则', '标题或条文编号前不能有空格'],
    [' 第三条　示例。', '标题或条文编号前不能有空格'],
    ['　　总　纲', '标题或条文编号前不能有空格'],
    ['　弟三条　示例。', '标题或条文编号前不能有空格'],
    ['第八章\t附则', 'U+0009'],
  ])('%j', (line, fragment) => {
    expectError(parseError(around(line), 'bad.txt'), 'bad.txt', bodyLine(3), fragment);
  });

  it('says what was expected, in Chinese then English', () => {
    const err = parseError(around('第八张 附则'));
    expect(err.detail).toMatch(/^“第八张”.*（the line starts like a heading, but 第八张 is not one of 第八章\/节\/编\/条）$/);
  });

  it('rejects 弟N条 with no separator when it carries the next article number', () => {
    expectBodyError(['第一条　示例。', '弟二条本规则自发布之日起施行。'], 1, '应写作“第二条”');
  });
});
