import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withTimeout } from './wait-for.ts';

/** Debian's Firefox ESR launcher; env overrides it. */
export const FIREFOX_PATH = process.env.WIRETRACE_FIREFOX ?? '/usr/bin/firefox-esr';

/** A running Firefox and the BiDi WebSocket URL it announced. */
export interface FirefoxProcess {
  child: ChildProcess;
  bidiUrl: string;
}

/**
 * Writes the prefs the tests rely on: a fixed moz-extension UUID for the add-on (so
 * popup.html has a known URL) and no first-run, update or HTTPS-upgrade detours.
 */
export async function writeUserPrefs(
  profile: string,
  addonId: string,
  uuid: string,
): Promise<void> {
  const prefs: Record<string, string | boolean | number> = {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.auto': false,
    'browser.aboutwelcome.enabled': false,
  };
  const lines = Object.entries(prefs).map(
    ([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`,
  );
  await writeFile(join(profile, 'user.js'), lines.join('\n') + '\n');
}

/**
 * Starts headless Firefox ESR with WebDriver BiDi on a port the OS picks, and resolves
 * once Firefox prints the WebSocket URL. System access lets BiDi navigate to moz-extension:.
 */
export async function startFirefox(profile: string): Promise<FirefoxProcess> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `no Firefox at ${FIREFOX_PATH} (apt-get install firefox-esr, or set WIRETRACE_FIREFOX)`,
    );
  }
  const child = spawn(
    FIREFOX_PATH,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  let log = '';
  const announced = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (match) resolve(match[1]!);
    });
    child.once('error', (error) =>
      reject(new Error(`cannot start ${FIREFOX_PATH}: ${error.message}`)),
    );
    child.once('exit', (code) =>
      reject(
        new Error(
          `${FIREFOX_PATH} exited (code ${code}) before WebDriver BiDi was up${log ? `:\n${log.slice(-2000)}` : ''}`,
        ),
      ),
    );
  });
  try {
    const bidiUrl = await withTimeout('Firefox to announce its WebDriver BiDi port', announced);
    return { child, bidiUrl };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
