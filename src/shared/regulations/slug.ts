/**
 * A regulation's URL segment comes from its file name: "party-constitution.txt" →
 * "party-constitution". Names that are not URL-friendly are folded (Branch_Rules →
 * branch-rules); a name with no Latin letters or digits at all (社会组织意见.txt)
 * gets a short stable id derived from the name, so a dropped-in file always works.
 */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/\.txt$/iu, '');
  const folded = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return folded !== '' ? folded : `doc-${fnv1a(base)}`;
}

/** 32-bit FNV-1a as 8 hex digits: stable across builds and machines. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
