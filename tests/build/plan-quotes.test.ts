/**
 * The timing clauses the year's plan quotes (src/shared/plan/duties.json, timingClauses) occur
 * verbatim in the articles they cite, in the real texts of REGULATIONS_DIR. The norms the
 * plan quotes are checked by norm-quotes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { TIMING_CLAUSES } from '../../src/shared/plan/duties';
import { findArticle, loadCorpus } from '../../src/node/regulations/corpus';
import { normalizeTypography } from '../../src/shared/text/normalize';

const corpus = loadCorpus();

describe('plan timing clauses', () => {
  it.each(Object.entries(TIMING_CLAUSES))('%s: the quote is in the cited article, verbatim', (id, clause) => {
    const found = findArticle(corpus, clause.slug, clause.article);
    expect(found, `${id}: article not found`).toBeDefined();
    const text = found ? [found.article.firstText, ...found.article.paragraphs.map((p) => p.text)].join('\n') : '';
    expect(normalizeTypography(text)).toContain(clause.quote);
  });
});
