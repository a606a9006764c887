import type { RequestKind } from '../protocol';
import { CONTENT_KINDS } from '../protocol';
import type { RequestOrigin } from './handle-request';

/** The parts of `runtime.MessageSender` that decide whether to trust a message. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
}

/**
 * Decides whether a sender may make a request of `kind`: only this extension's own contexts
 * are trusted; page-read must come from a content script in a tab (marked private when the
 * tab is in a private or incognito window), everything else from the extension's own pages.
 * Returns the origin, or null to drop the message.
 */
export function senderOrigin(
  kind: RequestKind,
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): RequestOrigin | null {
  if (sender.id !== extensionId) return null;
  if (CONTENT_KINDS.includes(kind)) {
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || tabId < 0) return null;
    return sender.tab?.incognito === true ? { tabId, private: true } : { tabId };
  }
  const fromOwnPage = !!sender.url?.startsWith(extensionOrigin);
  return fromOwnPage ? {} : null;
}
