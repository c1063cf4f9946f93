export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}
export function startServer(options?: { root?: string; port?: number; host?: string }): Promise<StaticServer>;
