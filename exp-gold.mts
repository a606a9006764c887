import 'fake-indexeddb/auto';
const { readMeterCorpus } = await import('./utils/eval/meter/read-meter-corpus.ts');
const { comparePair, combinedCut } = await import('./utils/engine/index.ts');
const { cachedTokens } = await import('./utils/engine/cached-tokens.ts');
const corpus = readMeterCorpus('../shared/corpora/meter-showbiz');
function grams(text: string, n: number): string[] {
  const w = cachedTokens(text).norms; const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}
function containment(text: string, srcs: string[], n: number): number {
  const g = grams(text, n); if (!g.length) return 0;
  const set = new Set(srcs.flatMap((s) => grams(s, n)));
  return g.filter((x) => set.has(x)).length / g.length;
}
const rows = corpus.articles.map((a) => {
  const story = corpus.sources.filter((s) => s.date === a.date && s.story === a.story);
  const ms = story.map((s) => comparePair(a.text, s.text)).filter((m) => m.cut >= 5);
  return { gold: a.label, f: { gcut: combinedCut(a.text, ms) / 100, g1: containment(a.text, story.map(s=>s.text), 1), g2: containment(a.text, story.map(s=>s.text), 2), g3: containment(a.text, story.map(s=>s.text), 3), nsrc: story.length } };
});
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/notes/rowsg.json', JSON.stringify(rows));
