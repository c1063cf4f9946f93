/** Build-time access to the regulation corpus and our editorial notes about it. */
import { partLines } from '../../shared/explainer/parts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { getCorpus, findArticle } from '../regulations/corpus';
import type { RegulationDoc } from '../../shared/regulations/types';
import { regulationArticleUrl, regulationUrl } from '../../shared/site/urls';
import { toChineseNumeral } from '../../shared/regulations/numerals';
import { articleTextLines } from '../../shared/regulations/display';
import { EXPLAINER_SOURCE, type SourceTitles } from '../../shared/assessment/citations';
import { SEED_EXPLAINER } from '../../shared/site/constants';
import { getExplainer } from './explainers';
import { headerDates, headerProvenance, type DocumentDates } from '../../shared/regulations/header-facts';

export type RegulationNote = CollectionEntry<'regulationNotes'>;

export interface RegulationInfo {
  doc: RegulationDoc;
  note: RegulationNote | undefined;
  /** Short title for navigation and citations, from our note or derived from the header. */
  shortTitle: string;
  /** Full title without the book-title marks. */
  fullTitle: string;
  /** What pages say about the document: our note's values where we wrote one, else what its file says. */
  facts: RegulationFacts;
}

export interface RegulationFacts {
  issuer: string | undefined;
  dates: DocumentDates;
  /** Only where a source states it (our note); never guessed. */
  status: string | undefined;
  /** Where our copy of the text comes from and how it was checked, in Chinese. */
  provenance: string;
}

/** Per field, our note wins (it may annotate a date in Chinese); the file's header and text fill the rest. */
function regulationFacts(doc: RegulationDoc, note: RegulationNote | undefined): RegulationFacts {
  const fromFile = headerDates(doc);
  const data = note?.data;
  return {
    issuer: data?.issuer ?? doc.header.issuer,
    dates: {
      adopted: data?.adopted ?? fromFile.adopted,
      effective: data?.effective ?? fromFile.effective,
      revised: data?.revised.length ? data.revised : fromFile.revised,
    },
    status: data?.status,
    provenance: data?.sourceNote ?? headerProvenance(doc.header),
  };
}

export function stripBookMarks(title: string): string {
  return title.replace(/^《/, '').replace(/》$/, '');
}

let notes: Promise<RegulationNote[]> | undefined;
const getNotes = (): Promise<RegulationNote[]> => (notes ??= getCollection('regulationNotes'));

let regulations: Promise<RegulationInfo[]> | undefined;

/** Every regulation in REGULATIONS_DIR, merged with its note when we have one. */
export function getRegulations(): Promise<RegulationInfo[]> {
  regulations ??= getNotes().then((notes) =>
    getCorpus()
      .map((doc) => {
        const note = notes.find((n) => n.id === doc.slug);
        const fullTitle = stripBookMarks(doc.header.title);
        return { doc, note, fullTitle, shortTitle: note?.data.shortTitle ?? fullTitle, facts: regulationFacts(doc, note) };
      })
      .sort((a, b) => (a.note?.data.order ?? 100) - (b.note?.data.order ?? 100) || a.doc.slug.localeCompare(b.doc.slug)),
  );
  return regulations;
}

export async function getRegulation(slug: string): Promise<RegulationInfo | undefined> {
  return (await getRegulations()).find((r) => r.doc.slug === slug);
}

let titles: Promise<SourceTitles> | undefined;

/**
 * What citations call each source (shared/assessment/citations): a corpus file by its
 * header's title, a source we have only a note for by the note's short title, and the
 * seed explainer by its explainer.yaml title. Read here once, typed nowhere else.
 */
export function sourceTitles(): Promise<SourceTitles> {
  titles ??= Promise.all([getRegulations(), getNotes(), getExplainer(SEED_EXPLAINER)]).then(([regs, notes, explainer]) => ({
    ...Object.fromEntries(notes.map((n) => [n.id, n.data.shortTitle])),
    ...Object.fromEntries(regs.map((r) => [r.doc.slug, r.fullTitle])),
    [EXPLAINER_SOURCE]: explainer.data.title,
  }));
  return titles;
}

/** The name to show for a source we may not have: our note's title, else the slug. */
export async function sourceName(slug: string): Promise<string> {
  const reg = await getRegulation(slug);
  if (reg) return reg.shortTitle;
  return (await getNotes()).find((n) => n.id === slug)?.data.shortTitle ?? slug;
}

export interface ResolvedCitation {
  label: string;
  href: string | undefined;
  /** The cited article's text as shown on its page (a line per paragraph); empty when no article or no text. */
  text: string[];
  /** When a 款 or 项 is cited: the indexes of its lines in `text`. */
  focus?: number[];
}

/** Resolves a (source, article) pair to a label and link; no link when the text is missing. */
export async function resolveCitation(source: string, article?: number, part?: string): Promise<ResolvedCitation> {
  const name = await sourceName(source);
  const articleLabel = article ? `第${toChineseNumeral(article)}条${part ?? ''}` : '';
  const reg = await getRegulation(source);
  if (!reg) return { label: `${name}${articleLabel}`, href: undefined, text: [] };
  if (article === undefined) return { label: name, href: regulationUrl(source), text: [] };
  const found = findArticle(getCorpus(), source, article);
  if (!found) throw new Error(`引用了不存在的条文：${source} 第${article}条`);
  const text = articleTextLines(found.article);
  const resolved = { label: `${name}${articleLabel}`, href: regulationArticleUrl(source, found.chapter.key, article), text };
  if (part === undefined) return resolved;
  try {
    return { ...resolved, focus: partLines(text, part) };
  } catch (error) {
    throw new Error(`引用了${name}第${article}条中不存在的款项：${(error as Error).message}`, { cause: error });
  }
}

/** getStaticPaths of the per-regulation pages (overview, full text): one page per regulation. */
export async function regulationPaths(): Promise<{ params: { slug: string }; props: { reg: RegulationInfo } }[]> {
  return (await getRegulations()).map((reg) => ({ params: { slug: reg.doc.slug }, props: { reg } }));
}
