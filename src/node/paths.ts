/**
 * Where the project's inputs and generated files live. The third-party inputs sit
 * outside the repository, in `../shared` as the project sees it; each can be moved
 * with an environment variable. Relative paths resolve against the project root: Astro's
 * `root` once the integration has set it (so `astro build --root …` or a build started
 * from another folder finds the same files), the working directory otherwise (tests).
 */
import path from 'node:path';

/** Where the build writes the regulation chapters it generates (git-ignored). */
export const GENERATED_REGULATIONS_DIR = './.generated/regulations';

/** Shared through globalThis: Astro loads the integration and the pages as separate module instances. */
const ROOT_KEY = Symbol.for('xhdj.projectRoot');
type RootHolder = { [ROOT_KEY]?: string };

/** Records Astro's project root; called by the regulations integration at config time. */
export function setProjectRoot(root: string): void {
  (globalThis as RootHolder)[ROOT_KEY] = path.resolve(root);
}

export function projectRoot(): string {
  return (globalThis as RootHolder)[ROOT_KEY] ?? process.cwd();
}

/** `process.env[name]` or `fallback`, as an absolute path resolved against the project root. */
function fromEnv(name: string, fallback: string): string {
  return path.resolve(projectRoot(), process.env[name] || fallback);
}

/** The regulation texts: REGULATIONS_DIR, default ../shared/regulations. */
export function regulationsDir(): string {
  return fromEnv('REGULATIONS_DIR', '../shared/regulations');
}

/**
 * The source text of the seed explainer, which the fidelity test compares the built
 * chapters with: EXPLAINER_SOURCE, default ../shared/source/article.txt.
 */
export function seedExplainerSourcePath(): string {
  return fromEnv('EXPLAINER_SOURCE', '../shared/source/article.txt');
}
