import { spawn } from 'node:child_process';

/**
 * Node 20 hides the global WebSocket (needed for Firefox's WebDriver BiDi) behind
 * --experimental-websocket. When it is missing, re-runs this same script with the flag and
 * exits with the child's code; returns false in the process that should do the work.
 */
export function rerunWithWebSocket(): boolean {
  if (typeof WebSocket !== 'undefined') return false;
  const options = [
    process.env.NODE_OPTIONS,
    '--experimental-websocket',
    '--no-warnings=ExperimentalWarning',
  ];
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: options.filter(Boolean).join(' ') },
  });
  // Ctrl-C reaches the child too (same process group); it closes its browsers, we wait.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {});
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return true;
}
