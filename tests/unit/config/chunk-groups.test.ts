// The bundle's chunk groups (astro.config.mjs, vite.build.rolldownOptions) pick modules by path:
// after a folder is moved or renamed a group would silently match nothing and the budgets
// would only tell which page grew. Every group must still name the files it was written for.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Group = { name: string; test: RegExp };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

describe('chunk groups', async () => {
  const { default: config } = (await import('../../../astro.config.mjs')) as {
    default: { vite: { environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: Group[] } } } } } } } };
  };
  const groups = config.vite.environments.client.build.rolldownOptions.output.codeSplitting.groups;
  const candidates = [...files(path.resolve('src')), ...files(path.resolve('node_modules/preact'))];

  it.each(groups.map((g) => [g.name, g] as const))('%s matches the modules it groups', (_name, group) => {
    expect(candidates.filter((f) => group.test.test(f)).length).toBeGreaterThan(0);
  });

  it.each([
    ['answers', ['parse-answers', 'questions', 'months', 'storage']],
    ['preact', ['dates']],
  ])('the %s group still holds each module its comment names', (name, modules) => {
    const group = groups.find((g) => g.name === name);
    for (const module of modules) {
      expect(
        candidates.some((f) => group?.test.test(f) && f.endsWith(`${path.sep}${module}.ts`)),
        module,
      ).toBe(true);
    }
  });
});
