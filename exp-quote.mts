import 'fake-indexeddb/auto';
const { readMeterCorpus } = await import('./utils/eval/meter/read-meter-corpus.ts');
const { runMeterMatching } = await import('./utils/eval/meter/run-meter-matching.ts');
const { MIN_SOURCE_CUT } = await import('./utils/engine/article-derivation.ts');
const { cachedTokens } = await import('./utils/engine/cached-tokens.ts');
const corpus = readMeterCorpus('../shared/corpora/meter-showbiz');
const results = await runMeterMatching(corpus);
function quotedMask(text: string): Uint8Array {
  const m = new Uint8Array(text.length);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') inside = false;
    if (c === '"' || c === '\u201c' || c === '\u201d') { inside = c === '\u201c' ? true : c === '\u201d' ? false : !inside; m[i] = 1; continue; }
    if (inside) m[i] = 1;
  }
  return m;
}
const rows = results.map((r) => {
  const text = r.article.text;
  const { starts } = cachedTokens(text);
  const q = quotedMask(text);
  const cov = new Uint8Array(text.length + 1);
  for (const m of r.matches.filter((m) => m.cut >= MIN_SOURCE_CUT)) for (const p of m.passages) cov.fill(1, p.a.start, p.a.end);
  let n = 0, nq = 0, c = 0, cq = 0;
  for (const s of starts) { if (q[s]) { nq++; if (cov[s]) cq++; } else { n++; if (cov[s]) c++; } }
  return { gold: r.article.label, f: { cut: (c + cq) / starts.length, outside: n ? c / n : 0, nonquoteAll: c / starts.length, quoteShare: nq / starts.length, qcut: nq ? cq / nq : 0 } };
});
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/notes/rowsq.json', JSON.stringify(rows));
