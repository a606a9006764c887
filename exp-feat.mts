import 'fake-indexeddb/auto';
const { readMeterCorpus } = await import('./utils/eval/meter/read-meter-corpus.ts');
const { runMeterMatching } = await import('./utils/eval/meter/run-meter-matching.ts');
const { sourceCut, MIN_SOURCE_CUT } = await import('./utils/engine/article-derivation.ts');
const { cachedTokens } = await import('./utils/engine/cached-tokens.ts');
const corpus = readMeterCorpus('../shared/corpora/meter-showbiz');
const results = await runMeterMatching(corpus);
const byUrl = new Map(corpus.sources.map((s) => [`meter:${s.path}`, s]));
function grams(text: string, n: number): string[] {
  const w = cachedTokens(text).norms;
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}
function containment(text: string, srcs: string[], n: number): number {
  const g = grams(text, n);
  if (!g.length) return 0;
  const set = new Set(srcs.flatMap((s) => grams(s, n)));
  return g.filter((x) => set.has(x)).length / g.length;
}
const rows = results.map((r) => {
  const src = r.matches.filter((m) => m.cut >= MIN_SOURCE_CUT).map((m) => byUrl.get(m.url!)!.text);
  const all = r.matches.map((m) => byUrl.get(m.url!)!.text);
  const f: Record<string, number> = { cut: sourceCut(r.article.text, r.matches) / 100 };
  for (const n of [1, 2, 3, 4]) {
    f['u' + n] = containment(r.article.text, src, n);
    f['a' + n] = containment(r.article.text, all, n);
  }
  // naive: max over all PA texts, single
  for (const n of [1,3]) {
    let best = 0;
    for (const s of corpus.sources) best = Math.max(best, containment(r.article.text, [s.text], n));
    f['naive' + n] = best;
  }
  f.words = cachedTokens(r.article.text).hashes.length;
  return { gold: r.article.label, f };
});
const labels = ['wholly', 'partially', 'non'] as const;
function scores(pred: string[]) {
  const gold = rows.map((r) => r.gold);
  let macro = 0;
  for (const c of labels) {
    const tp = pred.filter((p, i) => p === c && gold[i] === c).length;
    const pp = pred.filter((p) => p === c).length, gp = gold.filter((g) => g === c).length;
    const P = pp ? tp / pp : 0, R = gp ? tp / gp : 0;
    macro += P + R ? (2 * P * R) / (P + R) : 0;
  }
  const d = (x: string) => x !== 'non';
  const tp = pred.filter((p, i) => d(p) && d(gold[i])).length;
  const pp = pred.filter(d).length, gp = gold.filter(d).length;
  const bin = (2 * tp) / (pp + gp);
  return { macro: macro / 3, bin };
}
for (const k of Object.keys(rows[0].f)) {
  const vals = [...new Set(rows.map((r) => r.f[k]))].sort((a, b) => a - b);
  let bestBin = 0, tb = 0, bestMacro = 0, tm = [0, 0];
  for (const t of vals) {
    const s = scores(rows.map((r) => (r.f[k] >= t ? 'partially' : 'non')));
    if (s.bin > bestBin) { bestBin = s.bin; tb = t; }
  }
  const step = vals.length > 200 ? Math.ceil(vals.length / 200) : 1;
  for (let i = 0; i < vals.length; i += step) for (let j = i; j < vals.length; j += step) {
    const [p, w] = [vals[i], vals[j]];
    const s = scores(rows.map((r) => (r.f[k] >= w ? 'wholly' : r.f[k] >= p ? 'partially' : 'non')));
    if (s.macro > bestMacro) { bestMacro = s.macro; tm = [p, w]; }
  }
  console.log(k.padEnd(8), 'bin', bestBin.toFixed(3), '@', tb.toFixed(3), ' macro', bestMacro.toFixed(3), '@', tm.map((x) => x.toFixed(3)).join('/'));
}
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/notes/rows.json', JSON.stringify(rows));
