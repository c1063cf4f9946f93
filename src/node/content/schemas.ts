/**
 * Schemas of our content collections, kept apart from the Astro config so they
 * can be unit-tested. A front-matter error fails the build naming the file.
 */
import { z } from 'astro/zod';

/**
 * An explainer's metadata: content/explainers/<slug>/explainer.yaml. The folder name
 * is the explainer's URL slug; its MDX chapters sit beside this file.
 */
export const explainerSchema = z.object({
  title: z.string().min(1),
  /** Used where space is short: search filter, "本站引用" and glossary labels. */
  shortTitle: z.string().min(1),
  /** Position on the explainer list (smaller first). */
  order: z.number().int().positive(),
  published: z.coerce.date(),
  source: z.object({
    /** The site that published the text we reproduce. */
    site: z.string().min(1),
    url: z.url().optional(),
    /** Where that site took it from (来源：…), if it says. */
    original: z.string().min(1).optional(),
  }),
});

/** One chapter of an explainer (our own MDX, text verbatim from the explainer's source). */
export const explainerChapterSchema = z.object({
  title: z.string().min(1),
  order: z.number().int().positive(),
  /** The chapter's heading line exactly as in the source (shown as h1), if it has one. */
  heading: z.string().min(1).optional(),
  /** The source line number of that heading, for the fidelity test. */
  headingLine: z.number().int().positive().optional(),
});

/** Glossary of key terms, in our own words. */
export const glossaryTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(1),
  /** Strings whose presence in a seed paragraph links the entry to that paragraph. */
  match: z.array(z.string().min(1)).min(1),
  definition: z.string().min(1),
  /** Regulation articles the term rests on. */
  see: z.array(z.object({ source: z.string(), article: z.number().int().positive().optional() })).default([]),
});

/** Our editorial notes on each regulation: metadata and a short 导读. */
export const regulationNoteSchema = z.object({
  shortTitle: z.string().min(1),
  issuer: z.string().min(1),
  adopted: z.string().optional(),
  effective: z.string().optional(),
  revised: z.array(z.string()).default([]),
  /**
   * Only where a source states it. 试行 is not a status: it is part of a title
   * (《…条例（试行）》), and a trial regulation is in force or not like any other.
   */
  status: z.enum(['现行有效', '已修订', '已废止']).optional(),
  officialUrl: z.url().optional(),
  /** Where our copy of the text comes from, in Chinese (the file header says it in English). */
  sourceNote: z.string().min(1).optional(),
  order: z.number().int().default(100),
});

/**
 * 条旨 of one regulation: content/regulations/<slug>.topics.yaml, article number → our topic
 * label (without 【】, which the page adds). Whether each number exists is checked against the
 * text when the pages are built (src/shared/regulations/topics.ts).
 */
export const regulationTopicsSchema = z.record(
  z.string().regex(/^[1-9][0-9]*$/, '键须是条号（正整数）'),
  z
    .string()
    .min(1)
    .max(20, '条旨须简短（不超过20个字）')
    .refine((s) => !/[【】\n]/.test(s), '条旨不含【】和换行（页面自动加【】）'),
);

/** Front matter of the regulation chapters generated at build time. */
export const regulationChapterSchema = z.object({
  regulation: z.string(),
  key: z.string(),
  order: z.number().int().nonnegative(),
  label: z.string(),
  title: z.string(),
  articleRange: z.tuple([z.number(), z.number()]).nullable(),
});
