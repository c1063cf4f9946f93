/**
 * A malformed regulation file. The message starts with `file:line: ` so build logs and
 * editors can jump straight to the offending line; `line` counts from 1 and includes
 * the header lines, i.e. it is the line number an editor shows.
 */
export class RegulationParseError extends Error {
  readonly file: string;
  readonly line: number;
  /** The message without the `file:line: ` prefix. */
  readonly detail: string;

  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'RegulationParseError';
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}
