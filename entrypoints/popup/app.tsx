import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup-view';
import { SettingsBar } from './settings-bar';
import { ReadAnyway } from './read-anyway';
import { ShowOnPage } from './show-on-page';
import { pausingSite, readPausedSites, siteOf } from '../../utils/paused-sites';
import { sendRequest } from '../../utils/send-request';
import { pausedSites, setSitePaused } from '../../utils/settings';
import { NOT_ARTICLE_MESSAGE } from '../../utils/article';
import type { TabResult } from '../../utils/tab-result';
import { errorMessage } from '../../utils/error-message';

/** `popup.html?tabId=N` shows tab N (the test contract); otherwise the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isSafeInteger(fromUrl) && fromUrl >= 0 && location.search.includes('tabId='))
    return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab the popup shows and the background's result for it (null: none yet). */
export interface FirstAnswer {
  tabId: number | null;
  result: TabResult | null;
}

/**
 * Asks for the tab's result. main.tsx calls it before the first render so that the message's
 * round trip overlaps Preact's start; asked from an effect, it would wait for the first frame
 * to be painted (e2e popup timing in Firefox, median of 20 opens: 91-96 ms before, 57-67
 * after; the goal is 100).
 */
export async function askFirst(): Promise<FirstAnswer> {
  const tabId = await targetTabId();
  if (tabId === null) return { tabId, result: null };
  return { tabId, result: await sendRequest('get-tab-result', { tabId }) };
}

export function PopupApp({ first }: { first: Promise<FirstAnswer> }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [result, setResult] = useState<TabResult | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [paused, setPaused] = useState<string[]>([]);
  // An unsaved article from a private window gets no "Side by side": the saved page may open
  // in a normal window (Chrome keeps extension pages out of incognito), taking the private
  // reading out of it. Assumed private until the tab says otherwise.
  const [privateTab, setPrivateTab] = useState(true);

  useEffect(() => {
    void pausedSites.getValue().then((v) => setPaused(readPausedSites(v)));
  }, []);

  const fail = (e: unknown) => setError(errorMessage(e));

  useEffect(() => {
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The page may still be loading when the popup opens: ask again for a little while.
    const show = (id: number, r: TabResult | null) => {
      setResult(r);
      if (r === null && ++polls < 30) timer = setTimeout(() => void ask(id), 500);
    };
    const ask = (id: number) =>
      sendRequest('get-tab-result', { tabId: id }).then((r) => show(id, r), fail);
    first
      .then(({ tabId: id, result: r }) => {
        setTabId(id);
        if (id === null) return setResult(null);
        void browser.tabs.get(id).then(
          (tab) => setPrivateTab(tab.incognito),
          () => undefined,
        );
        show(id, r);
      })
      .catch(fail);
    return () => clearTimeout(timer);
  }, [first]);

  const keep = (kind: 'save-tab' | 'unsave-tab') => {
    if (tabId === null) return;
    setSaving(true);
    sendRequest(kind, { tabId })
      .then(setResult)
      .catch(fail)
      .finally(() => setSaving(false));
  };

  const site = result ? siteOf(result.pageUrl) : null;
  const pausedBy = result ? pausingSite(result.pageUrl, paused) : null;
  // Pausing stops reading the site's pages from their next load; resuming lifts the site
  // that covers this page, which may be a parent domain.
  const pause = (on: boolean) => {
    const target = on ? site : pausedBy;
    if (target) void setSitePaused(target, on).then(setPaused);
  };

  const status = error ? 'error' : result === undefined ? 'loading' : (result?.status ?? 'none');
  return (
    <main class="popup" data-status={status}>
      <PopupView
        result={result}
        error={error}
        onSave={() => keep('save-tab')}
        onDelete={() => keep('unsave-tab')}
        saving={saving}
        unsavedFrom={tabId !== null && !privateTab ? { tabId } : null}
        readAgain={tabId !== null ? readAgainFor(tabId, result, setResult) : null}
        pageActions={
          tabId !== null && result?.article ? (
            <ShowOnPage
              tabId={tabId}
              text={result.article.text}
              matches={result.report.otherOutlets}
            />
          ) : null
        }
      />
      <SettingsBar site={site} pausedBy={pausedBy} onPause={pause} />
    </main>
  );
}

/**
 * "Read it anyway" for the article test's refusal (a page read anyway in which Readability
 * found no text says so in another message, and gets no button) and for a page too large to
 * read by itself (the reader accepts the wait); "Read it again" for too little text, which a
 * cookie notice accepted or a late load may have changed since.
 */
function readAgainFor(
  tabId: number,
  result: TabResult | null | undefined,
  onRead: (result: TabResult | null) => void,
) {
  const offer = readOffer(result);
  return offer ? <ReadAnyway tabId={tabId} {...offer} onRead={onRead} /> : null;
}

/** The button's words and the hint after them, for a result that may read better again. */
function readOffer(result: TabResult | null | undefined): { label: string; hint: string } | null {
  switch (result?.status) {
    case 'not-article':
      return result.message === NOT_ARTICLE_MESSAGE
        ? { label: 'Read it anyway', hint: 'if this page is an article.' }
        : null;
    case 'too-large':
      return {
        label: 'Read it anyway',
        hint: 'if it is an article: the page may stop responding for a few seconds.',
      };
    case 'too-short':
      return { label: 'Read it again', hint: 'once the whole article shows on the page.' };
    default:
      return null;
  }
}
