import { runCommand, withDriver } from './bench-command.ts';
import { parseOptions } from './cli-options.ts';
import { ensureBuild } from './ensure-build.ts';
import { buildFromHead } from './build-from-head.ts';
import { printTable } from './print-table.ts';
import { runBench } from './run-bench.ts';

// `npm run bench -- --articles N [--browser chromium|firefox] [--json]`: figures on stdout
// (one JSON object with --json), progress on stderr.
runCommand('bench', async () => {
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
  const result = await withDriver(options.browser, dir, (driver) => runBench(options, driver, log));
  console.log(options.json ? JSON.stringify(result) : printTable(result));
});
