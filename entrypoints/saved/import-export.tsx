import { useRef, useState } from 'preact/hooks';
import { parseImport, serializeExport } from '../../utils/export-file';
import { sendRequest } from '../../utils/send-request';
import { LIMITS } from '../../utils/validate-request';
import type { ImportRecord } from '../../utils/store/import-articles';

// As many articles as one message may carry: each batch is one transaction, and the fewer
// transactions an import takes, the fewer times its postings blocks are rewritten (a 100,000
// article fill: 457 articles/s at 1,000 a batch against 397-406 at 500, tests/bench/RESULTS.md).
const BATCH = LIMITS.importBatch;

/** Export to and import from a JSON file, in batches so large collections never block. */
export function ImportExport({ onImported }: { onImported(): void }) {
  const [status, setStatus] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const exportAll = async () => {
    const articles: ImportRecord[] = [];
    for (let total = Infinity; articles.length < total;) {
      const page = await sendRequest('export-articles', { offset: articles.length, limit: BATCH });
      if (page.articles.length === 0) break;
      articles.push(...page.articles);
      total = page.total;
    }
    const blob = new Blob([serializeExport(articles)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `wiretrace-articles-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setStatus(`Exported ${plural(articles.length, 'article')}.`);
  };

  const importFile = async (file: File) => {
    const parsed = parseImport(await file.text());
    if (!parsed.ok) return setStatus(parsed.error);
    let imported = 0;
    let skipped = parsed.invalid;
    try {
      for (let i = 0; i < parsed.records.length; i += BATCH) {
        const r = await sendRequest('import-articles', {
          articles: parsed.records.slice(i, i + BATCH),
        });
        imported += r.imported;
        skipped += r.skipped;
        setStatus(`Importing… ${imported} of ${parsed.records.length}`);
      }
      setStatus(
        `Imported ${plural(imported, 'article')}${skipped ? `, skipped ${plural(skipped, 'malformed or duplicate record')}` : ''}.`,
      );
    } catch (e) {
      setStatus(
        `Import stopped after ${plural(imported, 'article')}: ${(e as Error).message} Articles imported so far are kept.`,
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

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
