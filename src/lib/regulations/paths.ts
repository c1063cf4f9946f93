/**
 * Where the project's inputs and generated files live. The third-party inputs sit
 * outside the repository, in `../shared` as the project sees it; each can be moved
 * with an environment variable, resolved against the working directory.
 */
import path from 'node:path';

/** Where the build writes the regulation chapters it generates (git-ignored). */
export const GENERATED_REGULATIONS_DIR = './.generated/regulations';

/** `process.env[name]` as an absolute path, or `fallback` relative to the working directory. */
function fromEnv(name: string, fallback: string): string {
  const value = process.env[name];
  return value ? path.resolve(value) : path.resolve(process.cwd(), fallback);
}

/** The regulation texts: REGULATIONS_DIR, default ../shared/regulations. */
export function regulationsDir(): string {
  return fromEnv('REGULATIONS_DIR', '../shared/regulations');
}

/**
 * The seed text of the explainer article, which the fidelity test compares the built
 * chapters with: ARTICLE_SOURCE, default ../shared/source/article.txt.
 */
export function articleSourcePath(): string {
  return fromEnv('ARTICLE_SOURCE', '../shared/source/article.txt');
}
