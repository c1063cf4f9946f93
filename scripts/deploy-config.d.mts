import type { DeployConfig } from './lib/site-headers.mjs';
export const NGINX_CONF_PATH: string;
export function renderNginxRegions(config: DeployConfig): { http: string[]; server: string[] };
export function applyNginxRegions(text: string, regions: Record<string, string[]>): string;
export function expectedDeployFiles(dist: string): { headersJson: string; nginxConf: string };
