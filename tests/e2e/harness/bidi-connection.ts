import { WAIT_MS, withTimeout } from './wait-for.ts';

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  method: string;
};

/** A WebDriver BiDi session over a WebSocket: send a command, await its result. */
export interface BidiConnection {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  close(): void;
}

/**
 * Opens `ws://…/session` and creates a BiDi session. Needs the global WebSocket (Node 20:
 * `--experimental-websocket`; run-all sets it).
 */
export async function connectBidi(url: string): Promise<BidiConnection> {
  if (typeof WebSocket === 'undefined') {
    throw new Error('global WebSocket missing: run Node with --experimental-websocket');
  }
  const socket = new WebSocket(url);
  await withTimeout(
    `the BiDi WebSocket ${url} to open`,
    new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve());
      socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)));
    }),
  );
  const pending = new Map<number, Pending>();
  socket.addEventListener('message', (event) => settle(pending, String(event.data)));
  socket.addEventListener('close', () => {
    for (const p of pending.values())
      p.reject(new Error(`BiDi connection closed during ${p.method}`));
    pending.clear();
  });
  let nextId = 1;
  const connection: BidiConnection = {
    send<T>(method: string, params: Record<string, unknown> = {}) {
      const id = nextId++;
      const reply = new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
      });
      socket.send(JSON.stringify({ id, method, params }));
      return withTimeout(`Firefox to answer ${method}`, reply, WAIT_MS);
    },
    close: () => socket.close(),
  };
  await connection.send('session.new', {
    capabilities: { alwaysMatch: { acceptInsecureCerts: true } },
  });
  return connection;
}

function settle(pending: Map<number, Pending>, data: string): void {
  const message = JSON.parse(data) as {
    id?: number;
    type?: string;
    result?: unknown;
    error?: string;
    message?: string;
  };
  if (message.id === undefined) return; // an event; this client subscribes to none
  const entry = pending.get(message.id);
  if (!entry) return;
  pending.delete(message.id);
  if (message.type === 'error')
    entry.reject(new Error(`${entry.method}: ${message.error}: ${message.message}`));
  else entry.resolve(message.result);
}
