import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import type { ExtractionResult } from '../../../utils/article';
import type { Reply, RequestKind } from '../../../utils/protocol';
import { NOT_SAVED } from '../../../utils/background/read-page';
import { autoSave } from '../../../utils/settings';
import type { TabResult } from '../../../utils/tab-result';
import { makeArticle, scanOf } from '../make-article';
import { WIRE_CLOSING, WIRE_FIRST, WIRE_SECOND } from '../wire-story';

const extensionId = fakeBrowser.runtime.id;
const pageSender = { id: extensionId, url: fakeBrowser.runtime.getURL('/popup.html') };
const tabSender = (id: number, incognito = false) => ({
  id: extensionId,
  tab: { id, incognito },
  url: 'https://site.test/',
});

async function send<K extends RequestKind>(message: object, sender: object) {
  const [reply] = (await fakeBrowser.runtime.onMessage.trigger(
    message,
    sender,
    () => undefined,
  )) as [Reply<K> | undefined];
  return reply;
}
/** A content script's page read of `result`: the scan it would send for that article. */
async function pageRead(tabId: number, result: ExtractionResult) {
  const read = result.ok ? { ok: true, scan: scanOf(result.article) } : result;
  return send({ kind: 'page-read', read }, tabSender(tabId));
}
async function tabResult(tabId: number): Promise<TabResult | null> {
  const reply = await send<'get-tab-result'>({ kind: 'get-tab-result', tabId }, pageSender);
  if (!reply?.ok) throw new Error('no reply');
  return reply.value;
}

const first = makeArticle({
  url: 'https://outlet-a.test/grain',
  outlet: 'Outlet A',
  text: `${WIRE_FIRST}\n\n${WIRE_CLOSING}`,
});
const second = makeArticle({
  url: 'https://outlet-b.test/grain',
  outlet: 'Outlet B',
  text: `${WIRE_SECOND}\n\n${WIRE_CLOSING}`,
});

describe('background wiring', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase('wiretrace');
      request.onsuccess = request.onerror = request.onblocked = done;
    });
    background.main();
  });

  it('stores what a tab reads, matches the next article and badges the tab', async () => {
    await pageRead(1, { ok: true, article: first });
    expect((await tabResult(1))?.status).toBe('article');
    await pageRead(2, { ok: true, article: second });
    const result = await tabResult(2);
    expect(result?.status).toBe('article');
    const match = result?.report.otherOutlets[0];
    expect(match?.url).toBe(first.url);
    expect(match?.cut).toBeGreaterThan(70);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('1');
    const list = await send<'list-articles'>(
      { kind: 'list-articles', query: '', offset: 0, limit: 10 },
      pageSender,
    );
    expect(list?.ok && list.value.rows.map((r) => [r.url, r.sharingOutlets])).toEqual([
      [second.url, 1],
      [first.url, 1],
    ]);
  });

  it('explains pages that are not articles and clears the badge', async () => {
    const message = 'This page does not look like a news article.';
    await pageRead(3, { ok: false, reason: 'not-article', message, url: 'https://site.test/' });
    expect(await tabResult(3)).toMatchObject({ status: 'not-article', message });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('with auto-save off, matches without storing until the user saves', async () => {
    await autoSave.setValue(false);
    await pageRead(4, { ok: true, article: first });
    expect((await tabResult(4))?.status).toBe('unsaved');
    const listed = await send<'list-articles'>(
      { kind: 'list-articles', query: '', offset: 0, limit: 10 },
      pageSender,
    );
    expect(listed?.ok && listed.value.total).toBe(0);
    const saved = await send<'save-tab'>({ kind: 'save-tab', tabId: 4 }, pageSender);
    expect(saved?.ok && saved.value?.status).toBe('article');
  });

  it("deletes the tab's article from the store when the popup asks; the tab keeps it, unsaved", async () => {
    await pageRead(1, { ok: true, article: first });
    await pageRead(2, { ok: true, article: second });
    // A page cannot ask: only the extension's own pages may delete.
    expect(await send({ kind: 'unsave-tab', tabId: 2 }, tabSender(2))).toBeUndefined();
    const reply = await send<'unsave-tab'>({ kind: 'unsave-tab', tabId: 2 }, pageSender);
    const result = reply?.ok ? reply.value : null;
    expect(result).toMatchObject({ status: 'unsaved', message: NOT_SAVED.deleted });
    expect(result?.article?.id).toBeNull();
    expect(result?.report.otherOutlets.map((m) => m.url)).toEqual([first.url]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('1');
    const listed = await send<'list-articles'>(
      { kind: 'list-articles', query: '', offset: 0, limit: 10 },
      pageSender,
    );
    // Gone, and with it outlet A's link to it.
    expect(listed?.ok && listed.value.rows.map((r) => [r.url, r.sharingOutlets])).toEqual([
      [first.url, 0],
    ]);
    const again = await send<'save-tab'>({ kind: 'save-tab', tabId: 2 }, pageSender);
    expect(again?.ok && again.value?.status).toBe('article');
    // An article not stored has nothing to delete: the tab's result comes back as it is.
    await autoSave.setValue(false);
    await pageRead(3, {
      ok: true,
      article: makeArticle({ url: 'https://c.test/x', text: WIRE_FIRST }),
    });
    const unsaved = await send<'unsave-tab'>({ kind: 'unsave-tab', tabId: 3 }, pageSender);
    expect(unsaved?.ok && unsaved.value).toMatchObject({
      status: 'unsaved',
      message: NOT_SAVED.autoSaveOff,
    });
  });

  it('a page on a paused site is neither read nor stored: the tab says paused, no badge', async () => {
    const message = 'Wiretrace is paused on site.test: its pages are not read or saved.';
    await pageRead(6, { ok: false, reason: 'paused', message, url: 'https://site.test/a' });
    expect(await tabResult(6)).toMatchObject({ status: 'paused', message, article: null });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });

  it('applies the text rules to what the content script read, and answers why it refused a page', async () => {
    // The second outlet's "Related article" line, and a byline with its date: the
    // background's rules clean both.
    const scan = { ...scanOf(second), bylines: ['', 'By Jane Roe 10 March 2026'] };
    const prose = second.paragraphs.filter((p) => !p.startsWith('Related article:'));
    expect(prose).toHaveLength(second.paragraphs.length - 1);
    const reply = await send({ kind: 'page-read', read: { ok: true, scan } }, tabSender(3));
    expect(reply).toEqual({ ok: true, value: null });
    const article = (await tabResult(3))?.article;
    expect(article?.byline).toBe('Jane Roe');
    expect(article?.text).toBe(prose.join('\n\n'));
    // Too few words: refused, and the content script is told why (it then watches for more).
    const short = { ...scan, blocks: second.paragraphs.slice(0, 2) };
    const refused = await send(
      { kind: 'page-read', read: { ok: true, scan: short } },
      tabSender(3),
    );
    expect(refused).toEqual({ ok: true, value: 'too-short' });
    expect(await tabResult(3)).toMatchObject({ status: 'too-short', article: null });
  });

  it('in a private window, matches against the store but never stores unasked', async () => {
    await pageRead(1, { ok: true, article: first });
    await send({ kind: 'page-read', read: { ok: true, scan: scanOf(second) } }, tabSender(5, true));
    const result = await tabResult(5);
    expect(result).toMatchObject({ status: 'unsaved', message: NOT_SAVED.privateWindow });
    expect(result?.report.otherOutlets.map((m) => m.url)).toEqual([first.url]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('1');
    const listed = await send<'list-articles'>(
      { kind: 'list-articles', query: '', offset: 0, limit: 10 },
      pageSender,
    );
    expect(listed?.ok && listed.value.rows.map((r) => r.url)).toEqual([first.url]);
    // Auto-save on or off, only the reader's own click stores it.
    const saved = await send<'save-tab'>({ kind: 'save-tab', tabId: 5 }, pageSender);
    expect(saved?.ok && saved.value?.status).toBe('article');
  });

  it('deletes what a search of the saved page finds, and nothing else', async () => {
    await pageRead(1, { ok: true, article: first });
    await pageRead(2, { ok: true, article: second });
    const reply = await send<'delete-matching'>(
      { kind: 'delete-matching', query: 'outlet b' },
      pageSender,
    );
    expect(reply?.ok && reply.value).toEqual({ deleted: 1 });
    const listed = await send<'list-articles'>(
      { kind: 'list-articles', query: '', offset: 0, limit: 10 },
      pageSender,
    );
    expect(listed?.ok && listed.value.rows.map((r) => r.url)).toEqual([first.url]);
    expect(await send({ kind: 'delete-matching', query: 'x' }, tabSender(9))).toBeUndefined();
  });

  it('links imported articles in steps the saved page asks for, one step at a time', async () => {
    const imported = await send<'import-articles'>(
      { kind: 'import-articles', articles: [first, second] },
      pageSender,
    );
    expect(imported?.ok && imported.value).toEqual({ imported: 2, skipped: 0, tooOld: 0 });
    const list = () =>
      send<'list-articles'>({ kind: 'list-articles', query: '', offset: 0, limit: 10 }, pageSender);
    const before = await list();
    expect(before?.ok && before.value.rows.map((r) => [r.sharingOutlets, r.linksPending])).toEqual([
      [0, true],
      [0, true],
    ]);
    // Two pages asking at once: the steps run in turn, so no article is linked twice.
    const steps = await Promise.all([
      send<'link-imported'>({ kind: 'link-imported' }, pageSender),
      send<'link-imported'>({ kind: 'link-imported' }, pageSender),
    ]);
    const values = steps.map((s) => (s?.ok ? s.value : null));
    expect(values).toEqual([
      { linked: 2, remaining: 0 },
      { linked: 0, remaining: 0 },
    ]);
    const after = await list();
    expect(after?.ok && after.value.rows.map((r) => [r.sharingOutlets, r.linksPending])).toEqual([
      [1, false],
      [1, false],
    ]);
    expect(await send({ kind: 'link-imported' }, tabSender(3))).toBeUndefined();
  });

  it('ignores malformed messages and messages from web pages or other extensions', async () => {
    expect(
      await send({ kind: 'delete-all' }, { id: 'another-extension', url: 'chrome-extension://x/' }),
    ).toBeUndefined();
    expect(await send({ kind: 'delete-all' }, tabSender(9))).toBeUndefined();
    expect(await send({ kind: 'page-read', read: { ok: true } }, tabSender(9))).toBeUndefined();
    expect(await tabResult(9)).toBeNull();
  });
});
