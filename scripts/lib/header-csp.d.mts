export function parsePolicy(policy: string): [string, string[]][];
export function serializePolicy(directives: [string, string[]][]): string;
export function headerPolicyFromDist(dist: string): string | undefined;
