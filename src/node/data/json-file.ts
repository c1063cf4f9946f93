/**
 * Reading our JSON data files against a schema, with problems that name file and line:
 * JSON.parse keeps no positions, and a build error should name the line to edit.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';

/** The parts the data files' schemas share: a text that must say something, a corpus slug. */
export const nonEmptyText = z.string().trim().min(1, '不能为空');
export const corpusSlug = z.string().regex(/^[a-z0-9-]+$/, '须是法规文件名（不含 .txt）');

/** A problem in a data file, with the 1-based line it is on. */
export interface TableProblem {
  file: string;
  line: number;
  message: string;
}

export const formatProblem = (p: TableProblem): string => `${p.file}:${p.line}: ${p.message}`;

/** A data file parsed and checked: its data and text, or what is wrong with it. */
export type JsonFile<T> = { ok: true; data: T; text: string } | { ok: false; problems: TableProblem[] };

export function readJsonFile<T>(file: string, schema: z.ZodType<T>): JsonFile<T> {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    const line = at === undefined ? 1 : text.slice(0, Number(at)).split('\n').length;
    return { ok: false, problems: [{ file, line, message: `不是有效的 JSON：${(error as Error).message}` }] };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data, text };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      return { file, line: locateJsonPath(text, path), message: `${path.join('.')}：${issue.message}` };
    }),
  };
}

/**
 * The line of a value in a JSON text, found by its path (as a schema's issues give it).
 * Where the path ends early (a missing key), the line of the deepest value found on it.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): number {
  let pos = 0;
  const ws = (): void => {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  };
  const string = (): string => {
    const start = pos++;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  /** Skips one value; with `depth`, descends along the path and returns the offset found. */
  const value = (depth: number): number => {
    ws();
    const start = pos;
    const want = depth < path.length ? path[depth] : undefined;
    let found = depth <= path.length ? start : -1;
    const ch = text[pos];
    if (ch === '{' || ch === '[') {
      pos++;
      for (let i = 0; ; i++) {
        ws();
        if (text[pos] === '}' || text[pos] === ']') break;
        let key: string | number = i;
        if (ch === '{') {
          key = string();
          ws();
          pos++; // the colon
        }
        const inner = value(want !== undefined && key === want ? depth + 1 : path.length + 1);
        if (inner >= 0) found = inner;
        ws();
        if (text[pos] === ',') pos++;
        if (pos >= text.length) break;
      }
      pos++;
    } else if (ch === '"') string();
    else while (pos < text.length && !/[\s,\]}]/.test(text[pos]!)) pos++;
    return found;
  };
  const offset = Math.max(0, value(0));
  return text.slice(0, offset).split('\n').length;
}
