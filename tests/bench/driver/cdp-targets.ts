import type { CdpConnection } from './cdp-connection.ts';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Polls until `probe` yields a value (not undefined/null/false), or fails naming `what`. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The extension's running service worker target, if any. */
export async function extensionWorker(cdp: CdpConnection): Promise<TargetInfo | undefined> {
  const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  return targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
  );
}

/** Opens an extension page in a new tab, attaches to it and waits for it to load. Returns the session id. */
export async function openExtensionPage(cdp: CdpConnection, url: string): Promise<string> {
  const { targetId } = await cdp.send('Target.createTarget', { url });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  // The new target starts on about:blank, which is "complete" at once: a helper installed
  // there would be lost when the extension page commits (seen once in CI under load).
  const loaded = `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`;
  await waitUntil(`${url} to load`, () => evaluateIn<boolean>(cdp, sessionId, loaded));
  return sessionId;
}

/** Evaluates an expression in a page session, awaiting it; the value comes back through JSON. */
export async function evaluateIn<T>(
  cdp: CdpConnection,
  sessionId: string,
  expression: string,
  json = true,
): Promise<T> {
  const wrapped = json ? `(async () => JSON.stringify(await (${expression})))()` : expression;
  const reply = await cdp.send(
    'Runtime.evaluate',
    { expression: wrapped, awaitPromise: true, returnByValue: true },
    sessionId,
  );
  if (reply.exceptionDetails) {
    const d = reply.exceptionDetails;
    throw new Error(`evaluate failed: ${d.exception?.description ?? d.text}`);
  }
  const value = reply.result.value;
  return (json ? (typeof value === 'string' ? JSON.parse(value) : undefined) : value) as T;
}
