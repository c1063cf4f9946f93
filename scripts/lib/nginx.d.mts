export const NGINX_PATH: string;
export const SHIPPED_NGINX_CONF: string;
export function siteConfigFor(confText: string, options: { root: string; port: number }): string;
export interface RunningNginx {
  url: string;
  prefix: string;
  stop: () => Promise<void>;
}
export function startNginx(options?: { root?: string; conf?: string }): Promise<RunningNginx>;
