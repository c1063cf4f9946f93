import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { GENERATED_REGULATIONS_DIR } from './lib/regulations/paths';
import { articleChapterSchema, glossaryTermSchema, regulationChapterSchema, regulationNoteSchema } from './lib/content/schemas';

const article = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/article',
    // "05-si.mdx" → "si": the order prefix sorts files, the rest is the URL.
    generateId: ({ entry }) => entry.replace(/^\d+-/, '').replace(/\.mdx$/, ''),
  }),
  schema: articleChapterSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary/terms.yaml'),
  schema: glossaryTermSchema,
});

const regulationNotes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/regulations' }),
  schema: regulationNoteSchema,
});

/** Regulation chapters generated at build time from REGULATIONS_DIR (never committed). */
const regulationChapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: GENERATED_REGULATIONS_DIR }),
  schema: regulationChapterSchema,
});

export const collections = { article, glossary, regulationNotes, regulationChapters };
