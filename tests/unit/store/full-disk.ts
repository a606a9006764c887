import type Dexie from 'dexie';

/**
 * Makes writes of `target` fail the way a full disk does (QuotaExceededError) whenever
 * `full(table, type)` says so. Call it before the database opens: Dexie builds its
 * middleware stack then.
 */
export function failWritesWhen(target: Dexie, full: (table: string, type: string) => boolean) {
  target.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            full(name, req.type)
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : table.mutate(req),
        };
      },
    }),
  });
}
