/**
 * Parses one regulation file (header + body) into a RegulationDoc. Pure: no fs.
 *
 * The body is read line by line; each non-empty line is, in order of precedence:
 *   - the 总纲 heading (总纲 / 总　纲 / 总 纲),
 *   - a 编/章/节 heading: 第<numeral>章 + U+3000/U+0020 + title,
 *   - an article line: 第<numeral>条 + U+3000/U+0020/end of line + text, or with no
 *     separator when the number is exactly the expected next one,
 *   - otherwise plain text: a further paragraph (款/项) of the current article, a
 *     paragraph of the current chapter (e.g. 总纲 text), or part of the preamble.
 * Numbering is checked as it goes (articles 1..N across the document, 章 restarting
 * in each 编, 节 restarting in each 章) so a damaged file fails with its line number
 * instead of producing a plausible but wrong site. For the same reason a line that
 * starts like a heading but is not one (第八张　附则, 弟三十七条, 第三十 七条, an
 * indented heading) is an error, not a paragraph: it would silently merge a heading
 * into the previous article. Characters are checked first (see source.ts), and lines
 * holding only spaces are blank.
 */
import { RegulationParseError } from './errors.ts';
import { articleAnchor } from '../site/constants.ts';
import { parseHeader } from './header.ts';
import { slugFromFileName } from './slug.ts';
import { NUMERAL_CHARS, parseChineseNumeral, toChineseNumeral } from './numerals.ts';
import { isBlank, sourceLines } from './source.ts';
import type { Article, Chapter, Heading, RegulationDoc, SourceLine } from './types.ts';

export { docLines } from './lines.ts';

const GENERAL = /^总[\u3000 ]*纲[\u3000 ]*$/;
// The numeral slot stops at punctuation, so 第一，坚持… is never mistaken for a heading.
const NUMERAL_SLOT = String.raw`[^\s第条编章节，。、；：,.;:（）()]{1,8}`;
// A structural heading keyword must be followed by a separator or the end of the line;
// 第二章规定的… (no separator) is ordinary text.
const STRUCTURE = new RegExp(String.raw`^(第(${NUMERAL_SLOT})([编章节]))(?=[\u3000 ]|$)(.*)$`, 'u');
const ARTICLE = new RegExp(String.raw`^(第(${NUMERAL_SLOT})条)([\u3000 ]?)(.*)$`, 'u');
const HAS_NUMERAL = new RegExp(`[${NUMERAL_CHARS}]`, 'u');

// Near misses of a heading or article line, all anchored at the line start and, except
// for the spaced number, followed by a separator or the end of the line as a heading is;
// prose such as 第一，坚持… or 第二十次全国代表大会 never matches.
/** 第三十 七条, 第 八章: spaces inside the number. */
const SPACED_NUMBER = new RegExp(String.raw`^第([${NUMERAL_CHARS}\u3000 ]*[${NUMERAL_CHARS}][${NUMERAL_CHARS}\u3000 ]*)([编章节条])`, 'u');
/**
 * 第八张　附则, 第三十七條　…: a numeral followed by one wrong character. The measure
 * words of ordinary ordinals (第二次 会议, 第二届, 第5号, 第二款) are prose, not typos.
 */
const ORDINAL_WORDS = '次届号个批年月日天期位名种类部份段轮步点页句行代任级版册卷集课组层家款项';
const WRONG_UNIT = new RegExp(
  String.raw`^第([${NUMERAL_CHARS}]+)((?![${NUMERAL_CHARS}编章节条${ORDINAL_WORDS}])\p{Script=Han})(?=[\u3000 ]|$)`,
  'u',
);
/** 弟三十七条　…, 三十七条　…: something other than 第 (or nothing) before the number. */
const WRONG_FIRST = new RegExp(String.raw`^((?![${NUMERAL_CHARS}第])\p{Script=Han})?([${NUMERAL_CHARS}]+)([编章节条])(?=[\u3000 ]|$)`, 'u');
/** Common misreadings of 第; with no separator, 弟三十七条本条例… is an article only when it carries the next number. */
const FIRST_LOOKALIKE = new RegExp(String.raw`^[弟笫苐]([${NUMERAL_CHARS}]+)条`, 'u');
const INDENT = /^[\u3000 ]+/u;
// A 项 starts with a parenthesised Chinese numeral: （一）, （十二）.
const ITEM = /^[（(][〇零一二三四五六七八九十百]+[）)]/u;
const EDGE_SPACES = /^[\u3000 ]+|[\u3000 ]+$/gu;
// In documents without 条: a section heading such as 一、总体要求 (short, no sentence end).
const NUMBERED_HEADING = /^([一二三四五六七八九十]{1,3})、([^。；]{1,40})$/u;
// Spaces between two non-ASCII characters are typesetting (总 则, 党　组); spaces next to
// Latin text are real words boundaries and stay.
const INNER_CJK_SPACES = /(?<=\P{ASCII})[\u3000 ]+(?=\P{ASCII})/gu;

type Unit = '编' | '章' | '节' | '条';
const NUMBER_NAME: Record<Unit, string> = { 编: '编的编号', 章: '章编号', 节: '节编号', 条: '条文编号' };

/** Expects 1, 2, 3… and remembers where each number was seen, for duplicate messages. */
class Counter {
  private readonly seen = new Map<number, number>();
  private readonly unit: Unit;

  constructor(unit: Unit) {
    this.unit = unit;
  }

  get next(): number {
    return this.seen.size + 1;
  }

  reset(): void {
    this.seen.clear();
  }

  /** Throws unless `n` (printed as `label`) is the next number. */
  take(n: number, label: string, file: string, line: number): void {
    const expected = `第${toChineseNumeral(this.next)}${this.unit}`;
    const earlier = this.seen.get(n);
    if (earlier !== undefined) {
      throw new RegulationParseError(file, line, `${NUMBER_NAME[this.unit]}重复：${label}已出现在第${earlier}行（应为${expected}）`);
    }
    if (n !== this.next) {
      throw new RegulationParseError(file, line, `${NUMBER_NAME[this.unit]}不连续：应为${expected}，实际为${label}`);
    }
    this.seen.set(n, line);
  }
}

/** Builds the tree one body line at a time. */
class DocBuilder {
  readonly preamble: SourceLine[] = [];
  readonly chapters: Chapter[] = [];
  private chapter: Chapter | null = null;
  private article: Article | null = null;
  /** A 编 heading not yet attached to any chapter. */
  private pendingPart: Heading | null = null;
  private currentPart: Heading | null = null;
  private readonly parts = new Counter('编');
  private readonly chapterNos = new Counter('章');
  private readonly sections = new Counter('节');
  private readonly articles = new Counter('条');
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  get articleCount(): number {
    return this.articles.next - 1;
  }

  add(text: string, line: number): void {
    const indent = INDENT.exec(text);
    if (indent && this.startsLikeHeading(text.slice(indent[0].length))) {
      this.fail(
        line,
        `标题或条文编号前不能有空格：“${text.slice(indent[0].length, indent[0].length + 12)}”应从行首开始（a heading or article number must start the line, without leading spaces）`,
      );
    }
    if (GENERAL.test(text)) return this.general(text, line);
    const s = STRUCTURE.exec(text);
    if (s && HAS_NUMERAL.test(s[2]!)) return this.heading(s[1]!, s[2]!, s[3] as '编' | '章' | '节', s[4]!, text, line);
    const a = ARTICLE.exec(text);
    if (a && HAS_NUMERAL.test(a[2]!) && this.tryArticle(a[1]!, a[2]!, a[3]!, a[4]!, line)) return;
    const malformed = this.malformedHeading(text);
    if (malformed) this.fail(line, malformed);
    this.paragraph({ line, text });
  }

  /** True when `text` would be read as a heading or an article with a separator, or is a near miss of one. */
  private startsLikeHeading(text: string): boolean {
    if (GENERAL.test(text)) return true;
    const s = STRUCTURE.exec(text);
    if (s && HAS_NUMERAL.test(s[2]!)) return true;
    const a = ARTICLE.exec(text);
    if (a && HAS_NUMERAL.test(a[2]!) && a[3] !== '') return true;
    return this.malformedHeading(text) !== null;
  }

  /**
   * What is wrong with a line that starts like a heading or article but is not one,
   * or null for ordinary text. The message says what was expected.
   */
  private malformedHeading(text: string): string | null {
    const spaced = SPACED_NUMBER.exec(text);
    if (spaced && /[\u3000 ]/u.test(spaced[1]!)) {
      const expected = `第${spaced[1]!.replace(/[\u3000 ]/gu, '')}${spaced[2]!}`;
      return `编号中间不能有空格：“${spaced[0]}”应写作“${expected}”（no spaces are allowed inside a heading or article number; expected ${expected}）`;
    }
    const unit = WRONG_UNIT.exec(text);
    if (unit) {
      const n = unit[1]!;
      const expected = `“第${n}章”“第${n}节”“第${n}编”或“第${n}条”`;
      return `“第${n}${unit[2]!}”不是规范的标题或条文编号：应为${expected}（the line starts like a heading, but 第${n}${unit[2]!} is not one of 第${n}章/节/编/条）`;
    }
    const first = WRONG_FIRST.exec(text);
    if (first) {
      const expected = `第${first[2]!}${first[3]!}`;
      return `“${first[0]}”不是规范的标题或条文编号：应写作“${expected}”（the line starts like a heading, but not with 第; expected ${expected}）`;
    }
    const lookalike = FIRST_LOOKALIKE.exec(text);
    if (lookalike && parseChineseNumeral(lookalike[1]!) === this.articles.next) {
      const expected = `第${lookalike[1]!}条`;
      return `“${lookalike[0]}”不是规范的条文编号：应写作“${expected}”（the line starts like an article, but not with 第; expected ${expected}）`;
    }
    return null;
  }

  finish(firstBodyLine: number): void {
    this.flushPendingPart();
    if (this.articleCount === 0 && this.chapters.length === 0) this.sectionsFromNumberedHeadings(firstBodyLine);
  }

  /**
   * A document without 条 or 章 (an 意见 or 通知, say) is organised by headings such
   * as 一、总体要求 / 二、…: those become its pages. Without them, the whole body is one
   * page. Only an unbroken 一、二、三… counts, so a stray "一、" inside text does not.
   */
  private sectionsFromNumberedHeadings(firstBodyLine: number): void {
    const lines = this.preamble.splice(0);
    let expected = 1;
    let opened = false;
    for (const sl of lines) {
      const m = NUMBERED_HEADING.exec(sl.text);
      const n = m ? parseChineseNumeral(m[1]!) : null;
      if (m && n === expected) {
        expected++;
        opened = true;
        const title = m[2]!.replace(EDGE_SPACES, '').replace(INNER_CJK_SPACES, '');
        const heading: Heading = { line: sl.line, text: sl.text, kind: 'chapter', number: n, label: `${m[1]}、`, title };
        this.open({ key: `sec-${n}`, heading, part: null, blocks: [], articleRange: null });
      } else if (opened) {
        this.chapter!.blocks.push({ kind: 'paragraph', paragraph: sl });
      } else {
        this.preamble.push(sl);
      }
    }
    if (!opened) {
      // No structure at all: one page holding the whole text (the preamble stays empty).
      const all = this.preamble.splice(0);
      if (all.length === 0) this.fail(firstBodyLine, '正文为空');
      this.open({
        key: 'full',
        heading: null,
        part: null,
        blocks: all.map((paragraph) => ({ kind: 'paragraph' as const, paragraph })),
        articleRange: null,
      });
    }
  }

  private fail(line: number, detail: string): never {
    throw new RegulationParseError(this.file, line, detail);
  }

  private general(text: string, line: number): void {
    if (this.chapters.length > 0 || this.pendingPart || this.articleCount > 0) {
      this.fail(line, '总纲只能出现一次，且须在所有编、章和条文之前');
    }
    const heading: Heading = { line, text, kind: 'general', number: null, label: '总纲', title: '' };
    this.open({ key: 'general', heading, part: null, blocks: [], articleRange: null });
  }

  private heading(label: string, numeral: string, unit: '编' | '章' | '节', rest: string, text: string, line: number): void {
    const n = parseChineseNumeral(numeral);
    if (n === null) this.fail(line, `无法识别的标题编号：“${label}”`);
    const title = rest.replace(EDGE_SPACES, '').replace(INNER_CJK_SPACES, '');
    if (title === '') this.fail(line, `标题缺少名称：“${label}”后面没有标题文字`);
    const kind = unit === '编' ? 'part' : unit === '章' ? 'chapter' : 'section';
    const heading: Heading = { line, text, kind, number: n, label, title };

    // A text that started with articles outside any chapter cannot grow chapters later:
    // its 'full' page would silently swallow half of the document.
    if (kind !== 'section' && this.chapters.some((c) => c.key === 'full')) {
      this.fail(line, `${unit}标题出现在不属于任何章的条文之后：“${label}”`);
    }
    if (kind === 'part') {
      this.parts.take(n, label, this.file, line);
      this.flushPendingPart();
      this.pendingPart = heading;
      this.currentPart = heading;
      this.chapterNos.reset(); // 章 numbering restarts in each 编
      this.chapter = null;
      this.article = null;
    } else if (kind === 'chapter') {
      this.chapterNos.take(n, label, this.file, line);
      this.sections.reset(); // 节 numbering restarts in each 章
      const part = this.currentPart;
      this.pendingPart = null;
      this.open({ key: part ? `part-${part.number}-ch-${n}` : `ch-${n}`, heading, part, blocks: [], articleRange: null });
    } else {
      if (this.chapter?.heading?.kind !== 'chapter') this.fail(line, `节标题必须位于某一章之内：“${label}”`);
      this.sections.take(n, label, this.file, line);
      this.chapter.blocks.push({ kind: 'heading', heading });
      this.article = null;
    }
  }

  /** Returns false when the line only looks like an article and is really text. */
  private tryArticle(label: string, numeral: string, separator: string, rest: string, line: number): boolean {
    const n = parseChineseNumeral(numeral);
    // With no separator and more text (第二十条规定…), the line is a new article only when
    // it carries exactly the expected number; otherwise it is a cross-reference in the text.
    const loose = separator === '' && rest !== '';
    if (n === null) {
      if (loose) return false;
      this.fail(line, `无法识别的条文编号：“${label}”`);
    }
    if (loose && n !== this.articles.next) return false;
    this.articles.take(n, label, this.file, line);
    const chapter = this.ensureChapter(line);
    const article: Article = { number: n, id: articleAnchor(n), label, separator, line, firstText: rest, paragraphs: [] };
    chapter.blocks.push({ kind: 'article', article });
    chapter.articleRange = [chapter.articleRange?.[0] ?? n, n];
    this.article = article;
    return true;
  }

  private paragraph(sl: SourceLine): void {
    if (this.article) {
      this.article.paragraphs.push({ ...sl, isItem: ITEM.test(sl.text) });
    } else if (this.chapter || this.pendingPart) {
      this.ensureChapter(sl.line).blocks.push({ kind: 'paragraph', paragraph: sl });
    } else {
      this.preamble.push(sl);
    }
  }

  /** The chapter that text should go into, creating an implicit one ('part-N' or 'full'). */
  private ensureChapter(line: number): Chapter {
    if (this.chapter) return this.chapter;
    if (this.pendingPart) {
      const part = this.pendingPart;
      this.pendingPart = null;
      return this.open({ key: `part-${part.number}`, heading: part, part, blocks: [], articleRange: null });
    }
    if (this.chapters.length > 0) this.fail(line, '内部错误：正文不属于任何章'); // unreachable: a 编 always leaves pendingPart
    return this.open({ key: 'full', heading: null, part: null, blocks: [], articleRange: null });
  }

  /** A 编 heading followed directly by another 编 or the end still needs a home. */
  private flushPendingPart(): void {
    if (this.pendingPart) this.ensureChapter(this.pendingPart.line);
  }

  private open(chapter: Chapter): Chapter {
    this.chapters.push(chapter);
    this.chapter = chapter;
    this.article = null;
    return chapter;
  }
}

/** File name without directories, then without `.txt`: regulations/party.txt → party. */
function basename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/**
 * Parses a regulation file's text. `file` names the file in error messages (pass a
 * full path for clickable build errors); its basename, without .txt, becomes the slug.
 */
export function parseRegulation(text: string, file: string): RegulationDoc {
  // Drops a BOM, accepts LF and CRLF, and rejects stray CR, tabs, U+2028 and the like.
  const lines = sourceLines(text, file);
  const { header, bodyStart } = parseHeader(lines, file);

  const builder = new DocBuilder(file);
  let firstBodyLine = 0;
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i]!;
    if (isBlank(text)) continue; // blank lines (spaces only) carry no text
    if (firstBodyLine === 0) firstBodyLine = i + 1;
    builder.add(text, i + 1);
  }
  if (firstBodyLine === 0) {
    // bodyStart is the 0-based index after the closing ---, i.e. the 1-based line of that ---.
    throw new RegulationParseError(file, bodyStart, '正文为空：文件头之后没有任何文字（empty body）');
  }
  builder.finish(firstBodyLine);

  const name = basename(file);
  return {
    slug: slugFromFileName(name),
    file: name,
    header,
    preamble: builder.preamble,
    chapters: builder.chapters,
    articleCount: builder.articleCount,
  };
}
