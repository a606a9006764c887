import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absentParagraphs, comparePair } from '../../../utils/engine/index';

// One invented wire story at two outlets, with the seed scenario's kinds of edits: a re-spelled
// name, (on)/[on], straight/curly quotes, a rewritten lead, an added "Related article" line and
// the analysts' paragraphs dropped by the second outlet.
const first = readFileSync(new URL('./fixtures/wire-first.txt', import.meta.url), 'utf8');
const second = readFileSync(new URL('./fixtures/wire-second.txt', import.meta.url), 'utf8');

describe('the seed scenario, on fixture texts', () => {
  const score = comparePair(second, first);
  const passagesInSecond = score.passages.map((p) => second.slice(p.a.start, p.a.end));

  it('finds nearly all of the second article in the first', () => {
    expect(score.cut).toBeGreaterThanOrEqual(85);
    expect(score.derivation).toBe('wholly');
  });

  it('runs passages across re-spellings, brackets and quote marks', () => {
    const across = (needle: string): boolean =>
      passagesInSecond.some(
        (p) => p.includes(needle) && p.indexOf(needle) > 20 && p.length - p.indexOf(needle) > 40,
      );
    expect(across('Kovalenko told a news conference')).toBe(true);
    expect(across('[on] about 200')).toBe(true);
    expect(across('master’s office')).toBe(false); // ends the passage: nothing after it is shared
    expect(passagesInSecond.some((p) => p.startsWith('Kovalenko said the ports'))).toBe(true);
  });

  it('reports the dropped paragraphs of the first as absent from the second', () => {
    const absent = absentParagraphs(
      first,
      score.passages.map((p) => p.b),
    ).map((s) => first.slice(s.start, s.end));
    expect(absent).toHaveLength(5);
    expect(absent[0]).toMatch(/^Independent analysts said/);
    expect(absent.slice(1, 4).join(' ')).toMatch(
      /Insurance costs.*Several operators.*war-risk premiums/s,
    );
    expect(absent[4]).toMatch(/^Officials also said/);
  });

  it('does not report the added "Related article" line as shared', () => {
    expect(passagesInSecond.some((p) => p.includes('Related article'))).toBe(false);
  });
});
