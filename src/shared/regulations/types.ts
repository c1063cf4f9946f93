/**
 * The parsed form of one regulation file. Everything is plain data (JSON-serialisable)
 * so pages can pass it to islands or write it to disk unchanged.
 *
 * Every body line of the file ends up in exactly one place in this tree, verbatim;
 * `docLines()` walks the tree back into the original line sequence.
 */

/** One body line, verbatim: never trimmed (a trailing U+3000 is part of the text). */
export interface SourceLine {
  /** 1-based line number in the file, counting the header lines. */
  line: number;
  text: string;
}

export interface RegulationHeader {
  title: string;
  source: string;
  issuer?: string;
  adopted?: string;
  secondSource?: string;
  completeness?: string;
  /** Any other `key: value` header lines, keyed as written. */
  extra: Record<string, string>;
}

export type HeadingKind = 'part' | 'chapter' | 'section' | 'general';

/** A 编/章/节 heading or the 总纲 heading; `text` is the whole line as printed. */
export interface Heading extends SourceLine {
  kind: HeadingKind;
  /** 第三章 → 3; null for 总纲. */
  number: number | null;
  /** The numbering part as printed: 第三章; '总纲' (normalised) for the 总纲 heading. */
  label: string;
  /** Display title with spaces between Chinese characters removed: 总 则 → 总则; '' for 总纲. */
  title: string;
}

/** A 款 after the first line of an article; `isItem` when it is a 项 such as （一）…. */
export interface ArticleParagraph extends SourceLine {
  isItem: boolean;
}

export interface Article {
  number: number;
  /** Stable anchor id: art-N. */
  id: string;
  /** 第三十条 as printed. */
  label: string;
  /** What separates the label from the text: ' ', '\u3000' or '' (line is label+separator+firstText). */
  separator: string;
  line: number;
  /** The rest of the first line after label and separator, verbatim (may be ''). */
  firstText: string;
  /** The following lines of the article, verbatim. */
  paragraphs: ArticleParagraph[];
}

export type Block =
  /** A 节 heading inside a chapter. */
  | { kind: 'heading'; heading: Heading }
  /** Text that belongs to no article, e.g. the paragraphs of 总纲. */
  | { kind: 'paragraph'; paragraph: SourceLine }
  | { kind: 'article'; article: Article };

/** One page-sized unit of a regulation: a 章, the 总纲, or the whole text when it has no 章. */
export interface Chapter {
  /**
   * URL-safe and stable: 'general' (总纲), 'ch-3', 'part-2-ch-3' when the text has 编,
   * 'part-2' for text directly under a 编 with no 章, 'full' when the text has no 章.
   */
  key: string;
  /** The 章 heading (or 总纲 / the 编 heading for 'part-N'); null only for 'full'. */
  heading: Heading | null;
  /** The 编 this chapter belongs to, if the text has 编. */
  part: Heading | null;
  blocks: Block[];
  /** First and last article number in this chapter; null when it holds no article. */
  articleRange: [number, number] | null;
}

export interface RegulationDoc {
  /** File name without .txt; used in URLs. */
  slug: string;
  /** File name (basename) the document was read from. */
  file: string;
  header: RegulationHeader;
  /** Body lines before the first heading or article (document title, revision notes). */
  preamble: SourceLine[];
  chapters: Chapter[];
  articleCount: number;
}
