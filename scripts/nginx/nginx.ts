// Runs Debian's nginx with the shipped deploy/nginx.conf on 127.0.0.1, unprivileged-ish,
// from a temporary prefix: what the tests exercise is the file users install, with only
// its listen and root lines replaced. The wrapper's http block mirrors Debian's default
// /etc/nginx/nginx.conf (mime.types, gzip on), as conf.d/ files are included there.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tests/support/free-port.ts';

export const NGINX_PATH: string = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SHIPPED_NGINX_CONF: string = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

/** The shipped config with its listen lines replaced by one 127.0.0.1 port and its root by `root`. */
export function siteConfigFor(confText: string, { root, port }: { root: string; port: number }): string {
  const listen = /^([ \t]*)listen\s+[^;]*;[ \t]*\n/gm;
  const listens = confText.match(listen) ?? [];
  if (listens.length === 0) throw new Error('deploy/nginx.conf 中没有 listen 指令。');
  let first = true;
  let out = confText.replace(listen, (_line, indent: string) => {
    if (!first) return '';
    first = false;
    return `${indent}listen 127.0.0.1:${port};\n`;
  });
  const rootLine = /^([ \t]*)root\s+[^;]*;/gm;
  const roots = out.match(rootLine) ?? [];
  if (roots.length !== 1) throw new Error(`deploy/nginx.conf 应当正好有一条 root 指令，实际有 ${roots.length} 条。`);
  if (/["\\$]/.test(root)) throw new Error(`不支持的站点目录：${root}`);
  out = out.replace(rootLine, (_line, indent: string) => `${indent}root "${root}";`);
  return out;
}

function wrapperConfig(dir: string): string {
  const mimeTypes = existsSync('/etc/nginx/mime.types') ? '    include /etc/nginx/mime.types;\n' : '';
  // Started as root (CI containers), nginx would run its workers as nobody, who may not
  // be able to read the checkout or a temporary directory; a test needs no privilege drop.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes 1;
events { worker_connections 256; }
http {
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
${mimeTypes}    default_type application/octet-stream;
    gzip on;
    access_log off;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`;
}

const canConnect = (port: number): Promise<boolean> =>
  new Promise((res) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      res(true);
    });
    socket.once('error', () => res(false));
  });

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A running nginx: its base URL, its temporary prefix, and how to stop it (and remove the prefix). */
export interface RunningNginx {
  url: string;
  prefix: string;
  stop: () => Promise<void>;
}

/**
 * Starts nginx serving `root` with `conf` (default: the shipped deploy/nginx.conf) on a
 * free 127.0.0.1 port. Resolves to { url, stop, prefix }.
 */
export async function startNginx({
  root = 'dist',
  conf = SHIPPED_NGINX_CONF,
}: { root?: string; conf?: string } = {}): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`找不到 nginx（${NGINX_PATH}）：请先运行 apt-get install -y nginx，或设置 NGINX_PATH。`);
  }
  const siteRoot = resolve(root);
  const confText = readFileSync(conf, 'utf8');
  let lastError = '';
  // A port found free can be taken before nginx binds it: try a few.
  for (let attempt = 0; attempt < 5; attempt++) {
    const prefix = mkdtempSync(join(tmpdir(), 'xhdj-nginx-'));
    const port = await freePort();
    writeFileSync(join(prefix, 'site.conf'), siteConfigFor(confText, { root: siteRoot, port }));
    writeFileSync(join(prefix, 'nginx.conf'), wrapperConfig(prefix));
    const errorLog = join(prefix, 'error.log');
    const child = spawn(
      NGINX_PATH,
      [
        '-p',
        `${prefix}/`,
        '-e',
        errorLog,
        '-c',
        join(prefix, 'nginx.conf'),
        '-g',
        `daemon off; pid ${prefix}/nginx.pid; error_log ${errorLog} warn;`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    let exited = false;
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
      child.once('exit', (code, signal) => ((exited = true), r({ code, signal }))),
    );
    child.once('error', (e) => ((exited = true), (stderr += String(e))));
    // Bounded wait for the port (or for nginx to give up); no wall-clock deadline on the work itself.
    for (let i = 0; i < 600 && !exited; i++) {
      if (await canConnect(port)) {
        const stop = async (): Promise<void> => {
          if (!exited) {
            child.kill('SIGQUIT'); // graceful: the master stops its workers
            const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
            await exit;
            clearTimeout(killer);
          }
          rmSync(prefix, { recursive: true, force: true });
        };
        return { url: `http://127.0.0.1:${port}`, stop, prefix };
      }
      await sleep(50);
    }
    if (!exited) child.kill('SIGKILL');
    await exit;
    const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
    lastError = `${stderr}\n${log}`.trim();
    rmSync(prefix, { recursive: true, force: true });
    if (!/Address already in use/.test(lastError)) break;
  }
  throw new Error(`nginx 启动失败：\n${lastError}`);
}
