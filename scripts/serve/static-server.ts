// A small static file server for the built site (dist/), bound to 127.0.0.1.
// Used by `npm start`, the browser tests and the benchmarks, so all of them see
// the site as a production host serves it: the headers, cache rules, types and
// error pages come from deploy/headers.json, the same file deploy/nginx.conf is
// generated from. The Content-Security-Policy header is derived from the pages
// being served, exactly as scripts/deploy/deploy-config.ts derives the committed one
// (a build test keeps the two equal), so a rebuilt site is never blocked by a
// stale policy.
//
// No request can stop it: malformed URLs answer 400, methods other than GET and
// HEAD answer 405, any unexpected error answers 500 and the next request is served.
// Redirects only ever add a trailing slash to a path of this site, or send a moved
// page (a built redirect page, scripts/deploy/redirects.ts) to its new address.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, type Stats } from 'node:fs';
import { readFile as fsReadFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headerPolicyFromDist } from '../deploy/header-csp.ts';
import { redirectsFromDist } from '../deploy/redirects.ts';
import {
  ALLOWED_METHODS,
  SECURITY_HEADERS,
  acceptsGzip,
  cacheControlFor,
  contentTypeFor,
  errorPageHtml,
  isCompressible,
  securityHeadersFor,
} from '../deploy/site-headers.ts';

const HTML = contentTypeFor('html');

/** A running server: its base URL (no trailing slash) and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  root?: string;
  port?: number;
  host?: string;
  /** For tests: replaces fs.promises.readFile. */
  readFile?: (path: string) => Promise<Buffer>;
  /** Called with every unexpected error (the response is then a 500). */
  onError?: (error: unknown, req: IncomingMessage) => void;
}

/** A request target, normalised: see parseTarget. */
export interface ParsedTarget {
  segments: string[];
  trailingSlash: boolean;
  query: string;
  pathname: string;
}

/** One request being answered, and the site's security headers (securityHeadersFor picks those of each response). */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  security: Readonly<Record<string, string>>;
}

/**
 * Splits a request target into normalised path segments, like nginx does:
 * percent-decoded, empty and "." segments dropped, ".." applied. Returns
 * undefined for anything malformed: not origin- or absolute-form, characters
 * outside printable ASCII, invalid percent-encoding or UTF-8, NUL, or ".."
 * above the root.
 */
export function parseTarget(rawTarget: unknown): ParsedTarget | undefined {
  if (typeof rawTarget !== 'string' || !/^[\x21-\x7e]+$/.test(rawTarget)) return undefined;
  let target = rawTarget;
  // absolute-form (GET http://host/path HTTP/1.1): only the path and query count.
  const authority = /^https?:\/\/[^/?#]*/i.exec(target);
  if (authority) target = target.slice(authority[0].length) || '/';
  if (!target.startsWith('/')) return undefined;
  const hash = target.indexOf('#');
  if (hash !== -1) target = target.slice(0, hash);
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : target.slice(q);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const segments: string[] = [];
  const parts = decoded.split('/');
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(part);
    }
  }
  const last = parts[parts.length - 1];
  const trailingSlash = segments.length === 0 || last === '' || last === '.' || last === '..';
  return { segments, trailingSlash, query, pathname: `/${segments.join('/')}${segments.length && trailingSlash ? '/' : ''}` };
}

/** Same-origin Location for a directory requested without its trailing slash. */
function directoryLocation(segments: readonly string[], query: string): string {
  const location = `/${segments.map(encodeURIComponent).join('/')}/${query}`;
  // Defensive: a Location starting with // or /\ would leave the site.
  if (!/^\/[^/\\]/.test(location)) throw new Error(`refusing off-site redirect to ${location}`);
  return location;
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** The security headers for the site in `dir`: the committed ones, with the policy its pages need. */
function siteSecurityHeaders(dir: string): Readonly<Record<string, string>> {
  let policy: string | undefined;
  try {
    policy = headerPolicyFromDist(dir);
  } catch (error) {
    console.warn(
      `无法从 ${dir} 的页面得出 Content-Security-Policy，改用 deploy/headers.json 中的值：${error instanceof Error ? error.message : error}`,
    );
  }
  return policy ? { ...SECURITY_HEADERS, 'Content-Security-Policy': policy } : SECURITY_HEADERS;
}

/** Writes a whole response: security and cache headers, gzip when it applies, no body for HEAD. */
function send(
  { req, res, security }: Exchange,
  status: number,
  headers: Record<string, string>,
  body: Buffer | undefined,
  pathname: string,
): void {
  const all: Record<string, string> = {
    ...securityHeadersFor(headers['Content-Type'], pathname, security),
    'Cache-Control': cacheControlFor(status, pathname),
    ...headers,
  };
  if (status === 405) all['Allow'] = ALLOWED_METHODS.join(', ');
  let payload = body;
  const type = all['Content-Type'];
  if (payload && type && isCompressible(status, type, payload.length)) {
    all['Vary'] = 'Accept-Encoding';
    if (acceptsGzip(req.headers['accept-encoding'])) {
      payload = gzipSync(payload);
      all['Content-Encoding'] = 'gzip';
    }
  }
  all['Content-Length'] = String(payload ? payload.length : 0);
  res.writeHead(status, all);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function sendErrorPage(exchange: Exchange, status: number): void {
  send(exchange, status, { 'Content-Type': HTML }, Buffer.from(errorPageHtml(status)), '/');
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. */
export function startServer({
  root = 'dist',
  port = 4321,
  host = '127.0.0.1',
  // For tests: a reader that fails, to prove an error answers 500 and serving goes on.
  readFile = fsReadFile,
  onError = (error, req) => console.error(`服务器内部错误（${req.method} ${req.url}）：`, error),
}: StaticServerOptions = {}): Promise<StaticServer> {
  const dir = resolve(root);
  const security = siteSecurityHeaders(dir);
  // Moved pages answer with a real 301, as on nginx (scripts/deploy/redirects.ts).
  const moves = existsSync(dir) ? redirectsFromDist(dir) : new Map<string, string>();

  async function handle(exchange: Exchange): Promise<void> {
    const { req } = exchange;
    if (!ALLOWED_METHODS.includes(req.method ?? '')) return sendErrorPage(exchange, 405);
    const target = parseTarget(req.url);
    if (!target) return sendErrorPage(exchange, 400);
    const { segments, trailingSlash, query, pathname } = target;
    const moved = moves.get(pathname);
    if (moved) {
      send(exchange, 301, { Location: `${moved}${query}`, 'Content-Type': HTML }, undefined, pathname);
      return;
    }
    let file = join(dir, ...segments);
    if (file !== dir && !file.startsWith(dir + sep)) return sendErrorPage(exchange, 400);
    let info = await statOrUndefined(file);
    if (info?.isDirectory()) {
      if (!trailingSlash) {
        send(exchange, 301, { Location: directoryLocation(segments, query), 'Content-Type': HTML }, undefined, pathname);
        return;
      }
      file = join(file, 'index.html');
      info = await statOrUndefined(file);
    } else if (trailingSlash) {
      info = undefined; // a file asked for as a directory
    }
    if (!info?.isFile()) {
      const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from(errorPageHtml(404)));
      send(exchange, 404, { 'Content-Type': HTML }, notFound, pathname);
      return;
    }
    const body = await readFile(file);
    send(exchange, 200, { 'Content-Type': contentTypeFor(extname(file).slice(1)) }, body, pathname);
  }

  const server = createServer((req, res) => {
    const exchange: Exchange = { req, res, security };
    handle(exchange).catch((error) => {
      try {
        onError(error, req);
      } catch {
        // Logging must not take the server down either.
      }
      try {
        if (res.headersSent) res.destroy();
        else sendErrorPage(exchange, 500);
      } catch {
        res.destroy();
      }
    });
  });

  // Requests Node cannot even parse (bad request line, bad header bytes, oversize headers).
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const reason = ({ 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' } as const)[status];
    const body = Buffer.from(errorPageHtml(400));
    const headers = {
      ...securityHeadersFor(HTML, '/', security),
      'Cache-Control': cacheControlFor(status, '/'),
      'Content-Type': HTML,
      'Content-Length': String(body.length),
      Connection: 'close',
    };
    const head = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n`), body]));
  });

  return new Promise<StaticServer>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      server.on('error', (error) => console.error('服务器错误：', error));
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r(undefined));
            server.closeAllConnections();
          }),
      });
    });
  });
}
