/**
 * Walks a RegulationDoc back into its body lines, in file order. This is the inverse
 * of parsing (minus blank lines), which is what the round-trip and fidelity tests
 * rely on: if a character is not reachable from here, the site cannot show it.
 */
import type { RegulationDoc, SourceLine } from './types.ts';

export function docLines(doc: RegulationDoc): SourceLine[] {
  const out: SourceLine[] = [...doc.preamble.map(({ line, text }) => ({ line, text }))];
  const push = (sl: SourceLine): void => {
    out.push({ line: sl.line, text: sl.text });
  };
  let previousPartLine: number | null = null;
  for (const chapter of doc.chapters) {
    // A 编 heading is printed once, before the first chapter of that 编 — unless the
    // chapter is the implicit 'part-N' one whose own heading is the 编 heading.
    const part = chapter.part;
    if (part && part.line !== previousPartLine && chapter.heading?.line !== part.line) push(part);
    previousPartLine = part?.line ?? null;
    if (chapter.heading) push(chapter.heading);
    for (const block of chapter.blocks) {
      if (block.kind === 'heading') push(block.heading);
      else if (block.kind === 'paragraph') push(block.paragraph);
      else {
        const a = block.article;
        push({ line: a.line, text: a.label + a.separator + a.firstText });
        a.paragraphs.forEach(push);
      }
    }
  }
  return out;
}
