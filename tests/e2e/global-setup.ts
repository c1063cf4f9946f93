// Serves dist/ once for all browser tests and tells them where (SITE_URL).
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/static-server.mjs';
import { assertBuilt } from '../support/dist';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt();
  const server = await startServer({ port: 0 });
  project.provide('siteUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
