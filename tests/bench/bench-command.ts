import { installExitCleanup, runCleanups } from '../e2e/harness/cleanup.ts';
import { rerunWithWebSocket } from '../e2e/harness/ensure-websocket.ts';
import type { BenchDriver } from './driver/bench-driver.ts';
import { launchChromiumDriver } from './driver/chromium-driver.ts';
import { launchFirefoxDriver } from './driver/firefox-driver.ts';

export type BenchBrowser = BenchDriver['browser'];

/**
 * Runs a benchmark command: re-runs Node with WebSocket when it lacks it, removes browsers and
 * profiles however it ends, exits 0, or 1 after `<name> failed: <why>` on stderr.
 */
export function runCommand(name: string, main: () => Promise<void>): void {
  if (rerunWithWebSocket()) return;
  installExitCleanup();
  main().then(
    () => process.exit(0),
    async (error: unknown) => {
      console.error(`${name} failed:`, error instanceof Error ? error.message : error);
      await runCleanups();
      process.exit(1);
    },
  );
}

/** Starts `browser` with the extension built in `dir`, runs `use`, then closes the browser. */
export async function withDriver<T>(
  browser: BenchBrowser,
  dir: string,
  use: (driver: BenchDriver) => Promise<T>,
): Promise<T> {
  const driver = await (browser === 'chromium'
    ? launchChromiumDriver(dir)
    : launchFirefoxDriver(dir));
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}

/** `--articles N` and `--browser B` of the small profile commands, checked. */
export function articlesAndBrowser(argv: readonly string[]): {
  articles: number;
  browser: BenchBrowser;
} {
  const articles = Number(flagValue(argv, '--articles', '1000'));
  const browser = flagValue(argv, '--browser', 'chromium');
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error('--articles takes a positive integer');
  if (browser !== 'chromium' && browser !== 'firefox')
    throw new Error('--browser is chromium or firefox');
  return { articles, browser };
}

/** The value after `flag`, or `fallback` when the flag is absent. */
export function flagValue(argv: readonly string[], flag: string, fallback: string): string {
  const at = argv.indexOf(flag);
  return at >= 0 && at + 1 < argv.length ? argv[at + 1]! : fallback;
}
