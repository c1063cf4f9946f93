import type { IncomingMessage } from 'node:http';

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
export interface ParsedTarget {
  segments: string[];
  trailingSlash: boolean;
  query: string;
  pathname: string;
}
export function parseTarget(rawTarget: unknown): ParsedTarget | undefined;
export function startServer(options?: StaticServerOptions): Promise<StaticServer>;
