// Where code runs is in its folder's name, and the compiler holds each folder to it
// (src/shared|client|node/tsconfig.json): a probe file placed in a folder may use only the
// globals of the places that folder's code runs in.
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The compiler's errors for `code` as if it were a file in `folder`, under that folder's tsconfig. */
function errors(folder: string, code: string): string[] {
  const dir = path.resolve(folder);
  const file = path.join(dir, '__probe__.ts');
  const { config } = ts.readConfigFile(path.join(dir, 'tsconfig.json'), ts.sys.readFile);
  const { options, fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, dir);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === file ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  // The folder's declaration files (its globals), not the rest of its code: quick, and only the probe can err.
  const program = ts.createProgram([file, ...fileNames.filter((f) => f.endsWith('.d.ts'))], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const DOM = 'export const title = document.title;\n';
const NODE = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
const WORKER = 'export const scope = (self as unknown as ServiceWorkerGlobalScope).registration;\n';
const COMMON = "export const bytes = new TextEncoder().encode('党').length + new URL('https://x.test/').host.length;\n";

describe('per-folder tsconfig', () => {
  it('src/shared: neither the DOM nor Node, only the web APIs both have', () => {
    expect(errors('src/shared', DOM).join()).toMatch(/document/);
    expect(errors('src/shared', NODE).join()).toMatch(/node:fs|node/);
    expect(errors('src/shared', COMMON)).toEqual([]);
  });

  it('src/client: the DOM, not Node', () => {
    expect(errors('src/client', DOM)).toEqual([]);
    expect(errors('src/client', NODE).join()).toMatch(/node/);
  });

  it('src/client/worker: the worker scope, not the page DOM', () => {
    expect(errors('src/client/worker', WORKER)).toEqual([]);
    expect(errors('src/client/worker', DOM).join()).toMatch(/document/);
  });

  // Astro's declarations (astro:content, used by src/node/data) bring in the DOM lib, so here
  // only Node's presence is the folder's own choice.
  it('src/node: Node', () => {
    expect(errors('src/node', NODE)).toEqual([]);
  });
});
