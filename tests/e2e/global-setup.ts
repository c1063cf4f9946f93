// Serves dist/ once for all browser tests and tells them where (SITE_URL).
// With E2E_BASE_URL set (e.g. by scripts/nginx/test-nginx.ts), the tests run against
// that server instead, and nothing is started here.
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve/static-server.ts';
import { assertBuilt } from '../support/dist';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt();
  const external = process.env['E2E_BASE_URL'];
  if (external) {
    const url = new URL(external);
    if (url.pathname !== '/' || url.search || url.hash)
      throw new Error(`E2E_BASE_URL 只能是站点根地址（如 http://127.0.0.1:8080），而不是 ${external}`);
    project.provide('siteUrl', url.origin);
    return async () => undefined;
  }
  const server = await startServer({ port: 0 });
  project.provide('siteUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
