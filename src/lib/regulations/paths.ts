/** Where the build writes the regulation chapters it generates (git-ignored). */
export const GENERATED_REGULATIONS_DIR = './.generated/regulations';
