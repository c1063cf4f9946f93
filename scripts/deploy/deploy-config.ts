// Keeps deploy/headers.json and deploy/nginx.conf in step with the built site.
//
//   node scripts/deploy/deploy-config.ts           derive the Content-Security-Policy header from
//                                           dist/, write it to deploy/headers.json, and
//                                           re-render the generated parts of deploy/nginx.conf
//                                           (with a 301 for each moved page of dist/)
//   node scripts/deploy/deploy-config.ts --check   change nothing; exit 1 if either file is stale
//
// How the header policy is derived from the pages: scripts/deploy/header-csp.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicyFromDist } from './header-csp.ts';
import { nginxRedirects, redirectsFromDist } from './redirects.ts';
import { CSP_HEADER, DEPLOY_CONFIG_PATH, errorPageHtml, scriptType, type DeployConfig } from './site-headers.ts';

export const NGINX_CONF_PATH: string = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

const BEGIN = (region: string): string => `# BEGIN generated (${region}) by scripts/deploy/deploy-config.ts: do not edit by hand`;
const END = (region: string): string => `# END generated (${region})`;

const regexEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nginxString(value: string, quote: string): string {
  if (/[\\$\r\n]/.test(value) || value.includes(quote)) throw new Error(`不能放进 nginx 字符串的值：${value}`);
  return `${quote}${value}${quote}`;
}

/** Regex special characters in brackets ([+], [.]): no backslash, which nginxString refuses. */
const bracketed = (s: string): string => s.replace(/[.*+?(){}|]/g, '[$&]');

/**
 * The nginx map keys, on "$sent_http_content_type:$uri", of the responses that carry the CSP:
 * a document of these media types (any case, with or without parameters), and a script (its
 * type in any case) at one of the worker paths (exactly, as the Node server compares them). The
 * only "$" is a final anchor, so no nginx escape or variable can be read into them.
 */
function nginxCspKeys(types: readonly string[], script: string, workers: readonly string[]): string[] {
  const documents = `~*^(${types.map(bracketed).join('|')})(;[^:]*)?:`;
  const scripts = `~^(?i:${bracketed(script)})(;[^:]*)?:(${workers.map(bracketed).join('|')})`;
  return [nginxString(documents, '"'), `${nginxString(scripts, '"').slice(0, -1)}$"`];
}

/** The generated parts of deploy/nginx.conf: maps (http context) and server directives. */
export function renderNginxRegions(config: DeployConfig): { http: string[]; server: string[] } {
  const methods = config.allowedMethods;
  const { immutablePrefix, immutable } = config.cacheControl;
  const { [CSP_HEADER]: csp = '', ...everywhere } = config.securityHeaders;
  const http = [
    '# Allow header, sent with 405 only (an empty value sends nothing).',
    'map $status $xhdj_allow {',
    `    405     ${nginxString(methods.join(', '), '"')};`,
    '    default "";',
    '}',
    '# Hashed build assets are cached for a year, but only when served successfully.',
    'map "$status:$uri" $xhdj_cache_control {',
    `    ${nginxString(`~^(200|304):${regexEscape(immutablePrefix)}`, '"')} ${nginxString(immutable, '"')};`,
    `    default ${nginxString(config.cacheControl.default, '"')};`,
    '}',
    '# The Content-Security-Policy only with documents and the scripts run as workers, by the type sent and the path.',
    'map "$sent_http_content_type:$uri" $xhdj_csp {',
    ...nginxCspKeys(config.cspTypes, scriptType(config), config.cspWorkers).map((key) => `    ${key} ${nginxString(csp, '"')};`),
    '    default "";',
    '}',
  ];
  const withoutHtml = (types: readonly string[]): string[] => types.filter((t) => t !== 'text/html'); // nginx always includes text/html
  const errorStatuses = Object.keys(config.errorPages).filter((s) => s !== '404'); // 404 is the site's 404.html
  const server = [
    `default_type ${config.defaultType};`,
    'types {',
    ...Object.entries(config.types).map(([type, exts]) => `    ${type} ${exts.join(' ')};`),
    '}',
    'charset utf-8;',
    `charset_types ${withoutHtml(config.charsetTypes).join(' ')};`,
    'gzip on;',
    'gzip_vary on;',
    `gzip_min_length ${config.gzip.minLength};`,
    `gzip_types ${withoutHtml(config.gzip.types).join(' ')};`,
    '',
    `add_header ${CSP_HEADER} $xhdj_csp always;`,
    ...Object.entries(everywhere).map(([name, value]) => `add_header ${name} ${nginxString(value, '"')} always;`),
    'add_header Cache-Control $xhdj_cache_control always;',
    'add_header Allow $xhdj_allow always;',
    '',
    `if ($request_method !~ ^(${methods.map(regexEscape).join('|')})$) {`,
    '    return 405;',
    '}',
    ...errorStatuses.map((s) => `error_page ${s} /__xhdj_error/${s};`),
    'location ^~ /__xhdj_error/ {',
    '    internal;',
    '    default_type text/html;',
    ...errorStatuses.map(
      (s) => `    location = /__xhdj_error/${s} { return ${s} ${nginxString(errorPageHtml(s, config.errorPages), "'")}; }`,
    ),
    '}',
  ];
  return { http, server };
}

/** Replaces the generated regions of an nginx.conf text (keeping their indentation). */
export function applyNginxRegions(text: string, regions: Record<string, readonly string[]>): string {
  let out = text;
  for (const [region, lines] of Object.entries(regions)) {
    const pattern = new RegExp(`^([ \\t]*)${regexEscape(BEGIN(region))}\\n[\\s\\S]*?^[ \\t]*${regexEscape(END(region))}$`, 'm');
    if (!pattern.test(out)) throw new Error(`deploy/nginx.conf 中找不到生成区域（${region}）的起止标记。`);
    out = out.replace(pattern, (_all, indent: string) =>
      [BEGIN(region), ...lines, END(region)].map((line) => (line ? indent + line : '')).join('\n'),
    );
  }
  return out;
}

function replaceCsp(jsonText: string, policy: string): string {
  const pattern = /("Content-Security-Policy":\s*)"(?:[^"\\]|\\.)*"/;
  if (!pattern.test(jsonText)) throw new Error('deploy/headers.json 中找不到 Content-Security-Policy。');
  return jsonText.replace(pattern, (_all, key: string) => `${key}${JSON.stringify(policy)}`);
}

/** The two files as they should be for dist/; { headersJson, nginxConf } texts. */
export function expectedDeployFiles(dist: string): { headersJson: string; nginxConf: string } {
  const policy = headerPolicyFromDist(dist);
  if (!policy) throw new Error(`${dist} 的页面没有 CSP meta 标签，无法得出响应头。`);
  const headersJson = replaceCsp(readFileSync(DEPLOY_CONFIG_PATH, 'utf8'), policy);
  const config = JSON.parse(headersJson) as DeployConfig;
  const nginxConf = applyNginxRegions(readFileSync(NGINX_CONF_PATH, 'utf8'), {
    ...renderNginxRegions(config),
    redirects: nginxRedirects(redirectsFromDist(dist)),
  });
  return { headersJson, nginxConf };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`找不到 ${dist}/index.html：请先运行 npm run build。`);
    process.exit(1);
  }
  const expected = expectedDeployFiles(dist);
  const stale = (
    [
      [DEPLOY_CONFIG_PATH, expected.headersJson],
      [NGINX_CONF_PATH, expected.nginxConf],
    ] as const
  ).filter(([path, text]) => readFileSync(path, 'utf8') !== text);
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(`已过期：${stale.map(([p]) => p).join('、')}。请运行 node scripts/deploy/deploy-config.ts 并提交结果。`);
      process.exit(1);
    }
    console.log('deploy/headers.json 与 deploy/nginx.conf 与 dist/ 一致。');
  } else {
    for (const [path, text] of stale) writeFileSync(path, text);
    console.log(stale.length ? `已更新：${stale.map(([p]) => p).join('、')}` : '无需更新。');
  }
}
