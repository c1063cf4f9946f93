// How the built site must be served, read from deploy/headers.json: the one source
// of truth for the Node server (scripts/serve/static-server.ts) and for the generated
// parts of deploy/nginx.conf (scripts/deploy/deploy-config.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shape of deploy/headers.json. */
export interface DeployConfig {
  allowedMethods: string[];
  securityHeaders: Record<string, string>;
  /** Content types that carry the Content-Security-Policy (documents). */
  cspTypes: string[];
  /** Paths of the scripts that run as workers, which carry it too (a worker runs under its own response's policy). */
  cspWorkers: string[];
  cacheControl: { immutablePrefix: string; immutable: string; default: string };
  defaultType: string;
  /** MIME type → file extensions (without the dot). */
  types: Record<string, string[]>;
  /** Types sent with "; charset=utf-8". */
  charsetTypes: string[];
  gzip: { minLength: number; types: string[] };
  /** Status code → the error page's title and message. */
  errorPages: Record<string, { title: string; message: string }>;
}

export const DEPLOY_CONFIG_PATH = fileURLToPath(new URL('../../deploy/headers.json', import.meta.url));

/** Parses deploy/headers.json (or another file of the same shape). */
export function loadDeployConfig(path: string = DEPLOY_CONFIG_PATH): DeployConfig {
  return JSON.parse(readFileSync(path, 'utf8')) as DeployConfig;
}

const config = loadDeployConfig();

export const ALLOWED_METHODS: string[] = config.allowedMethods;

/** All security headers: the ones every response carries, errors and redirects included, and the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({ ...config.securityHeaders });

export const CSP_HEADER = 'Content-Security-Policy';

/** The media type of a Content-Type value: lower case, without parameters. */
const mediaType = (contentType: string | undefined): string =>
  String(contentType ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();

/** The scripts the site runs as workers (deploy/headers.json cspWorkers). */
export const CSP_WORKERS: readonly string[] = config.cspWorkers;

/**
 * Whether a response of this Content-Type, for this path, carries the CSP: browsers apply it
 * only to documents and workers, so only types that can be a document (HTML, SVG, XML) and the
 * scripts that run as workers need it; a script a page imports runs under the page's policy.
 */
export function carriesCsp(contentType: string | undefined, path: string): boolean {
  const type = mediaType(contentType);
  return config.cspTypes.includes(type) || (type === scriptType(config) && CSP_WORKERS.includes(path));
}

/** The media type the site serves scripts as (that of .js in deploy/headers.json). */
export function scriptType(deploy: DeployConfig): string {
  const entry = Object.entries(deploy.types).find(([, extensions]) => extensions.includes('js'));
  if (!entry) throw new Error('deploy/headers.json 的 types 里没有 js 的类型');
  return entry[0];
}

/** The security headers for a response of this Content-Type and path: all of them, less the CSP where it does not apply. */
export function securityHeadersFor(
  contentType: string | undefined,
  path: string,
  headers: Readonly<Record<string, string>> = SECURITY_HEADERS,
): Record<string, string> {
  const keep = carriesCsp(contentType, path);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => keep || name !== CSP_HEADER));
}

const TYPE_BY_EXTENSION = new Map<string, string>(
  Object.entries(config.types).flatMap(([type, extensions]) => extensions.map((ext): [string, string] => [ext, type])),
);

/** Content-Type for a file extension (without the dot), charset added for text types. */
export function contentTypeFor(extension: string): string {
  const type = TYPE_BY_EXTENSION.get(extension.toLowerCase()) ?? config.defaultType;
  return config.charsetTypes.includes(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Whether a response is gzipped when the client accepts it: as nginx's gzip module does,
 * only 200, 403 and 404 responses of the listed types and at least the minimum length.
 */
export function isCompressible(status: number, contentType: string, length: number): boolean {
  return [200, 403, 404].includes(status) && config.gzip.types.includes(mediaType(contentType)) && length >= config.gzip.minLength;
}

/** Whether the client accepts gzip, as nginx decides it (named explicitly; q=0 refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/**
 * Cache-Control for a response: hashed build assets (/_astro/) may be cached for a
 * year, but only when served successfully; everything else is revalidated.
 */
export function cacheControlFor(status: number, pathname: string): string {
  const { immutablePrefix, immutable } = config.cacheControl;
  return (status === 200 || status === 304) && pathname.startsWith(immutablePrefix) ? immutable : config.cacheControl.default;
}

/** The small Chinese error page for 400, 405 and 500 (404 is the site's own 404.html). */
export function errorPageHtml(status: number | string, pages: DeployConfig['errorPages'] = config.errorPages): string {
  const page = pages[String(status)];
  if (!page) throw new Error(`deploy/headers.json 没有 ${status} 错误页`);
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${page.title} - 行业协会商会党建知识站</title></head>` +
    `<body><h1>${page.title}</h1><p>${page.message}</p><p><a href="/">返回首页</a></p></body></html>`
  );
}
