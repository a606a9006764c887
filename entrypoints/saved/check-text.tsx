import { useState } from 'preact/hooks';
import { ArticleReport } from '../../components/article-report';
import { StatusNotice } from '../../components/status-notice';
import { fitLimits } from '../../utils/extract/fit-limits';
import { pastedArticle } from '../../utils/pasted-article';
import { sendRequest } from '../../utils/send-request';
import type { TabResult } from '../../utils/tab-result';
import type { Analysed } from './use-comparison';

interface CheckTextProps {
  onSaved(): void;
  /** Shows the pasted text beside saved article `otherId`: it has no id or tab to link to. */
  onCompare(mine: Analysed, otherId: number): void;
}

/** "Check a text": compare pasted text with every saved article, optionally saving it. */
export function CheckText({ onSaved, onCompare }: CheckTextProps) {
  const [fields, setFields] = useState({ text: '', title: '', outlet: '', url: '' });
  const [save, setSave] = useState(false);
  const [result, setResult] = useState<TabResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof fields) => (e: { currentTarget: { value: string } }) =>
    setFields({ ...fields, [key]: e.currentTarget.value });

  const check = async (e: Event) => {
    e.preventDefault();
    const pasted = pastedArticle(fields.text, fields.title, fields.outlet, fields.url);
    if (pasted.text.length < 40) return setError('Paste at least a few sentences of text.');
    // The background refuses what is past its limits without a word: say why here.
    const fitted = fitLimits(pasted);
    if (!fitted.ok) return setError(fitted.message);
    try {
      setResult(await sendRequest('analyse', { article: fitted.article, save }));
      setError(null);
      if (save) onSaved();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const checked = result?.article ? { article: result.article, report: result.report } : null;

  return (
    <details class="check-text">
      <summary>Check a text</summary>
      <form onSubmit={(e) => void check(e)}>
        {/* dir="auto": a pasted Arabic or Hebrew text is written and shown right to left. */}
        <textarea
          rows={6}
          dir="auto"
          placeholder="Paste an article's text"
          value={fields.text}
          onInput={set('text')}
        />
        <div class="check-fields">
          <input
            placeholder="Title (optional)"
            dir="auto"
            value={fields.title}
            onInput={set('title')}
          />
          <input
            placeholder="Outlet (optional)"
            dir="auto"
            value={fields.outlet}
            onInput={set('outlet')}
          />
          <input placeholder="URL (optional)" value={fields.url} onInput={set('url')} />
          <label>
            <input
              type="checkbox"
              checked={save}
              onChange={(e) => setSave(e.currentTarget.checked)}
            />{' '}
            Save it
          </label>
          <button type="submit">Check</button>
        </div>
      </form>
      {error ? <StatusNotice title="Cannot check this text">{error}</StatusNotice> : null}
      {result?.storageError ? (
        <StatusNotice title="Not saved">{result.storageError}</StatusNotice>
      ) : null}
      {checked ? <ArticleReport {...checked} onCompare={(id) => onCompare(checked, id)} /> : null}
    </details>
  );
}
