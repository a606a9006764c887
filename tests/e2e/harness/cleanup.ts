type Cleanup = { async: () => Promise<void>; sync: () => void };

const cleanups = new Set<Cleanup>();

/**
 * Registers how to tear a resource down: `async` on normal paths and Ctrl-C, `sync` as a
 * last resort when the process exits without having run the async path.
 * Returns a function that unregisters it (call it once the resource is gone).
 */
export function onCleanup(async: () => Promise<void>, sync: () => void): () => void {
  const entry = { async, sync };
  cleanups.add(entry);
  return () => cleanups.delete(entry);
}

/** Runs every registered async cleanup, newest first, ignoring their errors. */
export async function runCleanups(): Promise<void> {
  for (const entry of [...cleanups].reverse()) {
    cleanups.delete(entry);
    await entry.async().catch(() => {});
  }
}

let installed = false;

/** Makes Ctrl-C, SIGTERM and plain exit tear down browsers and temp profiles. */
export function installExitCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', () => {
    for (const entry of cleanups) entry.sync();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: closing browsers…`);
      void runCleanups().finally(() => process.exit(130));
    });
  }
}
