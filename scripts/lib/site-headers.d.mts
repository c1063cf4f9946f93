export interface DeployConfig {
  allowedMethods: string[];
  securityHeaders: Record<string, string>;
  cacheControl: { immutablePrefix: string; immutable: string; default: string };
  defaultType: string;
  types: Record<string, string[]>;
  charsetTypes: string[];
  gzip: { minLength: number; types: string[] };
  errorPages: Record<string, { title: string; message: string }>;
}
export const DEPLOY_CONFIG_PATH: string;
export function loadDeployConfig(path?: string): DeployConfig;
export const ALLOWED_METHODS: string[];
export const SECURITY_HEADERS: Readonly<Record<string, string>>;
export function contentTypeFor(extension: string): string;
export function isCompressible(status: number, contentType: string, length: number): boolean;
export function acceptsGzip(acceptEncoding: string | undefined): boolean;
export function cacheControlFor(status: number, pathname: string): string;
export function errorPageHtml(status: number | string, pages?: DeployConfig['errorPages']): string;
