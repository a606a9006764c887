import type {
  ExtractedArticle,
  ExtractionFailed,
  ExtractionFailure,
  PageScan,
  ScanResult,
} from './article';
import { isKeepDays } from './keep-period';
import type { PageRequest, Request } from './protocol';
import type { PageMark } from './page-highlight/locate-marks';

/** Upper bounds that keep a hostile or broken page from flooding the background. */
export const LIMITS = {
  textChars: 1_000_000,
  paragraphs: 5_000,
  fieldChars: 4_000,
  /** Dates, a language code, a wire credit: short by nature. */
  shortChars: 64,
  /** A saved-page search: the search box takes no more. */
  queryChars: 500,
  credits: 20,
  /** Byline candidates or credit hints a page gives: a few in any real page. */
  names: 50,
  /** Articles per import or export message. */
  importBatch: 1_000,
  /** Highlights per page: far more than any article's shared stretches. */
  pageMarks: 20_000,
  /** Outlets a page's highlight colours tell apart (the popup lists no more). */
  outlets: 1_000,
};

type Check<T> = (v: unknown) => T | undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str =
  (max: number): Check<string> =>
  (v) =>
    typeof v === 'string' && v.length <= max ? v : undefined;
const nullableStr =
  (max: number): Check<string | null> =>
  (v) =>
    v === null ? null : str(max)(v);
const id: Check<number> = (v) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
const strArray = (v: unknown, maxItems: number, maxChars: number): string[] | undefined =>
  Array.isArray(v) &&
  v.length <= maxItems &&
  v.every((s) => typeof s === 'string' && s.length <= maxChars)
    ? (v as string[])
    : undefined;

/** The fields an article and a page scan share, each checked (undefined where one is off). */
function pageFields(v: Record<string, unknown>) {
  const f = LIMITS.fieldChars;
  return {
    title: str(f)(v.title),
    outlet: str(f)(v.outlet),
    url: str(f)(v.url),
    publishedTime: nullableStr(LIMITS.shortChars)(v.publishedTime),
    modifiedTime: nullableStr(LIMITS.shortChars)(v.modifiedTime),
    lang: nullableStr(LIMITS.shortChars)(v.lang),
  };
}

/** Whether every field passed its check and the URL is a web page's. */
function complete(checked: Record<string, unknown> & { url?: string }): boolean {
  return !Object.values(checked).some((x) => x === undefined) && /^https?:\/\//i.test(checked.url!);
}

/** A checked copy of an ExtractedArticle-shaped value, or undefined when anything is off. */
export function validateArticle(v: unknown): ExtractedArticle | undefined {
  if (!isObject(v)) return undefined;
  const a = {
    ...pageFields(v),
    byline: nullableStr(LIMITS.fieldChars)(v.byline),
    paragraphs: strArray(v.paragraphs, LIMITS.paragraphs, LIMITS.textChars),
    text: str(LIMITS.textChars)(v.text),
    credits: strArray(v.credits, LIMITS.credits, LIMITS.shortChars),
  };
  return complete(a) ? (a as ExtractedArticle) : undefined;
}

const FAILURES: readonly ExtractionFailure[] = [
  'not-article',
  'too-short',
  'too-long',
  'too-large',
  'error',
  'paused',
];

/** A checked copy of what a content script read off a page (a PageScan), or undefined. */
export function validateScan(v: unknown): PageScan | undefined {
  if (!isObject(v)) return undefined;
  const s = {
    ...pageFields(v),
    bylines: strArray(v.bylines, LIMITS.names, LIMITS.fieldChars),
    creditHints: strArray(v.creditHints, LIMITS.names, LIMITS.fieldChars),
    paywalled: typeof v.paywalled === 'boolean' ? v.paywalled : undefined,
    blocks: strArray(v.blocks, LIMITS.paragraphs, LIMITS.textChars),
  };
  if (!complete(s)) return undefined;
  // Each block within the limit is not enough: together they make the article's text.
  const chars = s.blocks!.reduce((sum, block) => sum + block.length, 0);
  return chars <= LIMITS.textChars ? (s as PageScan) : undefined;
}

function scanResult(v: unknown): ScanResult | undefined {
  if (!isObject(v)) return undefined;
  if (v.ok !== true) return failed(v);
  const scan = validateScan(v.scan);
  return scan && { ok: true, scan };
}

function failed(v: Record<string, unknown>): ExtractionFailed | undefined {
  if (v.ok !== false) return undefined;
  const reason = v.reason;
  const message = str(LIMITS.fieldChars)(v.message);
  const url = str(LIMITS.fieldChars)(v.url);
  if (!FAILURES.includes(reason as ExtractionFailure)) return undefined;
  return message !== undefined && url !== undefined
    ? { ok: false, reason: reason as ExtractionFailure, message, url }
    : undefined;
}

/**
 * A message with a string `kind`, handed to `build` for its fields: the typed request, or a
 * string saying what is wrong (`build` returning undefined: a missing or malformed field).
 */
function checkMessage<T>(
  message: unknown,
  build: (m: Record<string, unknown> & { kind: string }) => T | undefined,
): T | string {
  if (!isObject(message) || typeof message.kind !== 'string') return 'not a Wiretrace request';
  return (
    build(message as Record<string, unknown> & { kind: string }) ??
    `malformed '${message.kind}' request`
  );
}

/**
 * Checks an incoming message against the protocol and returns a typed copy holding only the
 * known fields, or a string saying what is wrong. Nothing else reaches the handlers.
 */
export function validateRequest(message: unknown): Request | string {
  return checkMessage(message, (m): Request | undefined => {
    switch (m.kind) {
      case 'page-read': {
        const read = scanResult(m.read);
        return read && { kind: 'page-read', read };
      }
      case 'get-tab-result':
      case 'save-tab':
      case 'unsave-tab': {
        const tabId = id(m.tabId);
        return tabId === undefined ? undefined : { kind: m.kind, tabId };
      }
      case 'list-articles': {
        const query = str(LIMITS.queryChars)(m.query);
        const offset = id(m.offset);
        const limit = id(m.limit);
        if (query === undefined || offset === undefined || limit === undefined) return undefined;
        if (m.order !== undefined && m.order !== 'newest' && m.order !== 'shared') return undefined;
        const order = m.order === 'shared' ? { order: 'shared' as const } : {};
        return { kind: 'list-articles', query, offset, limit: Math.min(limit, 500), ...order };
      }
      case 'get-article':
      case 'delete-article': {
        const articleId = id(m.id);
        return articleId === undefined ? undefined : { kind: m.kind, id: articleId };
      }
      case 'delete-all':
        return { kind: 'delete-all' };
      case 'link-imported':
      case 'forget-old':
        return { kind: m.kind };
      case 'count-read-before':
        return isKeepDays(m.days) ? { kind: 'count-read-before', days: m.days } : undefined;
      case 'delete-matching': {
        // Never an empty search: that would be "delete all", which has its own request.
        const query = str(LIMITS.queryChars)(m.query);
        return query?.trim() ? { kind: 'delete-matching', query } : undefined;
      }
      case 'analyse': {
        const article = validateArticle(m.article);
        return article && typeof m.save === 'boolean'
          ? { kind: 'analyse', article, save: m.save }
          : undefined;
      }
      case 'import-articles':
        return Array.isArray(m.articles) && m.articles.length <= LIMITS.importBatch
          ? { kind: 'import-articles', articles: m.articles }
          : undefined;
      case 'export-articles': {
        const offset = id(m.offset);
        const limit = id(m.limit);
        if (offset === undefined || limit === undefined) return undefined;
        return { kind: 'export-articles', offset, limit: Math.min(limit, LIMITS.importBatch) };
      }
      default:
        return undefined;
    }
  });
}

/**
 * Checks a message to a content script (from the popup) the way `validateRequest` checks the
 * background's: a typed copy with the known fields only, or a string saying what is wrong.
 */
export function validatePageRequest(message: unknown): PageRequest | string {
  return checkMessage(message, (m): PageRequest | undefined => {
    switch (m.kind) {
      case 'highlight-page': {
        const text = str(LIMITS.textChars)(m.text);
        if (text === undefined) return undefined;
        const marks = validMarks(m.marks, text.length);
        return marks && { kind: 'highlight-page', text, marks };
      }
      case 'clear-page-highlights':
      case 'page-highlight-status':
      case 'read-page-anyway':
        return { kind: m.kind };
      default:
        return undefined;
    }
  });
}

/** Marks inside a text of `length` characters, each non-empty, or undefined. */
function validMarks(v: unknown, length: number): PageMark[] | undefined {
  if (!Array.isArray(v) || v.length > LIMITS.pageMarks) return undefined;
  const marks: PageMark[] = [];
  for (const m of v) {
    if (!isObject(m)) return undefined;
    const start = id(m.start);
    const end = id(m.end);
    const outlet = id(m.outlet);
    if (start === undefined || end === undefined || outlet === undefined) return undefined;
    if (end <= start || end > length || outlet >= LIMITS.outlets) return undefined;
    marks.push({ start, end, outlet });
  }
  return marks;
}
