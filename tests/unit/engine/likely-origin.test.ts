import { describe, expect, it } from 'vitest';
import { likelyOrigin, type OriginCandidate } from '../../../utils/engine/likely-origin';

const day = (d: number): string => `2024-10-${String(d).padStart(2, '0')}T10:00:00Z`;
const art = (
  id: string,
  outlet: string,
  published: string | null,
  firstSeen: number,
  credits: string[] = [],
): OriginCandidate<string> => ({ id, outlet, publishedTime: published, firstSeen, credits });

describe('likelyOrigin', () => {
  it.each<[string, OriginCandidate<string>[], unknown]>([
    ['nothing', [], null],
    [
      'earliest published wins over earlier seen',
      [art('x', 'X', day(17), 1), art('y', 'Y', day(16), 5)],
      { kind: 'article', id: 'y', outlet: 'Y', reason: 'published' },
    ],
    [
      'earliest seen when nobody says when they published',
      [art('x', 'X', null, 9), art('y', 'Y', null, 3)],
      { kind: 'article', id: 'y', outlet: 'Y', reason: 'first-seen' },
    ],
    [
      'an unparseable date counts as unknown',
      [art('x', 'X', 'yesterday', 2), art('y', 'Y', null, 3)],
      { kind: 'article', id: 'x', outlet: 'X', reason: 'first-seen' },
    ],
    [
      'a wire credit names the agency even when its copy was never stored',
      [art('x', 'X', day(16), 1, ['AFP']), art('y', 'Y', day(17), 2, ['Agence France-Presse'])],
      { kind: 'agency', agency: 'AFP', creditedBy: ['x', 'y'] },
    ],
    [
      "the agency's own stored copy is the origin",
      [art('x', 'X', day(16), 1, ['Reuters']), art('r', 'Reuters', day(17), 2)],
      { kind: 'article', id: 'r', outlet: 'Reuters', reason: 'agency' },
    ],
    [
      'the most credited agency',
      [
        art('x', 'X', null, 1, ['AP']),
        art('y', 'Y', null, 2, ['Reuters', 'AP']),
        art('z', 'Z', null, 3, ['Reuters']),
      ],
      { kind: 'agency', agency: 'AP', creditedBy: ['x', 'y'] },
    ],
  ])('%s', (_name, group, expected) => {
    expect(likelyOrigin(group)).toEqual(expected);
  });
});
