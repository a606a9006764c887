import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Creates a fresh, empty browser profile directory under the OS temp folder. */
export function makeTempProfile(browser: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `wiretrace-e2e-${browser}-`));
}

/** Deletes a profile directory; retries because a dying browser may still be writing. */
export async function removeTempProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
