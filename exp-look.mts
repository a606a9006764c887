import 'fake-indexeddb/auto';
const { readMeterCorpus } = await import('./utils/eval/meter/read-meter-corpus.ts');
const { runMeterMatching } = await import('./utils/eval/meter/run-meter-matching.ts');
const { sourceCut, MIN_SOURCE_CUT } = await import('./utils/engine/article-derivation.ts');
const corpus = readMeterCorpus('../shared/corpora/meter-showbiz');
const results = await runMeterMatching(corpus);
for (const r of results) {
  const c = sourceCut(r.article.text, r.matches);
  if (r.article.label !== (process.argv[2] ?? 'non') || c < Number(process.argv[3] ?? 25)) continue;
  console.log('=====', r.article.path, 'cut', c, 'words', r.article.text.split(/\s+/).length);
  for (const m of r.matches.filter((m) => m.cut >= MIN_SOURCE_CUT))
    for (const p of m.passages) console.log('  >', JSON.stringify(r.article.text.slice(p.a.start, p.a.end)).slice(0, 300));
}
