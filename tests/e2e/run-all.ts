import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIRS, REPO_ROOT, buildExtension } from './build-extension.ts';
import type { BrowserHarness } from './harness/browser-harness.ts';
import { launchChromium } from './harness/chromium-harness.ts';
import { installExitCleanup, onCleanup, runCleanups } from './harness/cleanup.ts';
import { rerunWithWebSocket } from './harness/ensure-websocket.ts';
import { launchFirefox } from './harness/firefox-harness.ts';
import { CheckLog } from './scenario/check-log.ts';
import { runScenario } from './scenario/wiretrace-scenario.ts';
import { fixtureSites } from './server/fixture-sites.ts';
import { startSiteServer, type SiteServer } from './server/site-server.ts';

/** Screenshots go here; .gitignore keeps the folder out of git. */
const ARTIFACTS_DIR = join(REPO_ROOT, 'tests', 'artifacts');

const LAUNCHERS: Record<keyof typeof BUILD_DIRS, (dir: string) => Promise<BrowserHarness>> = {
  chromium: (dir) => launchChromium(dir),
  firefox: (dir) => launchFirefox(dir),
};

async function runBrowser(
  browser: keyof typeof BUILD_DIRS,
  server: SiteServer,
  log: CheckLog,
): Promise<void> {
  const dir = BUILD_DIRS[browser];
  const harness = await log.step(`${browser}: starts with the extension loaded`, async () => {
    if (!existsSync(join(dir, 'manifest.json')))
      throw new Error(`no build in ${dir}; run without --no-build`);
    return LAUNCHERS[browser](dir);
  });
  if (!harness) return;
  try {
    await runScenario({ harness, server, log, artifactsDir: ARTIFACTS_DIR });
  } catch (error) {
    log.record(
      `${browser}: scenario ran to the end`,
      false,
      error instanceof Error ? error.message : String(error),
    );
  } finally {
    await harness.close();
  }
}

const log = new CheckLog();

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const browsers = (['chromium', 'firefox'] as const).filter((b) => !args.includes(`--no-${b}`));
  if (!args.includes('--no-build')) {
    for (const browser of browsers) {
      const built = await log.step(`${browser}: extension builds`, async () =>
        buildExtension(browser),
      );
      if (built === null) return finish();
    }
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const server = await startSiteServer(fixtureSites());
  const unregister = onCleanup(
    () => server.close(),
    () => {},
  );
  console.log(`sample sites on ${server.origin('outlet-a')}, ${server.origin('outlet-b')}`);
  for (const browser of browsers) await runBrowser(browser, server, log);
  await server.close();
  unregister();
  console.log(`screenshots in ${ARTIFACTS_DIR}`);
  return finish();
}

function finish(): number {
  console.log(`e2e: ${log.passed} passed, ${log.failed} failed`);
  return log.failed === 0 && log.passed > 0 ? 0 : 1;
}

if (!rerunWithWebSocket()) {
  installExitCleanup();
  main().then(
    (code) => process.exit(code),
    async (error: unknown) => {
      await runCleanups();
      log.record(
        'e2e run finished without crashing',
        false,
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
      process.exit(finish() || 1);
    },
  );
}
