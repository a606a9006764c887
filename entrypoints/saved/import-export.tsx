import { useRef, useState } from 'preact/hooks';
import { EXPORT_FOOTER, exportHeader, exportLines } from '../../utils/export-file';
import { importBatches } from '../../utils/import-file';
import { plural } from '../../utils/plural';
import { sendRequest } from '../../utils/send-request';
import { LIMITS } from '../../utils/validate-request';

// As many articles as one message may carry: each batch is one transaction, and the fewer
// transactions an import takes, the fewer times its postings blocks are rewritten (a 100,000
// article fill: 457 articles/s at 1,000 a batch against 397-406 at 500, tests/bench/RESULTS.md).
const BATCH = LIMITS.importBatch;

/** Export to and import from a JSON file, in batches so large collections never block. */
export function ImportExport({ onImported }: { onImported(): void }) {
  const [status, setStatus] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const exportAll = async () => {
    const parts: BlobPart[] = [exportHeader()];
    let count = 0;
    for (let total = Infinity; count < total;) {
      const page = await sendRequest('export-articles', { offset: count, limit: BATCH });
      if (page.articles.length === 0) break;
      // A Blob a batch: the browser keeps the bytes, and no string grows with the export
      // (100,000 articles are some 850 MB of JSON, more than one string may hold).
      parts.push(new Blob([exportLines(page.articles, count === 0)]));
      count += page.articles.length;
      total = page.total;
      setStatus(`Exporting… ${count} of ${total}`);
    }
    parts.push(EXPORT_FOOTER);
    const blob = new Blob(parts, { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `wiretrace-articles-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setStatus(`Exported ${plural(count, 'article')}.`);
  };

  const importFile = async (file: File) => {
    let imported = 0;
    let skipped = 0;
    let tooOld = 0;
    try {
      for await (const batch of importBatches(file, BATCH)) {
        skipped += batch.invalid;
        if (batch.records.length === 0) continue;
        const r = await sendRequest('import-articles', { articles: batch.records });
        imported += r.imported;
        skipped += r.skipped;
        tooOld += r.tooOld;
        setStatus(`Importing… ${imported} so far`);
      }
      const notes = [
        skipped ? `skipped ${plural(skipped, 'malformed or duplicate record')}` : '',
        tooOld
          ? `left out ${plural(tooOld, 'article')} last read longer ago than you keep articles`
          : '',
      ];
      setStatus(
        `Imported ${plural(imported, 'article')}${notes
          .filter(Boolean)
          .map((n) => `, ${n}`)
          .join('')}.`,
      );
    } catch (e) {
      const why = (e as Error).message;
      // A file refused whole, or a first batch refused, needs no word on what was kept.
      setStatus(
        imported === 0
          ? why
          : `Import stopped after ${plural(imported, 'article')}: ${why} Articles imported so far are kept.`,
      );
    }
    onImported();
  };

  return (
    <div class="import-export">
      <button
        type="button"
        onClick={() => void exportAll().catch((e: Error) => setStatus(e.message))}
      >
        Export
      </button>
      {/* A button, not a label around the input: a hidden input's label takes no keyboard focus. */}
      <button type="button" onClick={() => picker.current?.click()}>
        Import
      </button>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Import a Wiretrace export file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      {status ? (
        <span class="muted" role="status" data-import-status>
          {status}
        </span>
      ) : null}
    </div>
  );
}
