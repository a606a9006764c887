import { exportLineReader, parseImport } from './export-file';
import { fileLines } from './file-lines';
import type { ImportRecord } from './store/import-articles';

/** One batch of an import file: well-formed records, and how many were skipped. */
export interface ImportBatch {
  records: ImportRecord[];
  invalid: number;
}

/** A file not laid out a line an article is read whole: above this size, it is refused. */
const MAX_WHOLE_BYTES = 200 * 1024 * 1024;
/** The header line sits within this many bytes of the start. */
const HEAD_BYTES = 64 * 1024;
/** No line of an export is longer (an article is at most some 2 million characters of JSON). */
const MAX_LINE = 4_000_000;

/**
 * Reads an import file in batches of `size` records. An export in the layout Wiretrace
 * writes (a line an article, export-file.ts) is streamed a line at a time, whatever its
 * size; any other JSON file is parsed whole, if it is small enough. A file that is not an
 * export, or stops before its last line, throws an Error saying so, after the batches read
 * up to that point.
 */
export async function* importBatches(file: Blob, size: number): AsyncGenerator<ImportBatch> {
  const head = await file.slice(0, HEAD_BYTES).text();
  const reader = exportLineReader();
  const first = head.includes('\n') ? reader.read(head.slice(0, head.indexOf('\n'))) : null;
  if (first?.kind === 'refused') throw new Error(first.error);
  if (first?.kind !== 'header') {
    yield* wholeFile(file, size);
    return;
  }
  let batch: ImportBatch = { records: [], invalid: 0 };
  let ended = false;
  let lines = 0;
  for await (const line of fileLines(file, MAX_LINE)) {
    if (lines++ === 0) continue; // the header, read above
    const item = reader.read(line);
    if (item.kind === 'article') batch.records.push(item.record);
    else if (item.kind === 'malformed') batch.invalid++;
    else if (item.kind === 'end') ended = true;
    if (batch.records.length === size) {
      yield batch;
      batch = { records: [], invalid: 0 };
    }
  }
  if (batch.records.length > 0 || batch.invalid > 0) yield batch;
  if (!ended)
    throw new Error(
      'The file ends before its last line: it may have been cut off while it was copied.',
    );
}

async function* wholeFile(file: Blob, size: number): AsyncGenerator<ImportBatch> {
  if (file.size > MAX_WHOLE_BYTES)
    throw new Error(
      `This file (${Math.round(file.size / 1024 / 1024)} MB) is not laid out as Wiretrace exports are, and too large to read at once. Nothing was imported.`,
    );
  const parsed = parseImport(await file.text());
  if (!parsed.ok) throw new Error(parsed.error);
  // At least one batch, so that a file of malformed records only still reports them.
  for (let i = 0; i < parsed.records.length || i === 0; i += size)
    yield { records: parsed.records.slice(i, i + size), invalid: i === 0 ? parsed.invalid : 0 };
}
