/**
 * Splits a Pagefind page record into article-level segments using its anchors
 * (headings with ids, e.g. art-30), so results can point at the exact article. Pure.
 */

export interface PageAnchor {
  id: string;
  text: string;
  element: string;
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

export interface Segment {
  /** Target URL: the page, or the page + #anchor. */
  url: string;
  pageUrl: string;
  anchorId: string | undefined;
  /** Heading of the segment (e.g. 第三十条), '' for the text before the first anchor. */
  heading: string;
  text: string;
  /** Offset of `text` in the page content. */
  start: number;
  page: PageRecord;
}

/** Only anchors that start a reading unit: article headings and section headings. */
function isSegmentAnchor(a: PageAnchor): boolean {
  return /^h[1-6]$/i.test(a.element) && a.id !== '' && a.text.trim() !== '';
}

export function segmentPage(page: PageRecord): Segment[] {
  const cuts: { start: number; anchor: PageAnchor | undefined }[] = [{ start: 0, anchor: undefined }];
  let from = 0;
  for (const anchor of page.anchors.filter(isSegmentAnchor)) {
    // Pagefind ends heading text with ". "; looking for that first avoids landing on
    // an earlier mention of the same words in body text.
    const heading = anchor.text.trim();
    let at = page.content.indexOf(`${heading}. `, from);
    if (at < 0) at = page.content.indexOf(heading, from);
    if (at < 0) continue; // An anchor whose text Pagefind dropped: keep it in the previous segment.
    cuts.push({ start: at, anchor });
    from = at + 1;
  }
  const segments: Segment[] = [];
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.start ?? page.content.length;
    const text = page.content.slice(cut.start, end);
    if (text.trim() === '' && cut.anchor === undefined) return;
    segments.push({
      url: cut.anchor ? `${page.url}#${cut.anchor.id}` : page.url,
      pageUrl: page.url,
      anchorId: cut.anchor?.id,
      heading: cut.anchor ? cut.anchor.text.trim() : '',
      text,
      start: cut.start,
      page,
    });
  });
  return segments;
}
