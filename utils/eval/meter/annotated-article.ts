import type { Span } from '../../engine/types';

/** METER's word-level annotation labels. */
export type MeterLabel = 'Verbatim' | 'Rewrite' | 'New';
const LABELS: readonly string[] = ['Verbatim', 'Rewrite', 'New'];

/** A newspaper article read from its annotated SGML file. */
export interface AnnotatedArticle {
  /** The article's text, tags removed; paragraphs separated by blank lines. */
  text: string;
  /** The document's `classification` attribute, e.g. "partially-derived", or null. */
  classification: string | null;
  /** True when the text carries word-level labels (not just an `<unclassified>` block). */
  wordLevel: boolean;
  /** Ranges of `text` under each label, in document order. */
  spans: Record<MeterLabel, Span[]>;
}

/**
 * Parses a METER annotated file: the text of the `<body>` with tags removed, and the exact
 * ranges of that text each `<Verbatim>`, `<Rewrite>` and `<New>` element covers. Line breaks
 * inside elements and blank lines between them become paragraph breaks.
 */
export function readAnnotatedArticle(sgml: string): AnnotatedArticle {
  const source = sgml.replace(/\r\n?/g, '\n');
  const classification = /classification\s*=\s*"([^"]*)"/i.exec(source)?.[1] ?? null;
  const bodyStart = source.search(/<body\b[^>]*>/i);
  const body =
    bodyStart < 0
      ? ''
      : source.slice(source.indexOf('>', bodyStart) + 1).replace(/<\/body>[\s\S]*$/i, '');
  const out: AnnotatedArticle = {
    text: '',
    classification,
    wordLevel: false,
    spans: { Verbatim: [], Rewrite: [], New: [] },
  };
  const open: string[] = [];
  let from = 0;
  for (const tag of body.matchAll(/<(\/?)([A-Za-z]+)[^>]*>/g)) {
    appendChunk(out, body.slice(from, tag.index), open.at(-1));
    from = tag.index + tag[0].length;
    const name = tag[2]!;
    if (tag[1]) open.splice(open.lastIndexOf(name), 1);
    else open.push(name);
    if (LABELS.includes(name)) out.wordLevel = true;
  }
  appendChunk(out, body.slice(from), open.at(-1));
  return out;
}

function appendChunk(out: AnnotatedArticle, chunk: string, element: string | undefined): void {
  if (!chunk) return;
  if (element === undefined && !chunk.trim()) {
    // Whitespace between elements is layout; a blank line there ends a paragraph.
    const sep = /\n[^\S\n]*\n/.test(chunk) ? '\n\n' : ' ';
    if (out.text && !/\s$/.test(out.text)) out.text += sep;
    else if (sep === '\n\n' && out.text && !out.text.endsWith('\n\n')) out.text += '\n\n';
    return;
  }
  const text = chunk.replace(/\n+/g, '\n\n');
  const start = out.text.length;
  out.text += text;
  if (element && LABELS.includes(element))
    out.spans[element as MeterLabel].push({ start, end: out.text.length });
}
