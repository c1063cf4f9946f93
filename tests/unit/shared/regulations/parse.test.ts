import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChineseNumeral as cn } from '../../../../src/shared/regulations/numerals';
import { docLines, parseRegulation } from '../../../../src/shared/regulations/parse';
import type { Article, Block, Chapter, RegulationDoc } from '../../../../src/shared/regulations/types';
import { bodyLine, bodyLinesOf, makeText } from './fixtures';

const articlesOf = (chapter: Chapter): Article[] => chapter.blocks.flatMap((b: Block) => (b.kind === 'article' ? [b.article] : []));
const allArticles = (doc: RegulationDoc): Article[] => doc.chapters.flatMap(articlesOf);

/** Parses and asserts the round-trip on the way, so every test also checks fidelity. */
function parse(body: readonly string[], file = 'sample-rules.txt'): RegulationDoc {
  const text = makeText(body);
  const doc = parseRegulation(text, file);
  expect(docLines(doc)).toEqual(bodyLinesOf(text));
  return doc;
}

describe('header', () => {
  it('reads known keys, keeps colons inside values and collects unknown keys', () => {
    const text = makeText(
      ['第一条　示例文字。'],
      [
        '---',
        'title: 《样本规则》',
        'issuer: 示例会',
        'adopted: 2020-01-01 (source: somewhere: else)',
        'source: github:owner/repo a/b.md@abc',
        'second_source: none',
        'completeness: full',
        'translator_note: 无',
        '---',
      ],
    );
    const doc = parseRegulation(text, 'dir/sub/sample.txt');
    expect(doc.header).toEqual({
      title: '《样本规则》',
      issuer: '示例会',
      adopted: '2020-01-01 (source: somewhere: else)',
      source: 'github:owner/repo a/b.md@abc',
      secondSource: 'none',
      completeness: 'full',
      extra: { translator_note: '无' },
    });
    expect(doc.slug).toBe('sample');
    expect(doc.file).toBe('sample.txt');
  });

  it('omits optional keys that are absent (exact optional properties)', () => {
    const doc = parseRegulation(makeText(['第一条 示例。'], ['---', 'title: T', 'source: S', '---']), 'a.txt');
    expect(Object.keys(doc.header).sort()).toEqual(['extra', 'source', 'title']);
    // Body line numbers count the header lines: the body starts right after the closing ---.
    expect(allArticles(doc)[0]?.line).toBe(5);
  });

  it('tolerates a UTF-8 BOM and CRLF line ends', () => {
    const text = '\ufeff' + makeText(['第一章　总则', '第一条　示例。', '第二款文字。']).replace(/\n/g, '\r\n');
    const doc = parseRegulation(text, 'bom.txt');
    expect(doc.header.title).toBe('《示例协会样本办法》');
    expect(allArticles(doc)[0]?.paragraphs.map((p) => p.text)).toEqual(['第二款文字。']);
  });
});

describe('headings', () => {
  it('accepts U+3000 and U+0020 separators and spaced titles', () => {
    const doc = parse([
      '第一章　总则',
      '第一条　示例甲。',
      '第二章 总 则',
      '第二条 示例乙。',
      '第三章　党　组',
      '第三条　示例丙。',
      '第四章 变更登记、注销登记',
      '第四条 示例丁。',
      '第五章　附　则　',
      '第五条　示例戊。',
    ]);
    expect(doc.chapters.map((c) => [c.key, c.heading?.label, c.heading?.title, c.heading?.number])).toEqual([
      ['ch-1', '第一章', '总则', 1],
      ['ch-2', '第二章', '总则', 2],
      ['ch-3', '第三章', '党组', 3],
      ['ch-4', '第四章', '变更登记、注销登记', 4],
      ['ch-5', '第五章', '附则', 5],
    ]);
    // The verbatim text keeps every space, including the trailing U+3000.
    expect(doc.chapters[4]?.heading?.text).toBe('第五章　附　则　');
    expect(doc.chapters.map((c) => c.articleRange)).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
  });

  it('keeps spaces next to Latin text in a title', () => {
    const doc = parse(['第一章 适用 WTO 规则的事项', '第一条 示例。']);
    expect(doc.chapters[0]?.heading?.title).toBe('适用 WTO 规则的事项');
  });

  it.each(['总纲', '总　纲', '总 纲'])('recognises the 总纲 heading written %j', (general) => {
    const doc = parse(['样本章程', general, '示例总纲第一段。', '第一，示例要点。', '第一章　成员', '第一条　示例。']);
    expect(doc.preamble.map((l) => l.text)).toEqual(['样本章程']);
    const [g, ch1] = doc.chapters;
    expect(g?.key).toBe('general');
    expect(g?.heading).toMatchObject({ kind: 'general', number: null, label: '总纲', title: '', text: general });
    // 第一，… is ordinary text, not a heading.
    expect(g?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(g?.articleRange).toBeNull();
    expect(ch1?.key).toBe('ch-1');
  });

  it('nests 编 > 章 > 节 with numbering restarting per 编 and per 章', () => {
    const doc = parse([
      '第一编　通则',
      '第一章　基本规定',
      '第一条　示例一。',
      '第二章　主体',
      '第一节　一般规定',
      '第二条　示例二。',
      '第二节　分会',
      '第三条　示例三。',
      '第二编　分则',
      '第一章　活动',
      '本章前言性质的示例说明。',
      '第一节 会议',
      '第四条 示例四。',
      '第二节 记录',
      '第五条 示例五。',
    ]);
    expect(doc.chapters.map((c) => [c.key, c.part?.label, c.articleRange])).toEqual([
      ['part-1-ch-1', '第一编', [1, 1]],
      ['part-1-ch-2', '第一编', [2, 3]],
      ['part-2-ch-1', '第二编', [4, 5]],
    ]);
    const ch = doc.chapters[2]!;
    expect(ch.blocks.map((b) => (b.kind === 'heading' ? b.heading.label : b.kind))).toEqual([
      'paragraph',
      '第一节',
      'article',
      '第二节',
      'article',
    ]);
    expect(ch.blocks[1]).toMatchObject({ kind: 'heading', heading: { kind: 'section', number: 1, title: '会议' } });
    expect(doc.chapters[0]?.part).toMatchObject({ kind: 'part', number: 1, title: '通则' });
  });

  it('puts articles directly under a 编 with no 章 into a part-N chapter', () => {
    const doc = parse(['第一编　总则', '第一条　示例一。', '第二编　附则', '第一章　补充', '第二条　示例二。']);
    expect(doc.chapters.map((c) => [c.key, c.heading?.kind])).toEqual([
      ['part-1', 'part'],
      ['part-2-ch-1', 'chapter'],
    ]);
  });

  it('keeps text between a 编 heading and its first 章, and a trailing empty 编', () => {
    const doc = parse(['第一编　总则', '本编的示例说明。', '第一章　甲', '第一条　示例。', '第二编　空编']);
    expect(doc.chapters.map((c) => [c.key, c.blocks.map((b) => b.kind).join(',')])).toEqual([
      ['part-1', 'paragraph'],
      ['part-1-ch-1', 'article'],
      ['part-2', ''],
    ]);
  });

  it('does not treat a cross-reference such as 第二章规定的 as a heading', () => {
    const doc = parse(['第一章　总则', '第一条　示例。', '第二章规定的事项依照示例处理。']);
    expect(doc.chapters).toHaveLength(1);
    expect(allArticles(doc)[0]?.paragraphs.map((p) => p.text)).toEqual(['第二章规定的事项依照示例处理。']);
  });
});

describe('articles', () => {
  it('records label, separator, first text and line for each separator style', () => {
    const doc = parse(['第一条　全角空格分隔。', '第二条 半角空格分隔。', '第三条没有分隔符。', '第四条', '第四条之后的款。']);
    expect(allArticles(doc).map((a) => [a.number, a.id, a.label, a.separator, a.firstText, a.line])).toEqual([
      [1, 'art-1', '第一条', '\u3000', '全角空格分隔。', bodyLine(0)],
      [2, 'art-2', '第二条', ' ', '半角空格分隔。', bodyLine(1)],
      [3, 'art-3', '第三条', '', '没有分隔符。', bodyLine(2)],
      [4, 'art-4', '第四条', '', '', bodyLine(3)],
    ]);
    expect(allArticles(doc)[3]?.paragraphs.map((p) => p.text)).toEqual(['第四条之后的款。']);
  });

  it('treats 第X条规定… with no separator as text unless X is the next number', () => {
    const doc = parse(['第一条　示例主文。', '第一条规定的示例，依照本条处理。', '第三条规定的情形除外。', '第二条规定另一示例。']);
    const [a1, a2] = allArticles(doc);
    expect(a1?.paragraphs.map((p) => p.text)).toEqual(['第一条规定的示例，依照本条处理。', '第三条规定的情形除外。']);
    // Exactly the expected next number with no separator is accepted as an article.
    expect(a2).toMatchObject({ number: 2, separator: '', firstText: '规定另一示例。' });
  });

  it('marks （一）… items and keeps ordinary 款', () => {
    const doc = parse([
      '第一条　示例组织应当做到：',
      '（一）示例第一项；',
      '（二）示例第二项；',
      '（十一）示例第十一项。',
      '前款规定以外的示例事项。',
      '(三)半角括号的示例项。',
    ]);
    expect(allArticles(doc)[0]?.paragraphs.map((p) => [p.isItem, p.line])).toEqual([
      [true, bodyLine(1)],
      [true, bodyLine(2)],
      [true, bodyLine(3)],
      [false, bodyLine(4)],
      [true, bodyLine(5)],
    ]);
  });

  it('handles a document with no chapters (one "full" chapter)', () => {
    const doc = parse(['样本规定', '（示例会议2020年通过）', '第一条　示例一。', '第二条　示例二。', '示例款。', '第三条　示例三。']);
    expect(doc.preamble.map((l) => l.line)).toEqual([bodyLine(0), bodyLine(1)]);
    expect(doc.chapters).toHaveLength(1);
    expect(doc.chapters[0]).toMatchObject({ key: 'full', heading: null, part: null, articleRange: [1, 3] });
    expect(doc.articleCount).toBe(3);
  });

  it('reads Arabic-numbered and large Chinese-numbered articles', () => {
    const body: string[] = [];
    for (let n = 1; n <= 112; n++) body.push(n === 7 ? `第7条 阿拉伯数字编号。` : `第${cn(n)}条　示例${n}。`);
    const doc = parse(body);
    expect(doc.articleCount).toBe(112);
    expect(allArticles(doc).map((a) => a.number)).toEqual(Array.from({ length: 112 }, (_, i) => i + 1));
    expect(allArticles(doc)[104]?.label).toBe('第一百零五条');
    expect(allArticles(doc)[109]?.label).toBe('第一百一十条');
  });
});

describe('preamble and verbatim text', () => {
  it('keeps preamble lines, blank lines skipped, trailing U+3000 intact', () => {
    const body = [
      '样本条例',
      '',
      '2001年1月1日 示例令第1号发布　',
      '2010年2月2日 示例修订　',
      '第一章 总 则',
      '第一条 示例。　',
      '',
      '示例款　',
    ];
    const doc = parse(body);
    expect(doc.preamble.map((l) => l.text)).toEqual(['样本条例', '2001年1月1日 示例令第1号发布　', '2010年2月2日 示例修订　']);
    expect(doc.preamble.map((l) => l.line)).toEqual([bodyLine(0), bodyLine(2), bodyLine(3)]);
    const a = allArticles(doc)[0]!;
    expect(a.firstText).toBe('示例。　');
    expect(a.paragraphs[0]).toEqual({ line: bodyLine(7), text: '示例款　', isItem: false });
  });

  it('does not make paragraphs of lines holding only spaces', () => {
    const doc = parse(['第一章　总则', '　　', '第一条　示例。', '   ', ' \u3000 ', '示例款。', '\u3000']);
    expect(doc.chapters[0]?.blocks.map((b) => b.kind)).toEqual(['article']);
    expect(allArticles(doc)[0]?.paragraphs.map((p) => p.text)).toEqual(['示例款。']);
  });

  it('keeps ordinary prose that merely starts with 第 or an ordinal as text', () => {
    const prose = [
      '第一，坚持示例原则，做到示例要求。',
      '第二十次示例会议通过本规则。',
      '第二次 示例会议另行通知。',
      '第三届 示例理事会',
      '第二款 规定的示例除外。',
      '第三十条规定的示例情形，依照本条处理。',
      '第二章规定的事项依照示例处理。',
      '第5号示例令 同时废止。',
      '三十多个示例组织 参加。',
      '　　第一，示例缩进的段落。',
      '　　第三十条规定的示例情形除外。',
    ];
    const doc = parse(['第一章　总则', '第一条　示例。', ...prose]);
    expect(doc.chapters).toHaveLength(1);
    expect(allArticles(doc)[0]?.paragraphs.map((p) => p.text)).toEqual(prose);
  });

  it('produces plain JSON data', () => {
    const doc = parse(['第一编　总则', '第一章　样本', '第一节　示例', '第一条　示例。', '（一）项。']);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

// ---------------------------------------------------------------------------
// Round-trip property: random synthetic documents in every supported shape.

const SEPS = ['\u3000', ' '] as const;
const sep = fc.constantFrom(...SEPS);
const cjkWord = fc
  .array(fc.constantFrom('示', '例', '会', '员', '组', '织', '规', '定', '事', '项', '，', '、', '；'), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join(''));
const sentence = fc.tuple(cjkWord, fc.constantFrom('。', '：', '；', '。\u3000', '')).map(([w, end]) => `示${w}${end}`); // starts with 示 so it never looks like 第…/总纲/（一）
const title = fc.array(cjkWord, { minLength: 1, maxLength: 3 }).chain((ws) => sep.map((s) => ws.join(s)));

interface Shape {
  preamble: string[];
  general: string[] | null;
  parts: { title: string; chapters: { title: string; intro: string[]; sections: { title: string; articles: Art[] }[] }[] }[];
  usePartsAndChapters: 'none' | 'chapters' | 'parts';
}
interface Art {
  sep: string;
  first: string;
  paras: { kind: 'item' | 'text' | 'ref'; text: string }[];
}
const art: fc.Arbitrary<Art> = fc.record({
  sep: fc.constantFrom('\u3000', ' ', ''),
  first: sentence,
  paras: fc.array(fc.record({ kind: fc.constantFrom('item', 'text', 'ref'), text: sentence }), { maxLength: 4 }),
});
const section = fc.record({ title, articles: fc.array(art, { minLength: 1, maxLength: 3 }) });
const chapter = fc.record({
  title,
  intro: fc.array(sentence, { maxLength: 2 }),
  sections: fc.oneof(
    fc.array(section, { minLength: 1, maxLength: 1 }).map((s) => s.map((x) => ({ ...x, title: '' }))), // no 节
    fc.array(section, { minLength: 2, maxLength: 3 }),
  ),
});
const shape: fc.Arbitrary<Shape> = fc.record({
  preamble: fc.array(sentence, { maxLength: 3 }),
  general: fc.option(fc.array(sentence, { minLength: 1, maxLength: 3 }), { nil: null }),
  parts: fc.array(fc.record({ title, chapters: fc.array(chapter, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
  usePartsAndChapters: fc.constantFrom('none', 'chapters', 'parts'),
});

/** Serialises a shape into body lines, numbering articles 1..N and 章/节 per their scope. */
function render(s: Shape, seps: (i: number) => string): { body: string[]; articles: number } {
  const body = [...s.preamble];
  if (s.general) body.push(['总纲', '总　纲', '总 纲'][s.general.length % 3]!, ...s.general);
  let n = 0;
  let chapterNo = 0;
  s.parts.forEach((p, pi) => {
    // 章 numbering restarts in each 编; without 编 the groups are just runs of chapters.
    if (s.usePartsAndChapters === 'parts') {
      body.push(`第${cn(pi + 1)}编${seps(pi)}${p.title}`);
      chapterNo = 0;
    }
    p.chapters.forEach((c) => {
      chapterNo += 1;
      if (s.usePartsAndChapters !== 'none') body.push(`第${cn(chapterNo)}章${seps(chapterNo)}${c.title}`, ...c.intro);
      c.sections.forEach((sec, si) => {
        if (s.usePartsAndChapters !== 'none' && sec.title !== '') body.push(`第${cn(si + 1)}节${seps(si)}${sec.title}`);
        for (const a of sec.articles) {
          n += 1;
          body.push(`第${cn(n)}条${a.sep}${a.first}`);
          for (const para of a.paras) {
            if (para.kind === 'item') body.push(`（${cn((body.length % 20) + 1)}）${para.text}`);
            // A cross-reference to an article already seen must stay a paragraph.
            else if (para.kind === 'ref') body.push(`第${cn(n)}条规定${para.text}`);
            else body.push(para.text);
          }
        }
      });
    });
  });
  return { body, articles: n };
}

describe('round-trip property', () => {
  it('re-serialising the tree reproduces every body line exactly', () => {
    fc.assert(
      fc.property(shape, fc.array(sep, { minLength: 5, maxLength: 5 }), (s, sepList) => {
        const { body, articles } = render(s, (i) => sepList[i % 5]!);
        const text = makeText(body);
        const doc = parseRegulation(text, 'prop.txt');
        expect(docLines(doc)).toEqual(bodyLinesOf(text));
        expect(doc.articleCount).toBe(articles);
        expect(allArticles(doc).map((a) => a.number)).toEqual(Array.from({ length: articles }, (_, i) => i + 1));
        const keys = doc.chapters.map((c) => c.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });
});
