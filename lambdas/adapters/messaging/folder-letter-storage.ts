import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { LetterStorage } from '../../domain/messaging/letter-batch';

/** Letter batches in a local folder (the local stack, demos, tests); keys become relative paths. */
export class FolderLetterStorage implements LetterStorage {
  constructor(private readonly root: string) {}

  async put(key: string, body: string, _contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside then renamed: a reader (or a crash) never sees half a letter or half a manifest.
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, body, 'utf8');
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    try {
      const names = await readdir(this.pathOf(prefix), { recursive: true, withFileTypes: true });
      return names
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.tmp'))
        .map((entry) => relative(this.root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return await readFile(this.pathOf(key), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private pathOf(key: string): string {
    const parts = key.split('/').filter((part) => part.length > 0);
    if (parts.some((part) => part === '..' || part === '.')) throw new Error('a letter key cannot leave the folder');
    return join(this.root, ...parts);
  }
}
