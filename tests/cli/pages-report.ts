/**
 * `npx tsx tests/cli/pages-report.ts [--baseline] [--pages <dir>] [--slug <name>]`
 * Runs extraction over <dir>/<slug>/source.html (default ../shared/pages) and prints how
 * it agrees with each page's expected-metadata.json and expected.html (Readability's own
 * reference output): title, byline, published time, and word-level F1 of the text.
 * `--baseline` measures plain Readability the same way, for comparison.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/index.ts';
import { ensureHtmlDocument } from '../../utils/extract/ensure-html-document.ts';
import { normalizeDate } from '../../utils/extract/normalize-date.ts';

interface Extracted {
  ok: boolean;
  title: string;
  byline: string | null;
  publishedTime: string | null;
  text: string;
  note: string;
}
interface Expected {
  title: string;
  byline: string | null;
  publishedTime: string | null;
  text: string;
}
interface Row {
  slug: string;
  titleExact: boolean;
  titleLoose: boolean;
  byline: 'ok' | 'miss' | 'n/a' | 'extra';
  date: 'ok' | 'miss' | 'n/a' | 'extra';
  f1: number;
  precision: number;
  recall: number;
  ms: number;
  note: string;
}

const args = process.argv.slice(2);
const baseline = args.includes('--baseline');
const pagesDir = valueOf('--pages') ?? join(import.meta.dirname, '../../../shared/pages');
const only = valueOf('--slug');
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

function valueOf(flag: string): string | null {
  const index = args.indexOf(flag);
  return index >= 0 ? (args[index + 1] ?? null) : null;
}

function parse(html: string): Document {
  return parseHTML(ensureHtmlDocument(html)).document as unknown as Document;
}

function runOurs(doc: Document, url: string): Extracted {
  const result = extractArticle(doc, url);
  if (!result.ok) return { ok: false, title: '', byline: null, publishedTime: null, text: '', note: result.reason };
  const { title, byline, publishedTime, text, credits } = result.article;
  return { ok: true, title, byline, publishedTime, text, note: credits.join(',') };
}

function runBaseline(doc: Document): Extracted {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed) return { ok: false, title: '', byline: null, publishedTime: null, text: '', note: 'null' };
  const text = parsed.textContent ?? '';
  return { ok: true, title: parsed.title ?? '', byline: parsed.byline ?? null, publishedTime: parsed.publishedTime ?? null, text, note: '' };
}

function readExpected(dir: string): Expected {
  const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
  const html = readFileSync(join(dir, 'expected.html'), 'utf8');
  const text = parse(html).body?.textContent ?? '';
  const str = (key: string) => (typeof meta[key] === 'string' ? (meta[key] as string) : null);
  return { title: str('title') ?? '', byline: str('byline'), publishedTime: str('publishedTime'), text };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Title equal, or the reference is ours plus a " | Site"-style suffix (which we strip on purpose). */
function titleLoose(ours: string, expected: string): boolean {
  const a = collapse(ours);
  const b = collapse(expected);
  return a === b || (a.length > 0 && b.startsWith(a) && /^\s*[|\-–—_:»·•[(（【]/u.test(b.slice(a.length)));
}

function bylineKey(text: string): string {
  return collapse(text).toLowerCase().replace(/^(by|par|por|von)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function compareByline(ours: string | null, expected: string | null): Row['byline'] {
  if (!expected) return ours ? 'extra' : 'n/a';
  if (!ours) return 'miss';
  const a = bylineKey(ours);
  const b = bylineKey(expected);
  return a && b && (a === b || b.includes(a) || a.includes(b)) ? 'ok' : 'miss';
}

function compareDate(ours: string | null, expected: string | null): Row['date'] {
  if (!expected) return ours ? 'extra' : 'n/a';
  const a = normalizeDate(ours);
  return a !== null && a === normalizeDate(expected) ? 'ok' : 'miss';
}

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { segment, isWordLike } of segmenter.segment(text.toLowerCase())) {
    if (isWordLike) counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  return counts;
}

/** Bag-of-words precision, recall and F1 of `ours` against `expected`. */
function wordF1(ours: string, expected: string): { precision: number; recall: number; f1: number } {
  const a = words(ours);
  const b = words(expected);
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const count of a.values()) totalA += count;
  for (const [word, count] of b) {
    totalB += count;
    shared += Math.min(count, a.get(word) ?? 0);
  }
  const precision = totalA ? shared / totalA : 0;
  const recall = totalB ? shared / totalB : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function measure(slug: string): Row {
  const dir = join(pagesDir, slug);
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const expected = readExpected(dir);
  const started = performance.now();
  const doc = parse(html);
  const got = baseline ? runBaseline(doc) : runOurs(doc, `http://127.0.0.1/${slug}/article.html`);
  const ms = performance.now() - started;
  return {
    slug,
    titleExact: collapse(got.title) === collapse(expected.title),
    titleLoose: titleLoose(got.title, expected.title),
    byline: compareByline(got.byline, expected.byline),
    date: compareDate(got.publishedTime, expected.publishedTime),
    ...wordF1(got.text, expected.text),
    ms,
    note: got.ok ? got.note : `FAILED ${got.note}`,
  };
}

function pct(part: number, whole: number): string {
  return whole ? `${part}/${whole} (${((100 * part) / whole).toFixed(1)}%)` : '-';
}

function printTable(rows: Row[]): void {
  console.log(['page'.padEnd(18), 'title', '~title', 'byline', 'date ', '  F1 ', ' prec', ' rec ', '   ms', 'note'].join(' '));
  for (const r of rows) {
    const yn = (b: boolean) => (b ? 'yes  ' : 'NO   ');
    const num = (n: number) => n.toFixed(3);
    console.log([r.slug.padEnd(18), yn(r.titleExact), yn(r.titleLoose), r.byline.padEnd(6), r.date.padEnd(5), num(r.f1), num(r.precision), num(r.recall), r.ms.toFixed(0).padStart(5), r.note].join(' '));
  }
}

function printTotals(rows: Row[]): void {
  const count = (test: (r: Row) => boolean) => rows.filter(test).length;
  const mean = (pick: (r: Row) => number) => rows.reduce((sum, r) => sum + pick(r), 0) / rows.length;
  const bylineDue = count((r) => r.byline === 'ok' || r.byline === 'miss');
  const dateDue = count((r) => r.date === 'ok' || r.date === 'miss');
  console.log(`\n${baseline ? 'plain Readability' : 'Wiretrace extraction'} over ${rows.length} pages in ${pagesDir}`);
  console.log(`title exact:            ${pct(count((r) => r.titleExact), rows.length)}`);
  console.log(`title (suffix-tolerant): ${pct(count((r) => r.titleLoose), rows.length)}`);
  console.log(`byline match:           ${pct(count((r) => r.byline === 'ok'), bylineDue)}  (+${count((r) => r.byline === 'extra')} found where the reference has none)`);
  console.log(`published time match:   ${pct(count((r) => r.date === 'ok'), dateDue)}  (+${count((r) => r.date === 'extra')} found where the reference has none)`);
  console.log(`text word F1 mean:      ${mean((r) => r.f1).toFixed(3)}  (precision ${mean((r) => r.precision).toFixed(3)}, recall ${mean((r) => r.recall).toFixed(3)})`);
  console.log(`pages with F1 >= 0.9:   ${pct(count((r) => r.f1 >= 0.9), rows.length)}`);
  console.log(`time per page (parse + extract, linkedom): mean ${mean((r) => r.ms).toFixed(0)} ms, max ${Math.max(...rows.map((r) => r.ms)).toFixed(0)} ms`);
}

if (!existsSync(pagesDir)) {
  console.log(`no pages at ${pagesDir}; nothing to report`);
  process.exit(0);
}
const slugs = readdirSync(pagesDir).filter((s) => (!only || s === only) && existsSync(join(pagesDir, s, 'source.html')));
const rows = slugs.map(measure);
printTable(rows);
printTotals(rows);
