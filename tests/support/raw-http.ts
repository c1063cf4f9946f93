/**
 * Raw HTTP/1.1 over a TCP socket to 127.0.0.1, for requests no HTTP client would send
 * (malformed targets, odd methods, broken headers) and for reading exact headers.
 */
import { connect } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';

export interface RawResponse {
  /** 0 when the server closed the connection without a parsable response. */
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The body, gunzipped when Content-Encoding is gzip, as UTF-8. */
  text: string;
}

/** Sends `request` verbatim (bytes as latin1 when a string) and reads one response. */
export function rawRequest(baseUrl: string, request: string | Buffer, options: { head?: boolean } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  if (hostname !== '127.0.0.1') throw new Error(`raw requests go to 127.0.0.1 only, not ${hostname}`);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    let settled = false;
    const settle = (final: boolean): void => {
      if (settled) return;
      const parsed = parse(Buffer.concat(chunks), options.head ?? false, final);
      if (parsed === 'incomplete') return;
      settled = true;
      socket.destroy();
      resolve(parsed);
    };
    socket.on('connect', () => socket.write(typeof request === 'string' ? Buffer.from(request, 'latin1') : request));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      settle(false);
    });
    socket.on('end', () => settle(true));
    socket.on('close', () => settle(true));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A reset after (part of) a response still counts as that response ('close' follows).
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE' && !settled) {
        settled = true;
        reject(error);
      }
    });
  });
}

function parse(data: Buffer, head: boolean, final = false): RawResponse | 'incomplete' {
  const end = data.indexOf('\r\n\r\n');
  if (end === -1) return final ? { status: 0, headers: {}, body: Buffer.alloc(0), text: '' } : 'incomplete';
  const lines = data.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8');
  }
  let body = data.subarray(end + 4);
  if (head || status === 304 || status === 204) body = Buffer.alloc(0);
  else if (headers['transfer-encoding'] === 'chunked') {
    const decoded = dechunk(body);
    if (!decoded) return final ? { status, headers, body, text: body.toString('utf8') } : 'incomplete';
    body = decoded;
  } else if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    if (body.length < length) return final ? { status, headers, body, text: body.toString('utf8') } : 'incomplete';
    body = body.subarray(0, length);
  } else if (!final) {
    return 'incomplete'; // body ends with the connection
  }
  const plain = headers['content-encoding'] === 'gzip' && body.length > 0 ? gunzipSync(body) : body;
  return { status, headers, body, text: plain.toString('utf8') };
}

function dechunk(data: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd === -1) return undefined;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (Number.isNaN(size)) return undefined;
    if (size === 0) return data.length >= lineEnd + 4 ? Buffer.concat(parts) : undefined;
    if (data.length < lineEnd + 2 + size + 2) return undefined;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** A well-formed request for `target` with `method` and extra header lines. */
export function request(method: string, target: string, headers: Record<string, string> = {}): string {
  const lines = Object.entries({ Host: '127.0.0.1', ...headers, Connection: 'close' }).map(([k, v]) => `${k}: ${v}`);
  return `${method} ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/** GET (or HEAD) `target`, resolved to the full response. */
export function get(baseUrl: string, target: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return rawRequest(baseUrl, request(method, target, headers), { head: method === 'HEAD' });
}

/** A response's status and, for each header named, its value (undefined: not sent), failing with `label`. */
export function expectResponse(res: RawResponse, label: string, status: number, headers: Record<string, string | undefined>): void {
  expect(res.status, label).toBe(status);
  for (const [name, value] of Object.entries(headers)) expect(res.headers[name], `${label}: ${name}`).toBe(value);
}
