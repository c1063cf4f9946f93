/**
 * The `---` header block at the top of a regulation file: `key: value` lines
 * (values may themselves contain colons). title and source are required because
 * the site names and credits every text from them.
 */
import { RegulationParseError } from './errors.ts';
import type { RegulationHeader } from './types.ts';

const DELIMITER = /^---[ \t]*$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

// Optional header keys with a typed field; any other key goes to `extra`.
const OPTIONAL = {
  issuer: 'issuer',
  adopted: 'adopted',
  second_source: 'secondSource',
  completeness: 'completeness',
} as const satisfies Record<string, keyof RegulationHeader>;

export interface HeaderResult {
  header: RegulationHeader;
  /** 0-based index into `lines` of the first line after the closing `---`. */
  bodyStart: number;
}

/** Parses the header from the file's lines (index i is file line i + 1). */
export function parseHeader(lines: readonly string[], file: string): HeaderResult {
  if (!DELIMITER.test(lines[0] ?? '')) {
    throw new RegulationParseError(file, 1, '缺少文件头：第一行应为 ---（missing header: the first line must be ---）');
  }
  const close = lines.findIndex((l, i) => i > 0 && DELIMITER.test(l));
  if (close < 0) {
    throw new RegulationParseError(file, 1, '文件头未闭合：找不到结束的 --- 行（header not closed）');
  }

  const values = new Map<string, string>();
  for (let i = 1; i < close; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const colon = raw.indexOf(':');
    const key = colon < 0 ? '' : raw.slice(0, colon).trim();
    if (!KEY.test(key)) {
      throw new RegulationParseError(file, i + 1, `文件头行格式应为“key: value”（header line must be "key: value"）：${raw}`);
    }
    if (values.has(key)) {
      throw new RegulationParseError(file, i + 1, `文件头字段重复：${key}（duplicate header key）`);
    }
    values.set(key, raw.slice(colon + 1).trim());
  }

  // Report a missing required key at the opening ---, where the header starts.
  for (const required of ['title', 'source'] as const) {
    if (!values.get(required)) {
      throw new RegulationParseError(file, 1, `文件头缺少 ${required} 字段（header has no ${required}）`);
    }
  }

  const header: RegulationHeader = { title: values.get('title')!, source: values.get('source')!, extra: {} };
  for (const [key, value] of values) {
    if (key === 'title' || key === 'source') continue;
    if (Object.hasOwn(OPTIONAL, key)) {
      header[OPTIONAL[key as keyof typeof OPTIONAL]] = value;
    } else {
      header.extra[key] = value;
    }
  }
  return { header, bodyStart: close + 1 };
}
