import { rerunWithWebSocket } from '../e2e/harness/ensure-websocket.ts';
import { installExitCleanup, runCleanups } from '../e2e/harness/cleanup.ts';
import { parseOptions } from './cli-options.ts';
import { launchChromiumDriver } from './driver/chromium-driver.ts';
import { launchFirefoxDriver } from './driver/firefox-driver.ts';
import { ensureBuild } from './ensure-build.ts';
import { buildFromHead } from './build-from-head.ts';
import { printTable } from './print-table.ts';
import { runBench } from './run-bench.ts';

// `npm run bench -- --articles N [--browser chromium|firefox] [--json]`: figures on stdout
// (one JSON object with --json), progress on stderr.
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const log = (s: string) =>
    console.error(`bench [${((performance.now() - started) / 1000).toFixed(0)} s] ${s}`);
  const dir =
    options.extension ??
    (options.head
      ? buildFromHead(options.browser).dir
      : ensureBuild(options.browser, options.build));
  log(`launching ${options.browser} with ${dir}`);
  const driver = await (options.browser === 'chromium'
    ? launchChromiumDriver(dir)
    : launchFirefoxDriver(dir));
  try {
    const result = await runBench(options, driver, log);
    console.log(options.json ? JSON.stringify(result) : printTable(result));
  } finally {
    await driver.close();
  }
}

if (!rerunWithWebSocket()) {
  installExitCleanup();
  main().then(
    () => process.exit(0),
    async (error: unknown) => {
      console.error('bench failed:', error instanceof Error ? error.message : error);
      await runCleanups();
      process.exit(1);
    },
  );
}
