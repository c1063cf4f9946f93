// The few web APIs that both browsers and Node provide (the WinterTC minimum common API) and
// that pure logic uses. Declared here, not taken from lib "DOM" or @types/node, so that code in
// src/shared/ cannot reach a global that only one of the two places has (tsconfig.json here).
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly host: string;
  readonly href: string;
  readonly pathname: string;
}
