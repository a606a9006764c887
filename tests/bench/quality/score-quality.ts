import type { PlantedFamily, PlantedMember } from '../generator/wire-family';
import { sharedKind, type Range } from './boilerplate-only';

/** What the extension reported for one query article, reduced to what quality needs. */
export interface QueryReport {
  url: string;
  text: string;
  matches: { url: string; outlet: string; passages: Range[] }[];
}

/** Planted-pair quality: recall, precision and the counts behind them. */
export interface QualityScore {
  recall: number;
  /** Planted pairs over listed pairs that share more than boilerplate (the definition). */
  precision: number;
  /** The same, counting as false only unplanted pairs sharing an 8-word passage (real reuse). */
  precisionReuse: number;
  plantedPairs: number;
  found: number;
  listedPairs: number;
  boilerplateOnlyPairs: number;
  /** Unplanted pairs listed for short common phrases only (names, stock phrases). */
  chancePairs: number;
  /** Unplanted pairs sharing a passage of 8+ words outside boilerplate. */
  falseReusePairs: number;
  /** Mean share of the known shared characters (query side) that found pairs highlight. */
  spanCoverage: number;
  /** A few false pairs, for diagnosis. */
  examples: { query: string; match: string; kind: string }[];
}

/**
 * Scores reports against the planted families. Every ordered pair (a, b) of one family's
 * stored republications is planted: recall counts those whose report for `a` lists `b` under
 * b's outlet. Precision counts, among listed pairs that share more than boilerplate, those
 * planted.
 */
export function scoreQuality(
  families: readonly PlantedFamily[],
  reports: readonly QueryReport[],
): QualityScore {
  const memberOf = new Map<string, { family: number; member: PlantedMember }>();
  for (const f of families)
    for (const m of f.members) memberOf.set(m.url, { family: f.id, member: m });
  const s = { planted: 0, found: 0, listed: 0, boiler: 0, chance: 0, reuse: 0, coverage: 0 };
  const examples: QualityScore['examples'] = [];
  for (const report of reports) {
    const self = memberOf.get(report.url);
    if (self) s.planted += families[self.family]!.members.length - 1;
    for (const match of report.matches) {
      s.listed++;
      const other = memberOf.get(match.url);
      if (self && other && other.family === self.family && match.outlet === other.member.outlet) {
        s.found++;
        s.coverage += spanCoverage(self.member, other.member, match.passages);
        continue;
      }
      const kind = sharedKind(report.text, match.passages);
      if (kind === 'boilerplate') s.boiler++;
      else if (kind === 'chance') s.chance++;
      else s.reuse++;
      if (kind !== 'boilerplate' && examples.length < 5)
        examples.push({ query: report.url, match: match.url, kind });
    }
  }
  const ratio = (good: number, bad: number) => (good + bad === 0 ? 1 : good / (good + bad));
  return {
    recall: s.planted === 0 ? 1 : s.found / s.planted,
    precision: ratio(s.found, s.chance + s.reuse),
    precisionReuse: ratio(s.found, s.reuse),
    plantedPairs: s.planted,
    found: s.found,
    listedPairs: s.listed,
    boilerplateOnlyPairs: s.boiler,
    chancePairs: s.chance,
    falseReusePairs: s.reuse,
    spanCoverage: s.found === 0 ? 0 : s.coverage / s.found,
    examples,
  };
}

/** Share of the characters of `a` known to be shared with `b` that the passages cover. */
function spanCoverage(a: PlantedMember, b: PlantedMember, passages: readonly Range[]): number {
  const inB = new Set(b.spans.map((s) => s.wireParagraph));
  const known = a.spans.filter((s) => inB.has(s.wireParagraph));
  let total = 0;
  let covered = 0;
  for (const k of known) {
    total += k.end - k.start;
    for (const p of passages)
      covered += Math.max(0, Math.min(k.end, p.end) - Math.max(k.start, p.start));
  }
  return total === 0 ? 1 : Math.min(1, covered / total);
}
