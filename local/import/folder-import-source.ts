import { createReadStream, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { classifyImportFile, type ImportFileRef } from '../../lambdas/domain/ingestion/bulk-files';
import type { ImportSource, ImportSourceSpec, OpenImportSource } from '../../lambdas/domain/ingestion/import-job';

/** The local stand-in for the S3 import prefix: a folder, listed recursively. */
export const openFolderImportSource: OpenImportSource = (spec: ImportSourceSpec): ImportSource => {
  if (spec.kind !== 'folder') throw new Error('the local stack imports from a folder (source.kind = folder)');
  const root = resolve(spec.path);
  return {
    async list() {
      return walk(root)
        .map((path): ImportFileRef => {
          const name = relative(root, path);
          return { name, kind: classifyImportFile(name), bytes: statSync(path).size };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    async *lines(name: string) {
      yield* createInterface({ input: createReadStream(join(root, name)), crlfDelay: Number.POSITIVE_INFINITY });
    },
    text: (name: string) => readFile(join(root, name), 'utf8'),
  };
};

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() ? [path] : [];
  });
}
