/**
 * Where a unit that quotes another goes among the results (a 要求速查 entry quotes an
 * article: page meta "cites", units.ts). Separate from the scoring in rank.ts: it only
 * reorders a ranked list. Pure.
 */

/** What placeQuotingUnits needs to know of a ranked unit. */
export interface Placeable {
  url: string;
  /** URL of the unit this one quotes (units.ts: page meta "cites"). */
  cites: string | undefined;
  matchedAll: boolean;
}

/**
 * The one policy for units that quote another (a 要求速查 entry quoting an article): the
 * quote is secondary evidence. When the quoted unit holds every query term too, the
 * quoting unit is listed right after it (several in their own order), never before it:
 * for the article's own words the article leads and the entry follows. Otherwise (the
 * query names the entry's own words, such as 书记轮训, or the article is not among the
 * results) the quoting unit keeps its place by score. Input in ranked order; pure.
 */
export function placeQuotingUnits<T extends Placeable>(ranked: readonly T[]): T[] {
  const byUrl = new Map(ranked.map((r) => [r.url, r]));
  const follows = new Map<T, T>();
  const followers = new Map<T, T[]>();
  for (const r of ranked) {
    const quoted = r.cites === undefined ? undefined : byUrl.get(r.cites);
    // Attaching only to a unit that follows nothing itself keeps this free of cycles.
    if (!quoted || quoted === r || follows.has(quoted) || !quoted.matchedAll || !r.matchedAll) continue;
    follows.set(r, quoted);
    followers.set(quoted, [...(followers.get(quoted) ?? []), r]);
  }
  const out: T[] = [];
  const place = (r: T): void => {
    out.push(r);
    for (const f of followers.get(r) ?? []) place(f);
  };
  for (const r of ranked) if (!follows.has(r)) place(r);
  return out;
}
