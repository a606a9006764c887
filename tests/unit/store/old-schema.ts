import Dexie from 'dexie';

/**
 * A database declared as an earlier release of Wiretrace declared it (utils/store/db.ts, up to
 * `version`), without its upgrades: for writing stores exactly as that release left them.
 */
export function oldSchema(name: string, version: 1 | 2 | 3 | 4 | 5 | 6 | 7): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    articles: '++id, &url, firstSeen',
    prints: 'articleId, *hashes',
    links: '[lo+hi], lo, hi',
  });
  if (version >= 2) db.version(2).stores({ articles: '++id, urlKey, firstSeen' });
  if (version >= 3) db.version(3).stores({ prints: 'articleId', postings: '' });
  if (version >= 4) db.version(4).stores({});
  if (version >= 5) db.version(5).stores({});
  if (version >= 6) db.version(6).stores({ titles: '' });
  if (version >= 7) db.version(7).stores({ unlinked: '' });
  return db;
}
