/**
 * How a query is answered, whatever runs the searches (the search page over Pagefind's
 * candidates, the unit tests over synthetic pages): ranked by the query as understood; when
 * no regulation unit holds it as typed (answeredAsTyped), or a single page does, ranked by its
 * words as well (expandQuery), those results first and the literal query's near misses after them.
 */
import type { ParsedQuery } from './query';
import { answeredAsTyped, type RankedResult } from './rank';
import { expandQuery } from './understand';

/** The query of words to search as well, or undefined when the literal results answer it. */
export function wordsQuery(q: ParsedQuery, literal: readonly RankedResult[]): ParsedQuery | undefined {
  // A single page holding the query as typed may hold it by chance (a question's piece
  // 党员联系 inside 流动党员联系, for 党员联系不上): its words are searched as well.
  const holders = literal.filter((r) => r.matchedAll).length;
  return answeredAsTyped(literal) && holders > 1 ? undefined : expandQuery(q);
}

/** The results by the words, then the literal query's results not among them. */
export function withNearMisses(byWords: readonly RankedResult[], literal: readonly RankedResult[]): RankedResult[] {
  const seen = new Set(byWords.map((r) => r.url));
  return [...byWords, ...literal.filter((r) => !seen.has(r.url))];
}
