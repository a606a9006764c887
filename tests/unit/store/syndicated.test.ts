import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../utils/engine/index';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { retrieveCandidates } from '../../../utils/store/find-candidates';
import { matchArticle } from '../../../utils/store/match-article';
import { saveArticle } from '../../../utils/store/save-article';
import { findCopies } from '../../../utils/store/syndicated-copies';
import { syntheticText } from '../engine/synthetic-text';
import { makeArticle } from '../make-article';
import { WIRE_FIRST } from '../wire-story';

const dbs: WiretraceDb[] = [];
afterEach(async () => Promise.all(dbs.splice(0).map((d) => d.delete())));

const STAMP =
  'Sign up for our morning newsletter to get the most important stories of the day delivered to your inbox.';

async function store(db: WiretraceDb, i: number, text: string) {
  return saveArticle(
    db,
    makeArticle({ url: `https://o${i}.test/a`, outlet: `Outlet ${i}`, text }),
    fingerprintText(text),
    i,
  );
}

describe('a text stored more often than the frequency cap', () => {
  const options = { maxDocFrequency: 3, minSharedPrints: 1, limit: 24 };

  it('is still found: the oldest copies are listed, the boilerplate stays boilerplate', async () => {
    const db = openDb('test-syndicated-1');
    dbs.push(db);
    // Unrelated articles carrying the newsletter line first: they are its oldest holders.
    for (let i = 10; i < 16; i++) await store(db, i, `${syntheticText(i, 200)}\n\n${STAMP}`);
    const copies = [];
    for (let i = 0; i < 6; i++) copies.push(await store(db, i, `${WIRE_FIRST}\n\n${STAMP}`));
    const text = `${WIRE_FIRST}\n\n${STAMP}`;
    const report = await matchArticle(db, { text, outlet: 'Reader' }, options);
    // Each capped lookup reads cap + 1 holders, oldest first: the four oldest copies.
    expect(report.otherOutlets.map((m) => m.articleId).sort((x, y) => x - y)).toEqual(
      copies.slice(0, 4).map((c) => c.id),
    );
    expect(report.otherOutlets.every((m) => m.derivation === 'wholly')).toBe(true);
    // The newsletter line's prints, first held by the unrelated carriers, are still boilerplate.
    const { boilerplate } = await retrieveCandidates(db, fingerprintText(text), options);
    const wire = new Set(fingerprintText(WIRE_FIRST));
    expect(boilerplate.size).toBeGreaterThan(0);
    expect([...boilerplate].some((h) => wire.has(h))).toBe(false);
  });

  it('does not turn an ordinary article carrying boilerplate into a copy of its carriers', async () => {
    const db = openDb('test-syndicated-2');
    dbs.push(db);
    for (let i = 10; i < 16; i++) await store(db, i, `${syntheticText(i, 200)}\n\n${STAMP}`);
    const text = `${syntheticText(99, 200)}\n\n${STAMP}`;
    const report = await matchArticle(db, { text, outlet: 'Reader' }, options);
    expect(report.otherOutlets).toEqual([]);
  });
});

describe('findCopies', () => {
  it('takes the articles holding most capped prints, and only the prints they hold', () => {
    const holders = new Map([
      [1, [10, 11, 12, 13]],
      [2, [10, 11, 12, 14]],
      [3, [10, 11, 12, 15]],
      [4, [20, 21, 22, 23]], // a boilerplate line: other holders
    ]);
    const copies = findCopies(holders);
    expect([...copies.shared.keys()].sort()).toEqual([10, 11, 12]);
    expect([...copies.textPrints].sort()).toEqual([1, 2, 3]);
  });
});
