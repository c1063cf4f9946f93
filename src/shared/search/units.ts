/**
 * Splits a Pagefind page record into article-level units using its anchors
 * (headings with ids, e.g. art-30), so results can point at the exact article. Pure.
 */

export interface PageAnchor {
  id: string;
  text: string;
  element: string;
  /** Word position in the page content (Pagefind records it for every anchor). */
  location?: number;
}

export interface PageRecord {
  url: string;
  /** Pagefind's page text: headings end with ". ", blocks are separated by spaces. */
  content: string;
  meta: Record<string, string | undefined>;
  anchors: PageAnchor[];
  /** Position of the page in Pagefind's own ranking (0 = best), used to break ties. */
  rank: number;
}

export interface Unit {
  /** Target URL: the page, or the page + #anchor. */
  url: string;
  pageUrl: string;
  anchorId: string | undefined;
  /** Heading of the unit (e.g. 第三十条), '' for the text before the first anchor. */
  heading: string;
  text: string;
  /** Offset of `text` in the page content. */
  start: number;
  /** URL of what this unit quotes (a 要求速查 entry quotes an article), from the page meta "cites". */
  cites: string | undefined;
  /** The article's 条旨 (our topic label, shown as 【…】 after its heading), '' when it has none. */
  topic: string;
  page: PageRecord;
}

/**
 * A 条旨 as Pagefind records it: 【…】 right after the heading (src/components/regulation/Article.astro).
 * The regulation texts never hold 【】, so this is never a piece of their text.
 */
const TOPIC = /^([\s.　]*)【([^】\n]{1,20})】/;

/** Splits a unit's 条旨 off its text: the label is ours and is scored apart from the text. */
export function splitTopic(text: string, heading: string): { text: string; topic: string } {
  const at = heading ? text.indexOf(heading) : -1;
  if (at < 0) return { text, topic: '' };
  const after = at + heading.length;
  const m = TOPIC.exec(text.slice(after));
  if (!m) return { text, topic: '' };
  return { text: text.slice(0, after) + m[1]! + text.slice(after + m[0].length), topic: m[2]! };
}

/**
 * Page meta "cites" says which unit quotes what: "req-a=/regulations/x/ch-1/#art-5 req-b=/explainers/xiehui-shanghui-dangjian/si/#si-1".
 * Ids and site URLs hold no spaces, so pairs are space-separated.
 */
export function formatCites(pairs: readonly { id: string; href: string | undefined }[]): string {
  return pairs
    .filter((p): p is { id: string; href: string } => p.href !== undefined)
    .map((p) => {
      if (/[\s=]/.test(p.id) || /\s/.test(p.href)) throw new Error(`cites: id or URL cannot hold spaces or "=": ${p.id} ${p.href}`);
      return `${p.id}=${p.href}`;
    })
    .join(' ');
}

export function parseCites(meta: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of (meta ?? '').split(/\s+/)) {
    const at = pair.indexOf('=');
    if (at > 0 && at < pair.length - 1) out.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return out;
}

/**
 * The elements whose ids the ranking reads: headings start a reading unit, an <article>
 * names one. The search index keeps only these anchors (integrations/pagefind.ts): any
 * other id (an explainer's paragraph, #p-11) would carry that element's whole text into
 * the page's fragment, fetched with every search that finds the page.
 */
export const UNIT_ANCHOR = /^(h[1-6]|article)$/i;

/** Only anchors that start a reading unit: article headings and section headings. */
function isUnitAnchor(a: PageAnchor): boolean {
  return /^h[1-6]$/i.test(a.element) && a.id !== '' && a.text.trim() !== '';
}

/**
 * A self-contained unit (an HTML <article> with an id, e.g. a 要求速查 entry) whose heading
 * starts where it starts: results link to the unit (#req-…), not to its heading (#req-…-title).
 */
function unitIds(page: PageRecord): Map<number, string> {
  const units = new Map<number, string>();
  for (const a of page.anchors) {
    if (a.element.toLowerCase() === 'article' && a.id !== '' && a.location !== undefined) units.set(a.location, a.id);
  }
  return units;
}

export function splitIntoUnits(page: PageRecord): Unit[] {
  const articles = unitIds(page);
  const cites = parseCites(page.meta['cites']);
  const cuts: { start: number; anchor: PageAnchor | undefined; id: string | undefined }[] = [
    { start: 0, anchor: undefined, id: undefined },
  ];
  let from = 0;
  for (const anchor of page.anchors.filter(isUnitAnchor)) {
    // Pagefind ends heading text with ". "; looking for that first avoids landing on
    // an earlier mention of the same words in body text.
    const heading = anchor.text.trim();
    let at = page.content.indexOf(`${heading}. `, from);
    if (at < 0) at = page.content.indexOf(heading, from);
    if (at < 0) continue; // An anchor whose text Pagefind dropped: keep it in the previous unit.
    cuts.push({ start: at, anchor, id: (anchor.location !== undefined ? articles.get(anchor.location) : undefined) ?? anchor.id });
    from = at + 1;
  }
  const units: Unit[] = [];
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.start ?? page.content.length;
    const heading = cut.anchor ? cut.anchor.text.trim() : '';
    const { text, topic } = splitTopic(page.content.slice(cut.start, end), heading);
    if (text.trim() === '' && cut.anchor === undefined) return;
    units.push({
      url: cut.id !== undefined ? `${page.url}#${cut.id}` : page.url,
      pageUrl: page.url,
      anchorId: cut.id,
      heading,
      text,
      topic,
      start: cut.start,
      cites: cut.id !== undefined ? cites.get(cut.id) : undefined,
      page,
    });
  });
  return units;
}
