import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../utils/engine/compare-pair';
import { rewordedSentences, sentencesOf } from '../../../utils/engine/reworded-sentences';
import { tokenize } from '../../../utils/engine/tokenize';
import { syntheticText } from './synthetic-text';

/** The words of `a` that rewordedSentences finds kept from `b`, each passage as text. */
function kept(a: string, b: string, coveredWords: number[] = []): string[] {
  const ta = tokenize(a);
  const covered = new Uint8Array(ta.hashes.length);
  for (const t of coveredWords) covered[t] = 1;
  return rewordedSentences({ text: a, tokens: ta }, { text: b, tokens: tokenize(b) }, covered).map(
    (p) => a.slice(ta.starts[p.aStart], ta.ends[p.aEnd - 1]),
  );
}

const SOURCE =
  'The harbour board said on Monday that the new lighthouse at Varna Point will be lit for the first time in March. ' +
  'Repairs to the old tower had cost more than expected, a spokeswoman added.';

describe('reworded sentences', () => {
  it.each([
    {
      case: 'words kept in order from one sentence, runs consecutive in both texts joined',
      sentence:
        'The new lighthouse at Varna Point will first be lit in March, the harbour board said.',
      expected: ['The', 'new lighthouse at Varna Point will', 'be lit', 'in March'],
    },
    {
      case: 'fewer than half the words from any one sentence',
      sentence: 'Fishermen in the bay say a lighthouse was long overdue after two wrecks in March.',
      expected: [],
    },
    {
      case: 'a sentence shorter than five words',
      sentence: 'Lit in March.',
      expected: [],
    },
  ])('$case', ({ sentence, expected }) => {
    expect(kept(sentence, SOURCE)).toEqual(expected);
  });

  it('leaves out words the passages already cover', () => {
    const sentence =
      'The new lighthouse at Varna Point will first be lit in March, the harbour board said.';
    // Words 1-6, "new lighthouse at Varna Point will", are in a passage already.
    expect(kept(sentence, SOURCE, [1, 2, 3, 4, 5, 6])).toEqual(['The', 'be lit', 'in March']);
  });

  it('splits sentences at full stops, question and exclamation marks, CJK marks and line breaks', () => {
    const text = 'One two. Three four? Five!\nSix seven。八九';
    const tokens = tokenize(text);
    const words = sentencesOf(text, tokens).map(([s, e]) =>
      Array.from({ length: e - s }, (_, i) => text.slice(tokens.starts[s + i], tokens.ends[s + i])),
    );
    expect(words[0]).toEqual(['One', 'two']);
    expect(words[1]).toEqual(['Three', 'four']);
    expect(words[2]).toEqual(['Five']);
    expect(words[3]).toEqual(['Six', 'seven']);
    expect(words[4]!.join('')).toBe('八九');
  });
});

describe('comparePair with reworded sentences', () => {
  // A shared paragraph makes the pair related; its lead is the source's lead reworded, which
  // the passages alone cover only from "at Varna" on.
  const shared =
    'Engineers will test the lamp every night next week, and ships have been asked to report ' +
    'whether they can see it from the open sea beyond the sandbanks off the southern cape.';
  const other = `${SOURCE}\n\n${shared}`;
  const lead =
    'On Monday the board said its lighthouse, new and at Varna, will be lit first in March.';

  it('counts the words a related article kept from a reworded sentence as shared', () => {
    const text = `${lead}\n\n${shared}`;
    const score = comparePair(text, other);
    const texts = score.passages.map((p) => text.slice(p.a.start, p.a.end));
    expect(texts).toEqual([
      'the',
      'board said',
      'new',
      'at Varna, will be lit first in March.',
      shared,
    ]);
    // 12 of the lead's 17 words (passages alone: 8) and all 32 of the paragraph's.
    expect(score.cut).toBe(89.8);
  });

  it('adds none to a pair sharing less than a source does', () => {
    const text = `${lead}\n\n${syntheticText(5, 300)}`;
    const score = comparePair(text, SOURCE);
    expect(score.passages.map((p) => text.slice(p.a.start, p.a.end))).toEqual([
      'at Varna, will be lit first in March.',
    ]);
  });
});
