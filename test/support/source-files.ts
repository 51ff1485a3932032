import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository, for tests that read its source. */
export const REPO_ROOT = resolve(__dirname, '../..');

/** Every `.ts` file below `folder`, `node_modules` left out. */
export function typescriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typescriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Source without comments, so that a comment may still name what a scan looks for. */
export const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
