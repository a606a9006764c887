/**
 * Text a page adds after it was read: a story shown once a cookie notice is accepted, or
 * loaded late. A page first read as too short is watched for a while; once this much text
 * has been added, it is read again, once. Below it, an ad or a subscribe prompt.
 */
export const LATE_TEXT_CHARS = 500;
/** How long a page is watched after its first read, ms. */
export const LATE_TEXT_WATCH_MS = 30_000;
/** Pause between the text arriving and the read, so the page can finish adding it. */
export const LATE_TEXT_SETTLE_MS = 500;

/** The part of a MutationRecord this needs. */
export interface AddedNodes {
  addedNodes: ArrayLike<{ textContent: string | null }>;
}

/** Characters of text the records' added nodes hold. */
export function addedTextLength(records: readonly AddedNodes[]): number {
  let chars = 0;
  for (const record of records)
    for (let i = 0; i < record.addedNodes.length; i++)
      chars += record.addedNodes[i]!.textContent?.trim().length ?? 0;
  return chars;
}

/** Timers that end with the content script (WXT's context), so nothing outlives it. */
export interface WatchTimers {
  setTimeout(handler: () => void, ms: number): unknown;
}

/**
 * Watches `root` for added text and calls `onText` once LATE_TEXT_CHARS have been added,
 * within LATE_TEXT_WATCH_MS. Only nodes added are counted (a MutationObserver's own list,
 * no walk over the page), so watching costs next to nothing. Returns a stop function.
 */
export function watchForLateText(root: Node, timers: WatchTimers, onText: () => void): () => void {
  let added = 0;
  const observer = new MutationObserver((records) => {
    added += addedTextLength(records);
    if (added < LATE_TEXT_CHARS) return;
    observer.disconnect();
    timers.setTimeout(onText, LATE_TEXT_SETTLE_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  timers.setTimeout(() => observer.disconnect(), LATE_TEXT_WATCH_MS);
  return () => observer.disconnect();
}
