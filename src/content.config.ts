import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { GENERATED_REGULATIONS_DIR } from './node/paths';
import {
  explainerChapterSchema,
  explainerSchema,
  glossaryTermSchema,
  regulationChapterSchema,
  regulationNoteSchema,
  regulationTopicsSchema,
} from './node/content/schemas';

// Each explainer is a folder content/explainers/<slug>/: explainer.yaml (metadata) and
// NN-<chapter>.mdx chapters. The folder name is the explainer's URL slug.
const EXPLAINERS_DIR = './content/explainers';

const explainers = defineCollection({
  loader: glob({
    pattern: '*/explainer.yaml',
    base: EXPLAINERS_DIR,
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: explainerSchema,
});

const explainerChapters = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: EXPLAINERS_DIR,
    // "<slug>/05-si.mdx" → "<slug>/si": the order prefix sorts files, the rest is the URL.
    generateId: ({ entry }) => entry.replace(/\/\d+-/, '/').replace(/\.mdx$/, ''),
  }),
  schema: explainerChapterSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary/terms.yaml'),
  schema: glossaryTermSchema,
});

const regulationNotes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/regulations' }),
  schema: regulationNoteSchema,
});

/** 条旨: content/regulations/<slug>.topics.yaml, one file per regulation, optional. */
const regulationTopics = defineCollection({
  loader: glob({
    pattern: '*.topics.yaml',
    base: './content/regulations',
    generateId: ({ entry }) => entry.replace(/\.topics\.yaml$/, ''),
  }),
  schema: regulationTopicsSchema,
});

/** Regulation chapters generated at build time from REGULATIONS_DIR (never committed). */
const regulationChapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: GENERATED_REGULATIONS_DIR }),
  schema: regulationChapterSchema,
});

export const collections = { explainers, explainerChapters, glossary, regulationNotes, regulationTopics, regulationChapters };
