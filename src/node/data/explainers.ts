/** Build-time access to the explainers and their chapters (Astro content layer). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { extractCitations, indexCitations, type ParagraphCitation } from '../../shared/explainer/citations';
import { numberedParagraphs, sections } from '../../shared/explainer/mdx-source';
import type { SeedParagraph } from '../../shared/explainer/terms';
import { chineseDate } from '../../shared/dates';

export interface ExplainerChapter {
  /** The explainer's slug (its folder under content/explainers). */
  explainer: string;
  /** The chapter's key within the explainer, its URL segment (05-si.mdx → si). */
  id: string;
  entry: CollectionEntry<'explainerChapters'>;
  data: CollectionEntry<'explainerChapters'>['data'];
  body: string;
}

export interface Explainer {
  slug: string;
  data: CollectionEntry<'explainers'>['data'];
  chapters: ExplainerChapter[];
}

let explainers: Promise<Explainer[]> | undefined;

/** Every explainer in list order, each with its chapters in order. */
export function getExplainers(): Promise<Explainer[]> {
  explainers ??= Promise.all([getCollection('explainers'), getCollection('explainerChapters')]).then(([metas, entries]) => {
    const chapters = entries.map((entry): ExplainerChapter => {
      const [explainer = '', id = ''] = entry.id.split('/');
      return { explainer, id, entry, data: entry.data, body: entry.body ?? '' };
    });
    for (const c of chapters) {
      if (!metas.some((m) => m.id === c.explainer)) {
        throw new Error(`content/explainers/${c.explainer}/ 缺少 explainer.yaml（标题、来源、发布日期）`);
      }
    }
    return metas
      .map((m) => ({
        slug: m.id,
        data: m.data,
        chapters: chapters.filter((c) => c.explainer === m.id).sort((a, b) => a.data.order - b.data.order),
      }))
      .map((e) => {
        if (e.chapters.length === 0) throw new Error(`content/explainers/${e.slug}/ 中没有任何章节（NN-网址名.mdx）`);
        return e;
      })
      .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
  });
  return explainers;
}

/** The numbered sections of a chapter (四（一）… = si-1 …), for its contents and 本页目录. */
export function chapterSections(chapter: ExplainerChapter): { id: string; title: string }[] {
  return sections(chapter.body ?? '').map((s) => ({ id: s.id, title: s.title.replace(/。$/, '') }));
}

export async function getExplainer(slug: string): Promise<Explainer> {
  const found = (await getExplainers()).find((e) => e.slug === slug);
  if (!found) throw new Error(`找不到解读：content/explainers/${slug}/`);
  return found;
}

/** "原文于2023年6月18日发布于…，来源：…", the line every page of the explainer carries. */
export function sourceLine(e: Explainer): string {
  const { source, published } = e.data;
  return `原文于${chineseDate(published.toISOString().slice(0, 10))}发布于${source.site}${source.original ? `，来源：${source.original}` : ''}`;
}

let seedParagraphs: Promise<SeedParagraph[]> | undefined;

/** The plain text of each numbered paragraph of every explainer (section titles included), in order. */
export function getSeedParagraphs(): Promise<SeedParagraph[]> {
  seedParagraphs ??= getExplainers().then((all) =>
    all.flatMap((e) =>
      e.chapters.flatMap((chapter) =>
        numberedParagraphs(chapter.body).map(({ n, text }) => ({ explainer: e.slug, chapterId: chapter.id, n, text })),
      ),
    ),
  );
  return seedParagraphs;
}

let citationIndex: Promise<Map<string, ParagraphCitation[]>> | undefined;

/** "source#article" → the explainer paragraphs that cite it. */
export function getCitationIndex(): Promise<Map<string, ParagraphCitation[]>> {
  citationIndex ??= getExplainers().then((all) =>
    indexCitations(all.flatMap((e) => e.chapters.flatMap((c) => extractCitations(e.slug, c.id, c.body)))),
  );
  return citationIndex;
}

/**
 * A short human label for an explainer paragraph, e.g. "四（一）" or "导言". With more
 * than one explainer on the site it names the explainer too: "《加强协会商会党建》四（一）".
 */
export async function paragraphLabel(explainer: string, chapterId: string, n: number): Promise<string> {
  const all = await getExplainers();
  const e = all.find((x) => x.slug === explainer);
  const chapter = e?.chapters.find((c) => c.id === chapterId);
  if (!e || !chapter) return chapterId;
  const number = sections(chapter.body)
    .find((s) => s.n === n)
    ?.title.match(/^（[一二三四五六七八九十]+）/)?.[0];
  const short = chapter.data.title.split('、')[0] ?? chapter.data.title;
  return `${all.length > 1 ? `《${e.data.shortTitle}》` : ''}${short}${number ?? ''}`;
}

export interface ExplainerSection {
  explainer: string;
  chapterId: string;
  /** The section's heading and body lines, tags stripped (source text, not yet normalised). */
  paragraphs: SeedParagraph[];
}

/** A numbered section of an explainer (四（一）… = si-1 …), found by its anchor id. */
export async function getExplainerSection(explainer: string, sectionId: string): Promise<ExplainerSection | undefined> {
  const paragraphs = await getSeedParagraphs();
  for (const chapter of (await getExplainer(explainer)).chapters) {
    const section = sections(chapter.body).find((s) => s.id === sectionId);
    if (section) {
      return {
        explainer,
        chapterId: chapter.id,
        paragraphs: paragraphs.filter((p) => p.explainer === explainer && p.n === section.n),
      };
    }
  }
  return undefined;
}
