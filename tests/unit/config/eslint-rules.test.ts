// The project's own lint convention, enforced by eslint.config.js: the assessment island
// may import only types from the lib/assessment barrel (values come from the modules, so
// the bundler can keep the engine out of the island's first chunk).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const FILE = 'src/islands/assessment/probe.ts';

async function messages(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: FILE });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('island import rule', () => {
  it('rejects a value import from the barrel', async () => {
    expect(await messages("import { assess } from '../../lib/assessment';\nexport const run = assess;\n")).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('allows a type import from the barrel and a value import from the module', async () => {
    const code =
      "import type { Answers } from '../../lib/assessment';\nimport { assess } from '../../lib/assessment/engine';\nexport const run = (a: Answers) => assess(a, { today: '2025-01-01', availableSources: [] });\n";
    expect(await messages(code)).not.toContain('@typescript-eslint/no-restricted-imports');
  });
});
