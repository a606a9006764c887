import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { openDb, type WiretraceDb } from '../../../utils/store/db';

/**
 * An `open(name)` for one test file's databases: each database it opens is closed and deleted after
 * every test.
 */
export function testDbs(): (name: string) => WiretraceDb {
  const dbs: Dexie[] = [];
  afterEach(async () => {
    for (const d of dbs.splice(0)) {
      d.close();
      await Dexie.delete(d.name);
    }
  });
  return (name) => {
    const db = openDb(name);
    dbs.push(db);
    return db;
  };
}
