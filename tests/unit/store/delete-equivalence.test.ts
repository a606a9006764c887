import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../utils/engine/index';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { deleteArticle, deleteMatching } from '../../../utils/store/delete-articles';
import { listArticles } from '../../../utils/store/list-articles';
import { matchArticle } from '../../../utils/store/match-article';
import { saveArticle } from '../../../utils/store/save-article';
import { makeArticle } from '../make-article';
import { WIRE_FIRST, WIRE_SECOND } from '../wire-story';

const dbs: WiretraceDb[] = [];
afterEach(async () => Promise.all(dbs.splice(0).map((d) => d.delete())));

const BOILERPLATE =
  'Sign up for our morning newsletter to get the most important stories of the day delivered straight to your inbox every single morning.';
const filler = (i: number) =>
  `${BOILERPLATE}\n\nLocal council meeting number ${i} discussed parking rules, a new library roof and the summer festival budget for the district of ${i}.`;

async function store(db: WiretraceDb, url: string, outlet: string, text: string) {
  return saveArticle(db, makeArticle({ url, outlet, text }), fingerprintText(text));
}

// Match options that make the newsletter line boilerplate once four articles carry it.
const options = { maxDocFrequency: 3, minSharedPrints: 1, limit: 20 };
const query = { text: `${WIRE_SECOND}\n\n${BOILERPLATE}`, outlet: 'Q' };
const view = (r: Awaited<ReturnType<typeof matchArticle>>) =>
  r.otherOutlets.map((m) => [m.url, m.cut, m.paste, m.passages]);

/** Two stores holding the same three articles: one to delete from, one that never held more. */
async function twoStores(name: string): Promise<[WiretraceDb, WiretraceDb]> {
  const withDeletes = openDb(`${name}-deletes`);
  const never = openDb(`${name}-never`);
  dbs.push(withDeletes, never);
  for (const db of [withDeletes, never]) {
    await store(db, 'https://a.test/wire', 'A', WIRE_FIRST);
    await store(db, 'https://b.test/1', 'B', filler(1));
    await store(db, 'https://c.test/2', 'C', filler(2));
  }
  return [withDeletes, never];
}

describe('deleting articles', () => {
  it('gives the same matches as if the deleted articles had never been stored', async () => {
    const [withDeletes, never] = await twoStores('test-del-one');
    // Two more boilerplate carriers push the newsletter line over the frequency cap...
    const extra = [
      await store(withDeletes, 'https://d.test/3', 'D', filler(3)),
      await store(withDeletes, 'https://e.test/4', 'E', filler(4)),
    ];
    const capped = await matchArticle(withDeletes, query, options);
    expect(capped.otherOutlets.map((m) => m.outlet)).toEqual(['A']);
    // ...and deleting them brings the store back to exactly the never-stored state.
    for (const a of extra) await deleteArticle(withDeletes, a.id);
    const after = await matchArticle(withDeletes, query, options);
    const baseline = await matchArticle(never, query, options);
    expect(view(after)).toEqual(view(baseline));
    expect(after.otherOutlets.map((m) => m.outlet).sort()).toEqual(['A', 'B', 'C']);
  });

  it('deleting what a search finds, in one pass, leaves the never-stored state too', async () => {
    const [withDeletes, never] = await twoStores('test-del-found');
    await store(withDeletes, 'https://paused.test/3', 'Paused Daily', filler(3));
    await store(withDeletes, 'https://paused.test/4', 'Paused Daily', filler(4));
    expect(await deleteMatching(withDeletes, ' paused DAILY ')).toBe(2);
    const listed = await listArticles(withDeletes, '', 0, 10);
    expect(listed.rows.map((r) => r.outlet).sort()).toEqual(['A', 'B', 'C']);
    expect(await withDeletes.prints.count()).toBe(3);
    expect(view(await matchArticle(withDeletes, query, options))).toEqual(
      view(await matchArticle(never, query, options)),
    );
    expect(await deleteMatching(withDeletes, 'no such outlet')).toBe(0);
  });
});
