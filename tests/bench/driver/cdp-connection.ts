type Pending = { resolve: (value: any) => void; reject: (error: Error) => void; method: string };

/** A Chrome DevTools Protocol client over the browser's WebSocket, with flat sessions. */
export interface CdpConnection {
  /** Sends a command to the browser (no session) or to an attached target's session. */
  send<T = any>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  /** Calls `listener` for every event named `method`. */
  on(method: string, listener: (params: any, sessionId?: string) => void): void;
  close(): void;
}

/**
 * Connects to `ws://127.0.0.1:<port>/devtools/browser/<id>`. Playwright's own CDP sessions
 * cannot reach a service worker of a persistent context, which the heap figure and the cold
 * start need; raw CDP can. Needs the global WebSocket (Node 20: --experimental-websocket).
 */
export async function connectCdp(url: string, timeoutMs = 120_000): Promise<CdpConnection> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)));
  });
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, ((params: any, sessionId?: string) => void)[]>();
  socket.addEventListener('message', (event) => {
    const m = JSON.parse(String(event.data));
    if (m.id === undefined) {
      for (const l of listeners.get(m.method) ?? []) l(m.params, m.sessionId);
      return;
    }
    const entry = pending.get(m.id);
    if (!entry) return;
    pending.delete(m.id);
    if (m.error) entry.reject(new Error(`${entry.method}: ${m.error.message}`));
    else entry.resolve(m.result);
  });
  socket.addEventListener('close', () => {
    for (const p of pending.values())
      p.reject(new Error(`CDP connection closed during ${p.method}`));
    pending.clear();
  });
  let nextId = 1;
  return {
    send(method, params = {}, sessionId) {
      const id = nextId++;
      const reply = new Promise<any>((resolve, reject) =>
        pending.set(id, { resolve, reject, method }),
      );
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`CDP ${method} timed out after ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      return Promise.race([reply, timeout]).finally(() => clearTimeout(timer));
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    close: () => socket.close(),
  };
}
