import { browser } from 'wxt/browser';
import type {
  PageProtocolMap,
  PageReply,
  PageRequestKind,
  ProtocolMap,
  Reply,
  RequestKind,
} from './protocol';

/**
 * Sends one typed request to the background and returns its answer; a failure the
 * background reported (e.g. storage full) is thrown as an Error carrying its message.
 */
export async function sendRequest<K extends RequestKind>(
  kind: K,
  payload: ProtocolMap[K]['request'],
): Promise<ProtocolMap[K]['response']> {
  const reply = (await browser.runtime.sendMessage({ kind, ...payload })) as Reply<K> | undefined;
  return valueOf(reply, 'Wiretrace did not answer. Try reloading the page.');
}

/**
 * Sends one typed request to the content script of tab `tabId`. A tab with no Wiretrace
 * content script (opened before Wiretrace was installed, or not a web page) is reported as
 * such, not with the browser's "receiving end does not exist".
 */
export async function sendToPage<K extends PageRequestKind>(
  tabId: number,
  kind: K,
  payload: PageProtocolMap[K]['request'],
): Promise<PageProtocolMap[K]['response']> {
  const reply = (await browser.tabs
    .sendMessage(tabId, { kind, ...payload })
    .catch(() => undefined)) as PageReply<K> | undefined;
  return valueOf(reply, 'Wiretrace cannot reach this page. Reload it, then try again.');
}

/** A reply's value; no reply, or a reported failure, thrown as an Error for the reader. */
function valueOf<T>(
  reply: { ok: true; value: T } | { ok: false; error: string } | undefined,
  noAnswer: string,
): T {
  if (!reply) throw new Error(noAnswer);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
