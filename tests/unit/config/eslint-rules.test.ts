// The project's own lint conventions, enforced by eslint.config.js.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const RULE = '@typescript-eslint/no-restricted-imports';

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// The assessment island may import only types from the shared/assessment barrel (values come
// from the modules, so the bundler can keep the engine out of the island's first chunk).
describe('island import rule', () => {
  const FILE = 'src/client/islands/assessment/probe.ts';

  it('rejects a value import from the barrel', async () => {
    expect(await messages("import { assess } from '../../../shared/assessment';\nexport const run = assess;\n", FILE)).toContain(RULE);
  });

  it('allows a type import from the barrel and a value import from the module', async () => {
    const code =
      "import type { Answers } from '../../../shared/assessment';\nimport { assess } from '../../../shared/assessment/engine';\nexport const run = (a: Answers) => assess(a, { today: '2025-01-01', availableSources: [] });\n";
    expect(await messages(code, FILE)).not.toContain(RULE);
  });
});

// Files that Node loads with astro.config.mjs name the .ts file of each relative import
// (docs/upgrading.md): the rule's scope is followed from the config, not listed by hand.
describe('config import-extension rule', () => {
  const LOADED = 'src/node/integrations/regulations.ts';
  const DEEP = 'src/shared/regulations/parse.ts';

  it('rejects an extensionless import in the config and in files it reaches, however deep', async () => {
    for (const [file, specifier] of [
      ['astro.config.mjs', './src/shared/site/constants'],
      [LOADED, '../regulations/corpus'],
      [DEEP, './errors'],
    ] as const) {
      expect(await messages(`import { x } from '${specifier}';\nexport const y = x;\n`, file), file).toContain(RULE);
      expect(await messages(`export { x } from '${specifier}';\n`, file), file).toContain(RULE);
    }
  });

  it('allows the .ts file, packages and type-only imports', async () => {
    const code =
      "import { x } from '../regulations/corpus.ts';\nimport type { Y } from '../../shared/regulations/types';\nimport { z } from 'astro/zod';\nexport const w: Y = [x, z];\n";
    expect(await messages(code, LOADED)).not.toContain(RULE);
  });

  it('leaves files the config does not load alone', async () => {
    expect(await messages("import { x } from './engine';\nexport const y = x;\n", 'src/shared/assessment/probe.ts')).not.toContain(RULE);
  });
});

// Imports follow where code runs: shared → nothing of client/node; client → nothing of node.
describe('folder import direction', () => {
  const RULE_CORE = 'no-restricted-imports';

  it('keeps pure logic free of browser and build-time code', async () => {
    for (const specifier of ['../../client/worker/full-download', '../../node/regulations/corpus.ts']) {
      expect(
        await messages(`import { x } from '${specifier}';\nexport const y = x;\n`, 'src/shared/assessment/probe.ts'),
        specifier,
      ).toContain(RULE_CORE);
    }
    expect(
      await messages("import { x } from '../regulations/parse';\nexport const y = x;\n", 'src/shared/assessment/probe.ts'),
    ).not.toContain(RULE_CORE);
  });

  it('keeps build-time code out of the browser, and lets it use shared logic', async () => {
    expect(
      await messages("import { x } from '../../node/regulations/corpus';\nexport const y = x;\n", 'src/client/search/probe.ts'),
    ).toContain(RULE_CORE);
    expect(
      await messages("import { x } from '../../shared/search/rank';\nexport const y = x;\n", 'src/client/search/probe.ts'),
    ).not.toContain(RULE_CORE);
  });
});
