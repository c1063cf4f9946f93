export function scratchProject(root: string, prefix?: string): string;
