/** Excerpts built around the first exact occurrence of the query, with <mark>. Pure. */
import { fold } from './query';

export interface Excerpt {
  html: string;
  text: string;
  /** Whether the excerpt contains a match (false: it shows the unit's start). */
  matched: boolean;
}

const BEFORE = 18;
const LENGTH = 90;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** All [start, end) ranges where any needle occurs in folded text, merged. */
export function findRanges(foldedText: string, needles: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = foldedText.indexOf(needle); at >= 0; at = foldedText.indexOf(needle, at + 1)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * The match to centre the excerpt on: the first one whose window shows the most
 * different matched words, so "两新组织 党建" shows both words together when it can.
 */
function bestWindow(text: string, ranges: readonly [number, number][]): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestCount = 0;
  for (const r of ranges) {
    const start = Math.max(0, r[0] - BEFORE);
    const words = new Set(ranges.filter(([a, b]) => a >= start && b <= start + LENGTH).map(([a, b]) => text.slice(a, b)));
    if (words.size > bestCount) {
      best = r;
      bestCount = words.size;
    }
  }
  return best;
}

export function buildExcerpt(text: string, needles: readonly string[]): Excerpt {
  const clean = text.replace(/\s+/g, ' ').trim();
  const ranges = findRanges(fold(clean), needles.map(fold));
  const first = bestWindow(clean, ranges);
  const start = first ? Math.max(0, first[0] - BEFORE) : 0;
  const end = Math.min(clean.length, start + LENGTH);
  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const from = Math.max(a, start);
    const to = Math.min(b, end);
    html += escapeHtml(clean.slice(cursor, from)) + `<mark>${escapeHtml(clean.slice(from, to))}</mark>`;
    cursor = to;
  }
  html += escapeHtml(clean.slice(cursor, end)) + (end < clean.length ? '…' : '');
  return { html, text: (start > 0 ? '…' : '') + clean.slice(start, end) + (end < clean.length ? '…' : ''), matched: first !== undefined };
}
