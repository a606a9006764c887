import 'fake-indexeddb/auto';
const { readMeterCorpus } = await import('./utils/eval/meter/read-meter-corpus.ts');
const { runMeterMatching } = await import('./utils/eval/meter/run-meter-matching.ts');
const corpus = readMeterCorpus('../shared/corpora/meter-showbiz');
const results = await runMeterMatching(corpus);
for (const r of results) {
  if (r.article.label === 'non') continue;
  const top = r.matches[0];
  const ok = top && top.url!.includes(`/${r.article.date}/${r.article.story}/`);
  if (!ok) console.log(r.article.label, r.article.path, '->', top ? `${top.url} cut ${top.cut}` : 'none', '| gold-story matches:', r.matches.filter(m=>m.url!.includes(`/${r.article.date}/${r.article.story}/`)).map(m=>m.cut).join(','));
}
