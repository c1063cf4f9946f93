/** Build-time access to the generated regulation chapter MDX entries. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterDisplayName } from '../../shared/regulations/display';

export type RegulationChapterEntry = CollectionEntry<'regulationChapters'>;

let all: Promise<RegulationChapterEntry[]> | undefined;

export function getRegulationChapterEntries(): Promise<RegulationChapterEntry[]> {
  all ??= getCollection('regulationChapters').then((entries) =>
    entries.sort((a, b) => a.data.regulation.localeCompare(b.data.regulation) || a.data.order - b.data.order),
  );
  return all;
}

export async function chaptersOf(slug: string): Promise<RegulationChapterEntry[]> {
  return (await getRegulationChapterEntries()).filter((e) => e.data.regulation === slug);
}

/** "第五章 党的基层组织", or "总纲"/"全文" for chapters without a numbered title. */
export function chapterName(entry: RegulationChapterEntry): string {
  return chapterDisplayName(entry.data.label, entry.data.title);
}
