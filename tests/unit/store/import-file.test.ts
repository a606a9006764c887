import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, serializeExport } from '../../../utils/export-file';
import { fileLines } from '../../../utils/file-lines';
import { importBatches, type ImportBatch } from '../../../utils/import-file';
import { makeArticle } from '../make-article';

const records = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    ...makeArticle({ url: `https://a.test/${i}`, text: `Article number ${i} says something.` }),
    firstSeen: 1000 + i,
  }));

/** Every batch of `file`, and the error it ended with, if any. */
async function readAll(file: Blob, size = 20) {
  const batches: ImportBatch[] = [];
  try {
    for await (const b of importBatches(file, size)) batches.push(b);
    return { batches, error: null };
  } catch (e) {
    return { batches, error: (e as Error).message };
  }
}

describe('importBatches', () => {
  it('streams an export written a line an article, in batches, counting malformed lines', async () => {
    const text = serializeExport(records(50));
    expect(text.split('\n')).toHaveLength(50 + 3); // header, 50 articles, closing line, end
    const lines = text.split('\n');
    lines.splice(10, 0, '{"title": 3},', 'not json,');
    const { batches, error } = await readAll(new Blob([lines.join('\r\n')]));
    expect(error).toBeNull();
    expect(batches.map((b) => b.records.length)).toEqual([20, 20, 10]);
    expect(batches.flatMap((b) => b.records)).toEqual(records(50));
    expect(batches.reduce((n, b) => n + b.invalid, 0)).toBe(2);
  });

  it('imports what a cut-off export holds, then says it was cut off', async () => {
    const text = serializeExport(records(30));
    const { batches, error } = await readAll(new Blob([text.slice(0, text.lastIndexOf(',\n'))]));
    expect(batches.flatMap((b) => b.records)).toEqual(records(29));
    expect(error).toMatch(/ends before its last line/);
  });

  it('reads a one-line export (as earlier versions wrote them) whole', async () => {
    const file = { format: EXPORT_FORMAT, version: 1, exportedAt: 'x', articles: records(45) };
    const { batches, error } = await readAll(new Blob([JSON.stringify(file)]));
    expect(error).toBeNull();
    expect(batches.map((b) => b.records.length)).toEqual([20, 20, 5]);
  });

  it.each([
    [
      'a newer export',
      serializeExport(records(2)).replace('"version":1', '"version":9'),
      /newer Wiretrace/,
    ],
    ['another JSON file', '{"name": "package", "version": "1.0.0"}\n', /not a Wiretrace export/],
    ['not JSON at all', 'id,title\n1,hello\n', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
  ])('refuses %s before importing anything', async (_, text, message) => {
    const { batches, error } = await readAll(new Blob([text]));
    expect(batches.flatMap((b) => b.records)).toEqual([]);
    expect(error).toMatch(message);
    expect(error).toMatch(/Nothing was imported|Update Wiretrace/);
  });
});

describe('fileLines', () => {
  it('splits a file of many chunks into its lines, across chunk boundaries and \\r\\n', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'é'.repeat(i % 40)}`);
    const text = lines.join('\r\n');
    // Parts of awkward sizes, one splitting an é, so chunks end mid-line and mid-character.
    const bytes = new TextEncoder().encode(text);
    const parts = [bytes.slice(0, 7), bytes.slice(7, 70_001), bytes.slice(70_001)];
    const read: string[] = [];
    for await (const line of fileLines(new Blob(parts))) read.push(line);
    expect(read).toEqual(lines);
  });

  it('throws on a line longer than it allows', async () => {
    const read = async () => {
      for await (const _ of fileLines(new Blob(['x'.repeat(300_000)]), 100_000)) void _;
    };
    await expect(read()).rejects.toThrow(/over 100000 characters/);
  });
});
