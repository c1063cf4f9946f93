/**
 * What a regulation file says about its document, read from the file alone: the
 * document's own dates (from the header, the 题注 line and the 施行 article) and where
 * our copy of the text comes from (the header's source lines). A new file gets its
 * dates and provenance from here until we write a 导读 note for it. Pure.
 */
import type { RegulationDoc, RegulationHeader } from './types';

export interface DocumentDates {
  /** yyyy-mm-dd, optionally followed by a Chinese note in full-width brackets. */
  adopted?: string | undefined;
  effective?: string | undefined;
  revised: string[];
}

const ISO = String.raw`\d{4}-\d{2}-\d{2}`;
/** An ISO date with an optional "(note)" after it. */
const DATED = new RegExp(String.raw`(${ISO})(?:\s*\(([^()]*)\))?`, 'g');
const LATIN = /[A-Za-z]/;

/** '2016-02-06' plus its note when the note is Chinese (headers explain in English; that stays out of pages). */
function datedValue(iso: string, note: string | undefined): string {
  const text = note?.trim();
  return text && !LATIN.test(text) ? `${iso}（${text}）` : iso;
}

/** The leading dated value of a header line: '1998-10-25 (国务院令第250号发布); …' → '1998-10-25（国务院令第250号发布）'. */
function leadingDate(value: string | undefined): string | undefined {
  const m = value && new RegExp(String.raw`^(${ISO})(?:\s*\(([^()]*)\))?`).exec(value.trim());
  return m ? datedValue(m[1]!, m[2]) : undefined;
}

/**
 * Every dated value of a `revised:` line, or after "revised <date>" in another header line
 * (not after any "revised": "the revised text … replaces the 2014-05-28 text" dates no revision).
 */
function revisedDates(value: string | undefined, wholeLine: boolean): string[] {
  if (!value) return [];
  const at = wholeLine ? 0 : value.search(new RegExp(String.raw`\brevised\s+${ISO}`, 'i'));
  if (at < 0) return [];
  return [...value.slice(at).matchAll(DATED)].map((m) => datedValue(m[1]!, m[2]));
}

const pad = (n: string): string => n.padStart(2, '0');
const CN_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const cnToIso = (m: RegExpExecArray): string => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;

/** Every line of the document's body, in order (preamble, then each article's lines). */
function bodyTexts(doc: RegulationDoc): string[] {
  const texts = doc.preamble.map((l) => l.text);
  for (const chapter of doc.chapters) {
    for (const block of chapter.blocks) {
      if (block.kind === 'paragraph') texts.push(block.paragraph.text);
      if (block.kind === 'article') texts.push(block.article.firstText, ...block.article.paragraphs.map((p) => p.text));
    }
  }
  return texts;
}

/** The effective date the text itself states: "自2019年5月6日起施行", or "自发布之日起施行" (= publication). */
function effectiveFromText(texts: readonly string[], adopted: string | undefined): string | undefined {
  for (const text of [...texts].reverse()) {
    const dated = new RegExp(`自${CN_DATE.source}起施行`).exec(text);
    if (dated) return cnToIso(dated);
    if (/自(?:发布|公布|印发)之日起施行/.test(text) && adopted) return adopted.slice(0, 10);
  }
  return undefined;
}

/** Revisions named in the 题注 line under the title: "（……　2026年4月2日中共中央政治局常委会会议修订　……）". */
function revisedFromCaption(preamble: readonly string[]): string[] {
  const caption = preamble.find((t) => /^（.*）$/.test(t.trim()) && CN_DATE.test(t));
  if (!caption) return [];
  return caption
    .trim()
    .slice(1, -1)
    .split(/[\u3000 ]+/)
    .flatMap((part) => {
      const m = new RegExp(`^${CN_DATE.source}(.*(?:修订|修正|修改))$`).exec(part);
      return m ? [`${cnToIso(m)}（${m[4]}）`] : [];
    });
}

/**
 * The header's `adopted` date, unless the header says it is the 施行 date quoted from the
 * text ("本条例自2018年10月28日起施行"): then the text printed no adoption date.
 */
function adoptedDate(value: string | undefined): string | undefined {
  const date = leadingDate(value);
  const quoted = value && new RegExp(`自${CN_DATE.source}起施行`).exec(value);
  return date && quoted && cnToIso(quoted) === date.slice(0, 10) ? undefined : date;
}

/** The document's dates as its file gives them. */
export function headerDates(doc: RegulationDoc): DocumentDates {
  const { header } = doc;
  const adopted = adoptedDate(header.adopted);
  const revisedLine = header.extra['revised'];
  const revised = revisedLine ? revisedDates(revisedLine, true) : revisedDates(header.adopted, false);
  return {
    adopted,
    effective: leadingDate(header.extra['effective']) ?? effectiveFromText(bodyTexts(doc), adopted),
    revised: revised.length > 0 ? revised : revisedFromCaption(doc.preamble.map((l) => l.text)),
  };
}

/** A header source value in Chinese: 'github:owner/repo path@sha (…)' → 'GitHub 仓库 owner/repo 中的 path（版本 sha7）'. */
export function sourceName(value: string): string {
  const id = value.split(/\s+\(/)[0]!.trim();
  const gh = /^github:(\S+)\s+(.+?)@([0-9a-f]{7,40})$/.exec(id);
  if (gh) return `GitHub 仓库 ${gh[1]} 中的 ${gh[2]}（版本 ${gh[3]!.slice(0, 7)}）`;
  return id;
}

/**
 * Where our copy comes from and how it was checked, in Chinese, from the header alone.
 * The header explains in English; pages say only what can be read off it for sure.
 */
export function headerProvenance(header: RegulationHeader): string {
  const parts = [`取自${sourceName(header.source)}`];
  const second = header.secondSource?.trim();
  if (second) {
    parts.push(/^none\b/i.test(second) ? '没有第二份全文可供逐字核对' : `并与${sourceName(second)}核对`);
  }
  const completeness = header.completeness?.trim();
  if (completeness) parts.push(/^full\b/i.test(completeness) ? '文件头注明为全文' : '文件头注明可能不完整');
  return `${parts.join('；')}。`;
}
