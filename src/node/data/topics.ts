/** Build-time access to the 条旨 (src/shared/regulations/topics.ts), each file checked against its text once. */
import { getCollection } from 'astro:content';
import { getCorpus } from '../regulations/corpus';
import { checkTopics, topicsFile } from '../../shared/regulations/topics';

let all: Promise<Map<string, Map<number, string>>> | undefined;

function load(): Promise<Map<string, Map<number, string>>> {
  all ??= getCollection('regulationTopics').then((entries) => {
    const corpus = getCorpus();
    const out = new Map<string, Map<number, string>>();
    for (const e of entries) {
      // The texts come from REGULATIONS_DIR, which may hold fewer documents than we wrote 条旨
      // for (a test corpus): a file without its text is unused, like a note without its text.
      const doc = corpus.find((d) => d.slug === e.id);
      if (doc) out.set(e.id, checkTopics(e.filePath ?? topicsFile(e.id), e.data, doc));
    }
    return out;
  });
  return all;
}

/** The 条旨 of a regulation by article number; empty when it has no 条旨 file. */
export async function getTopics(slug: string): Promise<ReadonlyMap<number, string>> {
  return (await load()).get(slug) ?? new Map();
}
