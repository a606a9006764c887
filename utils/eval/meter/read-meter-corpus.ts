import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Derivation } from '../../engine/types';
import { decodeLegacyText } from '../decode-legacy-text';
import { readAnnotatedArticle, type AnnotatedArticle } from './annotated-article';
import { annotatedPathOf, filesWith, indexPathToRelative, storyOf, subdirs } from './meter-paths';
import { plainArticleText } from './plain-article-text';
import { wireCopyText } from './wire-copy-text';

/** A Press Association wire text: a source. */
export interface MeterSource {
  /** Path relative to the corpus directory. */
  path: string;
  date: string;
  story: string;
  text: string;
}

/** A labelled newspaper article. */
export interface MeterArticle {
  /** Raw-text path relative to the corpus directory (as in the file index). */
  path: string;
  date: string;
  story: string;
  paper: string;
  label: Derivation;
  /** The annotated file's text (tags removed) where there is one, else the raw text. */
  text: string;
  /** The annotation, when the annotated file exists. */
  annotated: AnnotatedArticle | null;
}

/**
 * Whether the article's gold spans index its text exactly: it was read from an annotated file
 * with word-level marks. Span scores are computed over these articles only.
 */
export function hasGoldSpans(a: MeterArticle): boolean {
  return a.annotated?.wordLevel === true && a.annotated.text === a.text;
}

export interface MeterCorpus {
  sources: MeterSource[];
  articles: MeterArticle[];
  /** Problems met while reading (missing counterparts, duplicate labels...), never fatal. */
  warnings: string[];
}

const LABEL_FILES: [Derivation, string][] = [
  ['wholly', 'wholly_derived.txt'],
  ['partially', 'partially_derived.txt'],
  ['non', 'non_derived.txt'],
];

/** Reads a corpus in the METER layout (every domain under it). */
export function readMeterCorpus(dir: string): MeterCorpus {
  const corpus: MeterCorpus = { sources: [], articles: [], warnings: [] };
  for (const domain of subdirs(join(dir, 'PA/rawtexts'))) readSources(dir, domain, corpus);
  for (const domain of subdirs(join(dir, 'file_index'))) readLabelled(dir, domain, corpus);
  if (corpus.sources.length === 0)
    corpus.warnings.push(`${dir}: no PA texts under PA/rawtexts/<domain>/<date>/<story>/`);
  if (corpus.articles.length === 0)
    corpus.warnings.push(`${dir}: no labelled articles in file_index/<domain>/*_derived.txt`);
  return corpus;
}

function readSources(dir: string, domain: string, corpus: MeterCorpus): void {
  for (const date of subdirs(join(dir, 'PA/rawtexts', domain))) {
    for (const story of subdirs(join(dir, 'PA/rawtexts', domain, date))) {
      for (const file of filesWith(join(dir, 'PA/rawtexts', domain, date, story), '.txt')) {
        const path = `PA/rawtexts/${domain}/${date}/${story}/${file}`;
        const text = wireCopyText(decodeLegacyText(readFileSync(join(dir, path))));
        if (text.trim()) corpus.sources.push({ path, date, story, text });
        else corpus.warnings.push(`${path}: empty PA text, skipped`);
      }
    }
  }
}

function readLabelled(dir: string, domain: string, corpus: MeterCorpus): void {
  const seen = new Set(corpus.articles.map((a) => a.path));
  for (const [label, name] of LABEL_FILES) {
    const indexFile = join(dir, 'file_index', domain, name);
    if (!existsSync(indexFile)) {
      corpus.warnings.push(`file_index/${domain}/${name}: missing`);
      continue;
    }
    for (const line of decodeLegacyText(readFileSync(indexFile)).split('\n')) {
      if (!line.trim()) continue;
      const path = indexPathToRelative(line);
      if (!path)
        corpus.warnings.push(
          `file_index/${domain}/${name}: not a meter_corpus path: ${line.trim()}`,
        );
      else if (seen.has(path)) corpus.warnings.push(`${path}: labelled twice, first label kept`);
      else {
        const article = readArticle(dir, path, label, corpus.warnings);
        if (article) corpus.articles.push(article);
        seen.add(path);
      }
    }
  }
}

function readArticle(
  dir: string,
  path: string,
  label: Derivation,
  warnings: string[],
): MeterArticle | null {
  const annotatedPath = annotatedPathOf(path);
  const hasRaw = existsSync(join(dir, path));
  const annotated = existsSync(join(dir, annotatedPath))
    ? readAnnotatedArticle(decodeLegacyText(readFileSync(join(dir, annotatedPath))))
    : null;
  if (!annotated && !hasRaw) {
    warnings.push(`${path}: labelled but neither the raw nor the annotated file exists, skipped`);
    return null;
  }
  if (!annotated) warnings.push(`${path}: no annotated counterpart, raw text used`);
  const text = annotated?.text.trim()
    ? annotated.text
    : plainArticleText(decodeLegacyText(readFileSync(join(dir, path))));
  const paper = /_([a-z]+)\.txt$/i.exec(path)?.[1]?.toLowerCase() ?? 'unknown';
  return { path, ...storyOf(path), paper, label, text, annotated };
}
