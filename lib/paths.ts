import { join } from 'node:path';

/** The repository root, against which the catalog's entries and the ASL and schema files are resolved. */
export const REPO_ROOT = join(__dirname, '..');

export const repoPath = (...segments: string[]): string => join(REPO_ROOT, ...segments);
