import { browser } from 'wxt/browser';
import type { ProtocolMap, Reply, RequestKind } from './protocol';

/**
 * Sends one typed request to the background and returns its answer; a failure the
 * background reported (e.g. storage full) is thrown as an Error carrying its message.
 */
export async function sendRequest<K extends RequestKind>(
  kind: K,
  payload: ProtocolMap[K]['request'],
): Promise<ProtocolMap[K]['response']> {
  const reply = (await browser.runtime.sendMessage({ kind, ...payload })) as Reply<K> | undefined;
  if (!reply) throw new Error('Wiretrace did not answer. Try reloading the page.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
