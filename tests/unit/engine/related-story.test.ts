import { describe, expect, it } from 'vitest';
import {
  BRIEF_MAX_WORDS,
  isBrief,
  RELATED_MIN_SIMILARITY,
  RELATED_SHOWN_WORDS,
  relatedStory,
} from '../../../utils/engine/related-story';
import { comparePair } from '../../../utils/engine/compare-pair';
import { BRIEFS, STORIES, UNRELATED_BRIEF } from './fixtures/related-stories';

const candidates = Object.values(STORIES).map((text, id) => ({ id, text }));
const idOf = (key: keyof typeof STORIES) => Object.keys(STORIES).indexOf(key);

describe('a related story for a brief that shares no passage', () => {
  it('the fixtures are briefs sharing no passage with any story', () => {
    for (const brief of Object.values(BRIEFS)) {
      expect(isBrief(brief)).toBe(true);
      for (const { text } of candidates) expect(comparePair(brief, text).passages).toEqual([]);
    }
  });

  it.each(['plaque', 'drama'] as const)(
    'finds the %s story among stories of other subjects',
    (key) => {
      const pick = relatedStory(BRIEFS[key], candidates);
      expect(pick?.id).toBe(idOf(key));
      expect(pick!.similarity).toBeGreaterThanOrEqual(RELATED_MIN_SIMILARITY);
    },
  );

  it('says why with the shared words as the brief spells them, rarest first, never words every story holds', () => {
    const pick = relatedStory(BRIEFS.plaque, candidates)!;
    expect(pick.words.slice(0, 2)).toEqual(['Quintell', 'Theatre']);
    expect(pick.words).toContain('Marvo');
    expect(pick.words.length).toBeLessThanOrEqual(RELATED_SHOWN_WORDS);
    const drama = relatedStory(BRIEFS.drama, candidates)!.words;
    expect(drama).toContain('WARD');
    const everywhere = ['the', 'a', 'in', 'of'].filter((w) =>
      Object.values(STORIES).every((story) => new RegExp(`\\b${w}\\b`, 'i').test(story)),
    );
    expect(everywhere).toContain('the');
    // Fewer telling words than are shown: the list stops there.
    const few = relatedStory('The ferry ran aground off Skellan.', candidates)!.words;
    for (const words of [pick.words, drama, few])
      for (const w of everywhere) expect(words.map((d) => d.toLowerCase())).not.toContain(w);
    expect(few).toEqual(['aground', 'Skellan', 'ferry', 'ran', 'off']);
  });

  it('finds the story in a store holding only copies of it', () => {
    const copies = [
      { id: 1, text: STORIES.plaque },
      { id: 2, text: `${STORIES.plaque} Related: more from our arts pages.` },
    ];
    const pick = relatedStory(BRIEFS.plaque, copies);
    expect(pick?.id).toBe(1);
    // Both copies hold every shared word: the words shown are still the rarest in the brief.
    expect(pick!.words.slice(0, 2)).toEqual(['Quintell', 'Theatre']);
  });

  it('among two copies of one story, shows its names before a short word one copy lacks', () => {
    // The second copy ends before "in 1991": among two candidates "in" is the rarer word, and
    // only length tells it from the story's names, which both copies hold.
    const [lead] = STORIES.plaque.split('. The ceremony');
    const copies = [
      { id: 1, text: STORIES.plaque },
      { id: 2, text: `${lead}.` },
    ];
    const pick = relatedStory(BRIEFS.plaque, copies)!;
    expect(pick.id).toBe(1);
    expect(pick.words.slice(0, 3)).toEqual(['Quintell', 'Theatre', 'plaque']);
    expect(pick.words).not.toContain('in');
  });

  it('finds nothing for a brief on another subject, or among no stories', () => {
    expect(relatedStory(UNRELATED_BRIEF, candidates)).toBeNull();
    expect(relatedStory(BRIEFS.plaque, [])).toBeNull();
  });

  it('weighs a longer text holding the same shared words below the story itself', () => {
    const padded = [
      ...candidates,
      // A digest of all four stories holds every word the plaque story shares with the brief,
      // and many more: as a share of the brief's words it would tie, as similarity it is lower.
      { id: 99, text: Object.values(STORIES).join(' ') },
    ];
    expect(relatedStory(BRIEFS.plaque, padded)?.id).toBe(idOf('plaque'));
  });

  it('counts as a brief up to BRIEF_MAX_WORDS words', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(isBrief(words(BRIEF_MAX_WORDS))).toBe(true);
    expect(isBrief(words(BRIEF_MAX_WORDS + 1))).toBe(false);
  });
});
