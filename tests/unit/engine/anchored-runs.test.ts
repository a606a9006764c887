import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../utils/engine/compare-pair';

const LEAD =
  'Folk singer Marta Quillon won the Silver Lantern award on Tuesday for an album she recorded in a disused lighthouse.';

function sharedTexts(a: string, b: string): string[] {
  return comparePair(a, b).passages.map((p) => a.slice(p.a.start, p.a.end));
}

describe('short runs in related texts', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a name kept from the source counts once the texts are related',
      `${LEAD}\n\nCritics had tipped the Tin Orchard Collective to win instead.`,
      `${LEAD}\n\nShe beat five other nominees, among them Tin Orchard Collective, at the ceremony.`,
      [LEAD, 'Tin Orchard Collective'],
    ],
    [
      'so does a two-word name, alone in a reworded sentence',
      `${LEAD}\n\nShe will sing next at Harbour Hall in the spring.`,
      `${LEAD}\n\nA spring concert at a Harbour Hall venue is planned.`,
      [LEAD, 'Harbour Hall'],
    ],
    [
      'but not two lower-case words that are each rare',
      `${LEAD}\n\nIn the spring she will travel north to sing harbour songs.`,
      `${LEAD}\n\nNext year a long concert tour where they sing harbour tunes is planned.`,
      [LEAD],
    ],
    [
      'common word pairs are chance, not reuse',
      `${LEAD}\n\nMost of the crowd in the hall had come for the band, and some of the fans in the front rows left early.`,
      `${LEAD}\n\nThe jury met in the old town hall. One of the judges said the rest of the list was strong, and all of the nominees were in the room.`,
      [LEAD],
    ],
    [
      'a stray two-word phrase in a reworded sentence is too small to show',
      `On Tuesday the jury chose her, weeks after a ballot. ${LEAD}`,
      `Weeks after the vote, on Tuesday, officials said so. ${LEAD}`,
      [LEAD],
    ],
    [
      'names alone do not relate two texts',
      'Marta Quillon and Tin Orchard played a charity gig in Leeds last night.',
      'Tin Orchard cancelled a tour; Marta Quillon said she would sing alone.',
      [],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(sharedTexts(a, b)).toEqual(expected);
  });
});
