/**
 * A scratch copy of the project, built or served with other inputs (in the spirit of
 * Astro's loadFixture): the working tree's dist/, .astro/ and .generated/ are never
 * touched. Used by the integration builds in tests/integration/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { scratchProject } from './scratch-project.ts';
import { regulationsDir } from '../../src/node/regulations/corpus';
import { pageLoader } from './dist';

const ROOT = process.cwd();
const bin = (name: string): string => join(ROOT, 'node_modules/.bin', name);

export interface BuildResult {
  status: number | null;
  /** stdout and stderr. */
  output: string;
}

export interface Fixture {
  /** The copy's folder. */
  readonly root: string;
  /** A file of the copy (path relative to it), as text. */
  read(path: string): string;
  /** Writes a file of the copy, making its folders. */
  write(path: string, text: string): void;
  /** `astro build` in the copy (it indexes with Pagefind and writes the service worker too). */
  build(options?: { regulations?: string }): BuildResult;
  /** A built file (path relative to the copy's dist/), as text. */
  readFile(path: string): string;
  pathExists(path: string): boolean;
  /** A built page (a site path like "/glossary/") as a DOM, no scripts run. */
  page(path: string): Document;
  /** `astro dev` on 127.0.0.1:`port`, in a development environment; the caller stops it. */
  startDevServer(options: { port: number; regulations?: string }): ChildProcess;
  /** Removes the copy. */
  clean(): void;
}

/** Builds can take minutes on two slow cores (no test depends on it being faster). */
const BUILD_TIMEOUT = 300_000;

/** The environment of `astro dev`: not the test runner's (NODE_ENV=test and VITEST* change how Vite serves). */
function devEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'),
  );
  return { ...env, NODE_ENV: 'development' };
}

/** A fresh copy of the project; the real corpus (REGULATIONS_DIR) unless a build is given another. */
export function buildFixture(prefix: string): Fixture {
  const root = scratchProject(ROOT, `xhdj-${prefix}-`);
  const dist = join(root, 'dist');
  const env = (regulations: string | undefined): NodeJS.ProcessEnv => ({
    REGULATIONS_DIR: regulations ?? resolve(regulationsDir()),
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
  });
  return {
    root,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    build: ({ regulations } = {}) => {
      const r = spawnSync(bin('astro'), ['build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env(regulations) },
        timeout: BUILD_TIMEOUT,
      });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    },
    readFile: (path) => readFileSync(join(dist, path), 'utf8'),
    pathExists: (path) => existsSync(join(dist, path)),
    page: pageLoader(dist),
    startDevServer: ({ port, regulations }) =>
      spawn(bin('astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
        cwd: root,
        env: { ...devEnvironment(), ...env(regulations) },
        // Piped so a failing test can show what the server said (the caller must read it).
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    clean: () => rmSync(root, { recursive: true, force: true }),
  };
}
