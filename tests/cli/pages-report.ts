/**
 * `npx tsx tests/cli/pages-report.ts [--baseline] [--diff] [--pages <dir>] [--slug <name>]`
 * Runs extraction over <dir>/<slug>/source.html (default ../shared/pages) and prints how
 * it agrees with each page's reference: expected-metadata.json + expected.html (Mozilla
 * Readability's test suite, i.e. Readability's own output) or expected.json (this
 * project's fixture pages, written by hand). Measures: article/not-article verdict, title,
 * byline, published time, and word-level F1 of the text. `--baseline` measures plain
 * Readability the same way; `--diff` lists the lines each side has that the other lacks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/index.ts';
import { ensureHtmlDocument } from '../../utils/extract/ensure-html-document.ts';
import { decodeHtml } from '../../utils/extract/decode-html.ts';
import { readExpected, type Expected } from './report-expected.ts';
import {
  collapse,
  compareByline,
  compareDate,
  missingLines,
  titleLoose,
  wordF1,
  type FieldAgreement,
} from './report-metrics.ts';

interface Extracted {
  ok: boolean;
  title: string;
  byline: string | null;
  publishedTime: string | null;
  paragraphs: string[];
  note: string;
}
interface Row {
  slug: string;
  expectArticle: boolean;
  verdictOk: boolean;
  titleExact: boolean;
  titleLoose: boolean;
  /** Whether the title equals a visible <h1> on the page; null when the page has no <h1> text. */
  titleIsHeading: boolean | null;
  byline: FieldAgreement;
  date: FieldAgreement;
  f1: number;
  precision: number;
  recall: number;
  ms: number;
  note: string;
}

const args = process.argv.slice(2);
const baseline = args.includes('--baseline');
const showDiff = args.includes('--diff');
const pagesDir = resolve(valueOf('--pages') ?? join(import.meta.dirname, '../../../shared/pages'));
const only = valueOf('--slug');

function valueOf(flag: string): string | null {
  const index = args.indexOf(flag);
  return index >= 0 ? (args[index + 1] ?? null) : null;
}

/** A page one extractor refused, with why. */
function failed(note: string): Extracted {
  return { ok: false, title: '', byline: null, publishedTime: null, paragraphs: [], note };
}

function runOurs(doc: Document, url: string): Extracted {
  const result = extractArticle(doc, url);
  if (!result.ok) return failed(result.reason);
  const { title, byline, publishedTime, paragraphs, credits } = result.article;
  return { ok: true, title, byline, publishedTime, paragraphs, note: credits.join(',') };
}

function runBaseline(doc: Document): Extracted {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed) return failed('null');
  const paragraphs = (parsed.textContent ?? '')
    .split(/\n\s*\n/)
    .map(collapse)
    .filter(Boolean);
  return {
    ok: true,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    publishedTime: parsed.publishedTime ?? null,
    paragraphs,
    note: '',
  };
}

function measure(slug: string): Row {
  const dir = join(pagesDir, slug);
  const expected = readExpected(dir);
  const started = performance.now();
  const doc = parseHTML(ensureHtmlDocument(decodeHtml(readFileSync(join(dir, 'source.html')))))
    .document as unknown as Document;
  const got = baseline
    ? runBaseline(doc)
    : runOurs(doc, expected.pageUrl ?? `http://127.0.0.1/${slug}/article.html`);
  const ms = performance.now() - started;
  if (showDiff) printDiff(slug, got, expected);
  return {
    slug,
    expectArticle: expected.isArticle,
    verdictOk: got.ok === expected.isArticle,
    titleExact: collapse(got.title) === collapse(expected.title),
    titleLoose: titleLoose(got.title, expected.title),
    titleIsHeading: matchesHeading(got.title, doc),
    byline: compareByline(got.byline, expected.byline),
    date: compareDate(got.publishedTime, expected.publishedTime),
    ...wordF1(got.paragraphs.join('\n\n'), expected.text),
    ms,
    note: got.ok ? got.note : `refused: ${got.note}`,
  };
}

/** A check that does not lean on Readability's reference: is the title the page's own headline? */
function matchesHeading(title: string, doc: Document): boolean | null {
  const headings = Array.from(doc.querySelectorAll('h1'), (h) => collapse(h.textContent ?? ''));
  const usable = headings.filter((h) => h.length >= 10);
  return usable.length ? usable.includes(collapse(title)) : null;
}

function printDiff(slug: string, got: Extracted, expected: Expected): void {
  console.log(
    `== ${slug}: title "${got.title}" | byline ${got.byline} | published ${got.publishedTime}`,
  );
  for (const line of missingLines(expected.lines, got.paragraphs.join('\n')))
    console.log(`   - only in reference: ${line.slice(0, 140)}`);
  for (const line of missingLines(got.paragraphs, expected.lines.join('\n')))
    console.log(`   + only in ours:      ${line.slice(0, 140)}`);
}

function pct(part: number, whole: number): string {
  return whole ? `${part}/${whole} (${((100 * part) / whole).toFixed(1)}%)` : '-';
}

function printTable(rows: Row[]): void {
  console.log(
    [
      'page'.padEnd(22),
      'verdict',
      'title',
      '~title',
      'byline',
      'date ',
      '  F1 ',
      ' prec',
      ' rec ',
      '   ms',
      'note',
    ].join(' '),
  );
  for (const r of rows) {
    const yn = (b: boolean) => (b ? 'yes  ' : 'NO   ');
    const num = (n: number) => n.toFixed(3);
    const verdict = (r.verdictOk ? 'ok ' : 'BAD ') + (r.expectArticle ? 'art' : 'non');
    console.log(
      [
        r.slug.padEnd(22),
        verdict.padEnd(7),
        yn(r.titleExact),
        yn(r.titleLoose),
        r.byline.padEnd(6),
        r.date.padEnd(5),
        num(r.f1),
        num(r.precision),
        num(r.recall),
        r.ms.toFixed(0).padStart(5),
        r.note,
      ].join(' '),
    );
  }
}

function printTotals(all: Row[]): void {
  const rows = all.filter((r) => r.expectArticle);
  const count = (test: (r: Row) => boolean) => rows.filter(test).length;
  const mean = (pick: (r: Row) => number) =>
    rows.length ? rows.reduce((sum, r) => sum + pick(r), 0) / rows.length : 0;
  const field = (key: 'byline' | 'date') => {
    const due = count((r) => r[key] === 'ok' || r[key] === 'miss');
    const extra = count((r) => r[key] === 'extra');
    return `${pct(
      count((r) => r[key] === 'ok'),
      due,
    )}  (+${extra} where the reference has none)`;
  };
  const lines = [
    `\n${baseline ? 'plain Readability' : 'Wiretrace extraction'} over ${all.length} pages in ${pagesDir}`,
    `article / not-article verdict: ${pct(all.filter((r) => r.verdictOk).length, all.length)}`,
    `on the ${rows.length} pages that are articles:`,
    `  title exact:             ${pct(
      count((r) => r.titleExact),
      rows.length,
    )}`,
    `  title = the page's <h1>:  ${pct(
      count((r) => r.titleIsHeading === true),
      count((r) => r.titleIsHeading !== null),
    )}` + ' (pages with an <h1>; independent of the reference)',
    `  title (suffix-tolerant): ${pct(
      count((r) => r.titleLoose),
      rows.length,
    )}`,
    `  byline match:            ${field('byline')}`,
    `  published time match:    ${field('date')}`,
    `  text word F1 mean:       ${mean((r) => r.f1).toFixed(3)}  ` +
      `(precision ${mean((r) => r.precision).toFixed(3)}, recall ${mean((r) => r.recall).toFixed(3)})`,
    `  pages with F1 >= 0.9:    ${pct(
      count((r) => r.f1 >= 0.9),
      rows.length,
    )}`,
    `time per page (linkedom parse + extract): mean ${mean((r) => r.ms).toFixed(0)} ms, ` +
      `max ${Math.max(...all.map((r) => r.ms)).toFixed(0)} ms`,
  ];
  console.log(lines.join('\n'));
}

if (!existsSync(pagesDir)) {
  console.log(`no pages at ${pagesDir}; nothing to report`);
  process.exit(0);
}
const slugs = readdirSync(pagesDir).filter(
  (s) => (!only || s === only) && existsSync(join(pagesDir, s, 'source.html')),
);
const rows = slugs.map(measure);
printTable(rows);
printTotals(rows);
