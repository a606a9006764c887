import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../utils/engine/index';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { COMMON_PRINT_ARTICLES, matchArticle } from '../../../utils/store/match-article';
import { saveArticle } from '../../../utils/store/save-article';
import { syntheticText } from '../engine/synthetic-text';
import { makeArticle } from '../make-article';

const dbs: WiretraceDb[] = [];
afterEach(async () => Promise.all(dbs.splice(0).map((d) => d.delete())));

// A line outlets stamp on their articles: long enough (19 words) to pass for reuse alone.
const STAMP =
  'Support independent journalism by becoming a member today for less than the price of a coffee every single week.';
// A wire paragraph (42 words) a long article takes from a story many outlets ran.
const PARAGRAPH =
  'The regional governor said on Sunday that rescue teams had reached the three villages cut off by the landslide, and that helicopters would fly food, water and medicine to the families who had spent two nights in the school gymnasium without power.';
const QUOTE =
  'The minister told reporters that the harbour bridge would stay closed to lorries until the inspectors had finished their work.';

async function store(db: WiretraceDb, i: number, text: string) {
  const article = makeArticle({ url: `https://o${i}.test/a`, outlet: `Outlet ${i}`, text });
  return saveArticle(db, article, fingerprintText(text));
}

/** Matches `text` as the page of a reader's outlet, against everything stored. */
function matchText(db: WiretraceDb, text: string) {
  return matchArticle(db, { text, outlet: 'Reader' });
}

describe('listing a non-derived pair', () => {
  it('sets aside pairs whose only long passage is a line many stored articles carry', async () => {
    const db = openDb('test-chance-1');
    dbs.push(db);
    for (let i = 0; i < COMMON_PRINT_ARTICLES + 1; i++)
      await store(db, i, `${syntheticText(i + 1, 250)}\n\n${STAMP}`);
    const quoting = await store(db, 50, `${syntheticText(60, 250)}\n\n${QUOTE}\n\n${STAMP}`);
    const text = `${syntheticText(99, 250)}\n\n${QUOTE}\n\n${STAMP}`;
    const report = await matchText(db, text);
    // The article that also shares a real sentence stays listed; the stamp carriers do not.
    expect(report.otherOutlets.map((m) => m.articleId)).toEqual([quoting.id]);
    expect(report.chanceOverlaps).toHaveLength(COMMON_PRINT_ARTICLES + 1);
    expect(report.chanceOverlaps.every((m) => m.derivation === 'non' && m.longestWords >= 12)).toBe(
      true,
    );
  });

  it('keeps a line shared by fewer stored articles as reuse', async () => {
    const db = openDb('test-chance-2');
    dbs.push(db);
    for (let i = 0; i < 2; i++) await store(db, i, `${syntheticText(i + 1, 250)}\n\n${STAMP}`);
    const text = `${syntheticText(99, 250)}\n\n${STAMP}`;
    const report = await matchText(db, text);
    expect(report.otherOutlets).toHaveLength(2);
  });

  it('lists one paragraph of a story many outlets ran: its holders are copies of each other', async () => {
    const db = openDb('test-chance-3');
    dbs.push(db);
    const story = `${syntheticText(5, 300)}\n\n${PARAGRAPH}\n\n${syntheticText(6, 200)}`;
    for (let i = 0; i < COMMON_PRINT_ARTICLES + 3; i++) await store(db, i, story);
    const text = `${syntheticText(99, 900)}\n\n${PARAGRAPH}\n\n${syntheticText(98, 200)}`;
    const report = await matchText(db, text);
    expect(report.otherOutlets).toHaveLength(COMMON_PRINT_ARTICLES + 3);
    expect(report.otherOutlets.every((m) => m.derivation === 'non' && m.longestWords >= 40)).toBe(
      true,
    );
  });

  it('still sets a stamp aside when some of its carriers are copies of one story', async () => {
    const db = openDb('test-chance-4');
    dbs.push(db);
    const story = `${syntheticText(5, 300)}\n\n${STAMP}`;
    for (let i = 0; i < 3; i++) await store(db, i, story);
    for (let i = 3; i < COMMON_PRINT_ARTICLES + 3; i++)
      await store(db, i, `${syntheticText(i + 10, 250)}\n\n${STAMP}`);
    const text = `${syntheticText(99, 250)}\n\n${STAMP}`;
    const report = await matchText(db, text);
    expect(report.otherOutlets).toEqual([]);
    expect(report.chanceOverlaps).toHaveLength(COMMON_PRINT_ARTICLES + 3);
  });
});
