import { parseTime } from './published-after';

/** What origin-finding needs to know of each article sharing text. */
export interface OriginCandidate<Id> {
  id: Id;
  outlet: string;
  /** ISO 8601 from the page's metadata, or null. */
  publishedTime: string | null;
  /** When Wiretrace first read it (ms since epoch). */
  firstSeen: number;
  /** Wire agencies credited by the article, e.g. ["AFP"]. */
  credits: readonly string[];
}

/** The likely origin of a group of articles sharing text, and why it was chosen. */
export type LikelyOrigin<Id> =
  | { kind: 'article'; id: Id; outlet: string; reason: 'published' | 'first-seen' | 'agency' }
  | { kind: 'agency'; agency: string; creditedBy: Id[] };

const AGENCY_ALIASES: Record<string, string[]> = {
  AFP: ['afp', 'agence france-presse', 'agence france presse'],
  Reuters: ['reuters', 'thomson reuters'],
  AP: ['ap', 'associated press', 'the associated press'],
  PA: ['pa', 'press association', 'pa media', 'pa news'],
  dpa: ['dpa', 'deutsche presse-agentur'],
};

/**
 * Chooses the likely origin among articles that share text (the article being read included):
 * when any credits a wire agency, the agency most often credited is the source, shown as its
 * own stored article when one is from that agency, else named even though never stored;
 * otherwise the earliest article, by published time where known, else by first-seen time (a
 * page is published before anyone reads it, so first-seen bounds publication from above).
 * Returns null for an empty group.
 */
export function likelyOrigin<Id>(group: readonly OriginCandidate<Id>[]): LikelyOrigin<Id> | null {
  if (group.length === 0) return null;
  const agency = mostCreditedAgency(group);
  if (agency) {
    const own = group.find((c) => sameAgency(c.outlet, agency));
    if (own) return { kind: 'article', id: own.id, outlet: own.outlet, reason: 'agency' };
    const creditedBy = group
      .filter((c) => c.credits.some((x) => sameAgency(x, agency)))
      .map((c) => c.id);
    return { kind: 'agency', agency, creditedBy };
  }
  const earliest = [...group].sort(
    (x, y) => knownTime(x) - knownTime(y) || x.firstSeen - y.firstSeen,
  )[0]!;
  const reason = parseTime(earliest.publishedTime) !== null ? 'published' : 'first-seen';
  return { kind: 'article', id: earliest.id, outlet: earliest.outlet, reason };
}

/** The canonical agency name for a credit or outlet name, or the credit itself when unknown. */
export function canonicalAgency(name: string): string {
  const key = name.trim().toLowerCase();
  for (const [canonical, aliases] of Object.entries(AGENCY_ALIASES)) {
    if (aliases.includes(key)) return canonical;
  }
  return name.trim();
}

function sameAgency(name: string, agency: string): boolean {
  return canonicalAgency(name).toLowerCase() === agency.toLowerCase();
}

function mostCreditedAgency<Id>(group: readonly OriginCandidate<Id>[]): string | null {
  const counts = new Map<string, number>();
  for (const c of group) {
    for (const credit of new Set(c.credits.map(canonicalAgency)))
      counts.set(credit, (counts.get(credit) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

function knownTime<Id>(c: OriginCandidate<Id>): number {
  return parseTime(c.publishedTime) ?? c.firstSeen;
}
