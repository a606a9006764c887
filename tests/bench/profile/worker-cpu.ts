import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempProfile, removeTempProfile } from '../../e2e/harness/temp-profile.ts';
import { runCommand } from '../bench-command.ts';
import { PAGE_HELPER } from '../driver/bench-driver.ts';
import { connectCdp } from '../driver/cdp-connection.ts';
import {
  evaluateIn,
  extensionWorker,
  openExtensionPage,
  waitUntil,
} from '../driver/cdp-targets.ts';
import { startChromium } from '../driver/chromium-process.ts';
import { ensureBuild } from '../ensure-build.ts';
import { createCorpus } from '../generator/corpus.ts';

// `npx tsx tests/bench/profile/worker-cpu.ts [--articles N]` (Chromium only): fills the
// extension's store through import-articles, 1,000 a message as the saved page imports, and
// samples the service worker's CPU over all but the first two batches. Prints one JSON line:
// ms per article in the page, the share of samples the worker was idle (waiting on
// IndexedDB or messages), and the functions with most self time, each with the start of
// its source in the built (minified) background.js.

const BATCH = 1000;
const WARM = 2 * BATCH;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

runCommand('worker-cpu', async () => {
  const at = process.argv.indexOf('--articles');
  const articles = at > 0 ? Number(process.argv[at + 1]) : 12_000;
  if (!Number.isInteger(articles) || articles <= WARM)
    throw new Error(`--articles takes an integer above ${WARM}`);
  const dir = ensureBuild('chromium', true);
  const built = readFileSync(join(dir, 'background.js'), 'utf8').split('\n');
  const profile = await makeTempProfile('worker-cpu');
  const proc = await startChromium(profile, dir);
  const cdp = await connectCdp(proc.wsUrl);
  try {
    const worker = await waitUntil('the extension service worker', () => extensionWorker(cdp));
    const id = new URL(worker.url).host;
    const page = await openExtensionPage(cdp, `chrome-extension://${id}/popup.html?tabId=-1`);
    await evaluateIn(cdp, page, PAGE_HELPER);
    const corpus = createCorpus({ seed: 1, size: articles });
    const send = (from: number) => {
      const batch = [];
      for (let i = from; i < Math.min(articles, from + BATCH); i++) batch.push(corpus.articleAt(i));
      const message = JSON.stringify({ kind: 'import-articles', articles: batch });
      return evaluateIn<number>(cdp, page, `__bench.send(${message}).then(({ ms }) => ms)`);
    };
    for (let from = 0; from < WARM; from += BATCH) await send(from);
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: true,
    });
    await cdp.send('Profiler.enable', {}, sessionId);
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 }, sessionId);
    await cdp.send('Profiler.start', {}, sessionId);
    let ms = 0;
    for (let from = WARM; from < articles; from += BATCH) ms += await send(from);
    const { profile: p } = await cdp.send('Profiler.stop', {}, sessionId);
    const nodes = new Map<number, ProfileNode>(p.nodes.map((n: ProfileNode) => [n.id, n]));
    const self = new Map<string, { samples: number; frame: ProfileNode['callFrame'] }>();
    for (const sample of p.samples as number[]) {
      const frame = nodes.get(sample)!.callFrame;
      const key = `${frame.functionName}@${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
      const entry = self.get(key) ?? { samples: 0, frame };
      entry.samples++;
      self.set(key, entry);
    }
    const total = (p.samples as number[]).length;
    const share = (n: number) => Math.round((1000 * n) / total) / 10;
    const top = [...self.values()]
      .sort((x, y) => y.samples - x.samples)
      .slice(0, 15)
      .map(({ samples, frame }) => ({
        percent: share(samples),
        fn: frame.functionName || '(anonymous)',
        source: frame.url.endsWith('background.js')
          ? (built[frame.lineNumber] ?? '').slice(frame.columnNumber, frame.columnNumber + 70)
          : frame.url || '(native)',
      }));
    const idle = [...self.values()].find((e) => e.frame.functionName === '(idle)')?.samples ?? 0;
    const measured = articles - WARM;
    console.log(
      JSON.stringify({
        articles: measured,
        storedBefore: WARM,
        msPerArticle: Math.round((1000 * ms) / measured) / 1000,
        idlePercent: share(idle),
        top,
      }),
    );
  } finally {
    await cdp.send('Browser.close').catch(() => {});
    cdp.close();
    await removeTempProfile(profile);
  }
});
