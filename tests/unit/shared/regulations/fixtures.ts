/**
 * Synthetic regulation-shaped texts for the parser tests. Every sentence here is
 * invented for the tests; the real texts under ../shared/regulations are third-party
 * data and must never be copied into the repository.
 */
import { RegulationParseError } from '../../../../src/shared/regulations/errors';
import { parseRegulation } from '../../../../src/shared/regulations/parse';

export const HEADER_LINES = [
  '---',
  'title: 《示例协会样本办法》',
  'issuer: 示例理事会',
  'adopted: 2021-03-04 (note: a value with colons: kept whole)',
  'source: example:nowhere/sample.md@0000000',
  '---',
  '',
] as const;

/** File line number of body[i] when the body follows HEADER_LINES. */
export const bodyLine = (i: number): number => HEADER_LINES.length + 1 + i;

/** A complete file: the standard header, then the body lines. */
export function makeText(body: readonly string[], header: readonly string[] = HEADER_LINES): string {
  return [...header, ...body].join('\n') + '\n';
}

/** Runs the parser and returns the RegulationParseError it must throw. */
export function parseError(text: string, file = 'sample.txt'): RegulationParseError {
  try {
    parseRegulation(text, file);
  } catch (e) {
    if (e instanceof RegulationParseError) return e;
    throw e;
  }
  throw new Error('expected parseRegulation to throw a RegulationParseError');
}

/** Non-blank body lines of a file (blank: empty or spaces only), as the round-trip must reproduce them. */
export function bodyLinesOf(text: string): { line: number; text: string }[] {
  const lines = text.split(/\r?\n/);
  const close = lines.findIndex((l, i) => i > 0 && l === '---');
  return lines.map((t, i) => ({ line: i + 1, text: t })).filter((l, i) => i > close && !/^[ \u3000]*$/u.test(l.text));
}
