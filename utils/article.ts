/** An article as the content script extracts it from a page (also the `npm run extract` JSON). */
export interface ExtractedArticle {
  title: string;
  /** Author line as the outlet prints it, or null when none was found. */
  byline: string | null;
  /** Human name of the outlet: og:site_name, JSON-LD publisher, else the registrable domain. */
  outlet: string;
  /** Canonical URL (rel=canonical / og:url), else the page URL without tracking parameters. */
  url: string;
  /** ISO 8601 timestamps, or null when the page does not say. */
  publishedTime: string | null;
  modifiedTime: string | null;
  /** BCP 47 language tag from the page, or null. */
  lang: string | null;
  /** Body text, one entry per paragraph, captions/related links/prompts removed. */
  paragraphs: string[];
  /** `paragraphs.join('\n\n')`: the text every character range refers to. */
  text: string;
  /** Wire agencies credited in byline, dateline or credit lines, e.g. ["AFP"]. */
  credits: string[];
}

/**
 * Why a page was not taken as an article ('paused': the reader paused Wiretrace on its site;
 * 'too-long': more text than Wiretrace compares, extract/fit-limits.ts; 'too-large': a page
 * too large to read without freezing it, such as a long forum thread, extract/page-size.ts).
 */
export type ExtractionFailure =
  'not-article' | 'too-short' | 'too-long' | 'too-large' | 'error' | 'paused';

/**
 * The message of a page the article test refused (not one Readability found no text in):
 * the popup offers to read such a page anyway.
 */
export const NOT_ARTICLE_MESSAGE = 'This page does not look like a news article.';

/** A page not taken as an article, and why, in words a reader understands. */
export interface ExtractionFailed {
  ok: false;
  reason: ExtractionFailure;
  message: string;
  url: string;
}

export type ExtractionResult = { ok: true; article: ExtractedArticle } | ExtractionFailed;

/**
 * What the content script reads off a page: the work that needs the page's DOM (the article
 * test, Readability, metadata, the text of each block). The rules over that text (boilerplate
 * lines, a repeated headline, byline clean-up, wire credits, too little text) run in the
 * background (`extract/finish-article.ts`). There their code stays compiled from page to
 * page; in the content script it would run cold in every new page, on the page's own thread.
 */
export interface PageScan extends Pick<
  ExtractedArticle,
  'title' | 'outlet' | 'url' | 'publishedTime' | 'modifiedTime' | 'lang'
> {
  /** Byline candidates, best first (Readability's, JSON-LD authors, meta authors), uncleaned. */
  bylines: string[];
  /** Other names that may credit a wire agency (authors, JSON-LD source fields, URLs' agencies). */
  creditHints: string[];
  /** JSON-LD says the article is not free to read (a paywall teaser). */
  paywalled: boolean;
  /** The text of each block of Readability's article, furniture elements removed. */
  blocks: string[];
}

export type ScanResult = { ok: true; scan: PageScan } | ExtractionFailed;

/** Separator between paragraphs in `ExtractedArticle.text`. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** Copies exactly the ExtractedArticle fields, dropping anything a wider type carried along. */
export function pickExtracted(a: ExtractedArticle): ExtractedArticle {
  const {
    title,
    byline,
    outlet,
    url,
    publishedTime,
    modifiedTime,
    lang,
    paragraphs,
    text,
    credits,
  } = a;
  return {
    title,
    byline,
    outlet,
    url,
    publishedTime,
    modifiedTime,
    lang,
    paragraphs,
    text,
    credits,
  };
}
