import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Total size in bytes of the files under `dir` (0 when it does not exist). A file gone
 * between listing and reading counts 0: LevelDB deletes compacted tables while we walk.
 */
export async function dirSize(dir: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  let total = 0;
  for (const e of entries) {
    const path = join(dir, e.name);
    total += e.isDirectory() ? await dirSize(path) : await fileSize(path);
  }
  return total;
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
}
