import { makeRng, seedOf } from './rng';

/** A synthetic news outlet: display name and a unique hostname. */
export interface Outlet {
  name: string;
  host: string;
}

const PLACE_HEADS = [
  'North',
  'South',
  'East',
  'West',
  'Lake',
  'Port',
  'Glen',
  'Ash',
  'Elm',
  'Oak',
  'Red',
  'Stone',
  'Clear',
  'Fair',
  'Green',
  'High',
  'Kings',
  'Mill',
  'New',
  'River',
  'Salt',
  'Silver',
  'Sun',
  'Wood',
];
const PLACE_TAILS = [
  'ford',
  'ton',
  'bridge',
  'wick',
  'field',
  'haven',
  'mouth',
  'dale',
  'brook',
  'bury',
  'port',
  'stead',
  'water',
  'ville',
  'moor',
  'gate',
];
const MASTHEADS = [
  'Herald',
  'Courier',
  'Gazette',
  'Tribune',
  'Post',
  'Times',
  'Chronicle',
  'Observer',
  'Daily',
  'Sentinel',
  'Record',
  'Star',
  'Journal',
  'Ledger',
  'Bulletin',
  'News',
  'Mirror',
  'Express',
  'Dispatch',
  'Examiner',
];

/**
 * A few hundred distinct outlets ("The Glenford Courier", glenford-courier.example), the same
 * for a given seed.
 */
export function makeOutlets(seed: number, count = 320): Outlet[] {
  const rng = makeRng(seedOf(seed, 0x0071e7));
  const byHost = new Map<string, Outlet>();
  while (byHost.size < count) {
    const place = rng.pick(PLACE_HEADS) + rng.pick(PLACE_TAILS);
    const masthead = rng.pick(MASTHEADS);
    const host = `${place}-${masthead}.example`.toLowerCase();
    if (!byHost.has(host)) byHost.set(host, { name: `The ${place} ${masthead}`, host });
  }
  return [...byHost.values()];
}
