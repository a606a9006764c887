import { targetChecks, type BenchResult } from './bench-result.ts';
import type { Summary } from './stats.ts';

const ms = (s: Summary | null) =>
  s ? `median ${s.median} ms, p95 ${s.p95} ms (n=${s.n})` : 'n/a (build has no analyse request)';

/** The human-readable report: figures, then the targets as pass/miss. */
export function printTable(r: BenchResult): string {
  const d = r.detail;
  const q = r.plantedPairs;
  const rows: [string, string][] = [
    [
      'browser / articles',
      `${r.browser} / ${r.articles} (seed ${d.seed}, ${d.corpus} model, ${d.meanWords.toFixed(0)} words mean, commit ${d.commit})`,
    ],
    [
      'bulk fill',
      `${r.fillPerSecond} articles/s in the extension, ${d.fillWallPerSecond} articles/s wall (${d.fillSeconds} s)`,
    ],
    ['  by tenth of the fill', d.fillPerSecondByTenth.join(', ') + ' articles/s'],
    ['ingest one', ms(r.ingestMs)],
    ['match one (stored)', ms(r.matchMs)],
    ['  planted / random', `${ms(d.matchPlantedMs)} / ${ms(d.matchRandomMs)}`],
    ['  listed per query', `median ${d.listedPerQuery.median}, p95 ${d.listedPerQuery.p95}`],
    ['match one (new)', ms(d.matchNewMs)],
    ['page read (match+store)', ms(d.pageReadMs)],
    ['match a brief sharing nothing', ms(d.matchBriefMs)],
    [
      'saved page',
      `opening ${d.savedPage.firstPageMs.median} ms, outlet search ${d.savedPage.outletSearchMs.median} ms, title search ${d.savedPage.titleSearchMs.median} ms, most shared first ${d.savedPage.sharedOrderMs.median} ms (medians)`,
    ],
    [
      '  linking imported articles',
      d.savedPage.linking
        ? `${d.savedPage.linking.perSecond} articles/s (${d.savedPage.linking.linked} in ${d.savedPage.linking.steps} steps, ${d.savedPage.linking.remaining} still waiting)`
        : 'n/a (build has no link-imported request)',
    ],
    [
      'forgetting old articles',
      d.forget
        ? `${d.forget.perSecond} articles/s (${d.forget.articles} in ${d.forget.steps} steps of ${ms(d.forget.stepMs)}, ${d.forget.left} left)`
        : 'n/a (build has no forget-old request)',
    ],
    [
      'cold start',
      r.coldStartMs === null
        ? `n/a: ${d.coldStartNote}`
        : `${r.coldStartMs} ms median of [${d.coldStartRunsMs.join(', ')}]`,
    ],
    [
      'bytes per article',
      `${r.bytesPerArticle} (storage.estimate), ${d.idbBytesPerArticle ?? 'n/a'} (IndexedDB folder)`,
    ],
    ['background heap', r.heapMB === null ? `n/a: ${d.heapNote}` : `${r.heapMB} MB`],
    [
      'planted pairs',
      `recall ${q.recall.toFixed(3)} (${q.found}/${q.plantedPairs}), precision ${q.precision.toFixed(3)}, reuse-only precision ${q.precisionReuse.toFixed(3)}`,
    ],
    [
      '  listed pairs',
      `${q.listedPairs}: ${q.boilerplateOnlyPairs} boilerplate-only, ${q.chancePairs} chance phrases, ${q.falseReusePairs} false reuse; span coverage ${q.spanCoverage.toFixed(3)}`,
    ],
    ['retrieval replay', profileLine(d.profile)],
    [
      'stored per article',
      `${d.profile.textChars.toFixed(0)} text chars + ${d.profile.paragraphChars.toFixed(0)} again as paragraphs, ${d.profile.printsPerArticle.toFixed(0)} fingerprints (as many packed postings)`,
    ],
  ];
  for (const v of d.retrievalVariants) {
    rows.push([
      '  retrieval variant',
      `${v.name}: ${v.retrievalMs} ms, ${v.postingsRead} postings, ${v.candidates} candidates, planted kept ${v.familyKept.toFixed(3)}`,
    ]);
  }
  for (const w of d.writeProfile ?? []) {
    rows.push([
      `  layout`,
      `${w.layout}: ${w.msPerArticle.toFixed(2)} ms and ${w.bytesPerArticle} bytes per article (pure IndexedDB)`,
    ]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  // The targets are set for 100,000 articles in Chromium: say which run they are read against.
  lines.push(
    '',
    `this run (${r.browser}, N = ${r.articles.toLocaleString('en')}) against issue 4's targets (set for N = 100,000, Chromium):`,
  );
  for (const [name, ok] of Object.entries(targetChecks(r)))
    lines.push(`  ${ok === null ? 'n/a ' : ok ? 'met ' : 'MISS'}  ${name}`);
  return lines.join('\n');
}

function profileLine(p: BenchResult['detail']['profile']): string {
  return `${p.lookupsPerQuery.toFixed(0)} prints/query in ${p.blocksReadPerQuery.toFixed(0)} posting blocks (${(p.bytesReadPerQuery / 1024).toFixed(0)} KB) holding ${p.postingsReadPerQuery.toFixed(0)} of their postings (${p.cappedLookupsPerQuery.toFixed(1)} capped): ${p.retrievalMs.toFixed(1)} ms; loading candidates ${p.loadCandidatesMs.toFixed(1)} ms (medians, n=${p.queries})`;
}
