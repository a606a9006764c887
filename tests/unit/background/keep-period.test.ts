import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRequestHandler, FORGET_EVERY_MS } from '../../../utils/background/handle-request';
import { createTabResults } from '../../../utils/background/tab-results';
import type { Request } from '../../../utils/protocol';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { importArticles } from '../../../utils/store/import-articles';
import { listArticles } from '../../../utils/store/list-articles';
import { validateRequest } from '../../../utils/validate-request';
import { makeArticle, scanOf } from '../make-article';
import { WIRE_FIRST, WIRE_SECOND, WIRE_CLOSING } from '../wire-story';

const DAY = 24 * 60 * 60 * 1000;
let n = 0;
let db: WiretraceDb;
let now: number;
let keepDays: number | null;

function handler() {
  return createRequestHandler({
    db,
    tabResults: createTabResults(fakeBrowser.storage.session),
    isAutoSaveOn: async () => true,
    keepDays: async () => keepDays,
    setBadge: async () => {},
    now: () => now,
  });
}
async function ask(handle: ReturnType<typeof handler>, message: object, tabId?: number) {
  const request = validateRequest(message);
  if (typeof request === 'string') throw new Error(request);
  const reply = await handle(request as Request, tabId === undefined ? {} : { tabId });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
const listed = async () => (await listArticles(db, '', 0, 50)).rows.map((r) => r.url).sort();
const record = (url: string, text: string, lastSeen: number) => ({
  ...makeArticle({ url, outlet: url, text }),
  firstSeen: lastSeen,
  lastSeen,
});

describe('the keep period in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    db = openDb(`test-keep-period-${++n}`);
    now = 1_000 * DAY;
    keepDays = null;
  });
  afterEach(() => db.delete());

  it('forgets on request only what the stored period leaves out, and counts first', async () => {
    const handle = handler();
    await importArticles(
      db,
      [
        record('https://a.test/old', WIRE_FIRST, now - 100 * DAY),
        record('https://b.test/new', WIRE_SECOND, now - 10 * DAY),
      ],
      now,
    );
    expect(await ask(handle, { kind: 'count-read-before', days: 90 })).toEqual({ count: 1 });
    expect(await ask(handle, { kind: 'count-read-before', days: 30 })).toEqual({ count: 1 });
    // Kept forever: a request deletes nothing.
    expect(await ask(handle, { kind: 'forget-old' })).toEqual({ deleted: 0, more: false });
    keepDays = 90;
    expect(await ask(handle, { kind: 'forget-old' })).toEqual({ deleted: 1, more: false });
    expect(await listed()).toEqual(['https://b.test/new']);
  });

  it('leaves out of an import what the period would delete at once, and says how many', async () => {
    const handle = handler();
    keepDays = 30;
    const reply = await ask(handle, {
      kind: 'import-articles',
      articles: [
        record('https://a.test/old', WIRE_FIRST, now - 31 * DAY),
        record('https://b.test/new', WIRE_SECOND, now - 29 * DAY),
        { url: 'not a record' },
      ],
    });
    expect(reply).toEqual({ imported: 1, skipped: 1, tooOld: 1 });
    expect(await listed()).toEqual(['https://b.test/new']);
  });

  it('after page reads, forgets by itself at most once an hour', async () => {
    const handle = handler();
    keepDays = 30;
    const minute = 60 * 1000;
    // Inside the period by a minute at the first read, past it by 29 at the second.
    await importArticles(
      db,
      [record('https://a.test/old', WIRE_FIRST, now - 30 * DAY + minute)],
      now,
    );
    const read = async (url: string) => {
      const article = makeArticle({ url, outlet: url, text: `${WIRE_SECOND}\n\n${WIRE_CLOSING}` });
      await ask(handle, { kind: 'page-read', read: { ok: true, scan: scanOf(article) } }, 1);
      // The forgetting step runs after the reply: let it finish.
      await new Promise((r) => setTimeout(r, 50));
    };
    const start = now;
    await read('https://c.test/1');
    expect(await listed()).toContain('https://a.test/old');
    now = start + 30 * minute;
    await read('https://c.test/2');
    expect(await listed()).toContain('https://a.test/old');
    now = start + FORGET_EVERY_MS;
    await read('https://c.test/3');
    expect(await listed()).toEqual(['https://c.test/1', 'https://c.test/2', 'https://c.test/3']);
  });

  it('refuses a period that is not offered', () => {
    for (const days of [0, 7, -90, '90', null])
      expect(validateRequest({ kind: 'count-read-before', days })).toBe(
        "malformed 'count-read-before' request",
      );
    expect(validateRequest({ kind: 'forget-old', extra: 1 })).toEqual({ kind: 'forget-old' });
  });
});
