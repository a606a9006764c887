import { spawn, type ChildProcess } from 'node:child_process';
import { CHROMIUM_PATH, extensionArgs } from '../../e2e/harness/chromium-harness.ts';

/** A running Chromium and the CDP browser endpoint it announced. */
export interface ChromiumProcess {
  child: ChildProcess;
  wsUrl: string;
}

/**
 * Starts Debian Chromium headless with the unpacked extension and CDP on a port the OS
 * picks, with the e2e harness's extension flags.
 */
export async function startChromium(
  profile: string,
  extensionDir: string,
): Promise<ChromiumProcess> {
  const child = spawn(
    CHROMIUM_PATH,
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      ...extensionArgs(extensionDir),
      '--no-default-browser-check',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  const wsUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not announce CDP:\n${log.slice(-2000)}`)),
      30_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (match) (clearTimeout(timer), resolve(match[1]!));
    });
    child.once('error', (e) => reject(new Error(`cannot start ${CHROMIUM_PATH}: ${e.message}`)));
    child.once('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) early:\n${log.slice(-2000)}`)),
    );
  }).catch((error) => {
    child.kill('SIGKILL');
    throw error;
  });
  // Keep draining stderr so Chromium never blocks on a full pipe.
  child.stderr!.resume();
  return { child, wsUrl };
}
