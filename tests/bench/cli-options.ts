/** What `npm run bench -- …` was asked to do. */
export interface BenchOptions {
  articles: number;
  browser: 'chromium' | 'firefox';
  json: boolean;
  seed: number;
  /** False with --no-build: use .output/ as it is. */
  build: boolean;
  /** Articles per import-articles message (the protocol allows up to 1,000). */
  batch: number;
  /**
   * Import messages pending at once during the fill: 1, as the saved page imports (two at
   * once measured no faster on 2 cores, tests/bench/RESULTS.md).
   */
  inFlight: number;
  /** Timed samples for ingest and match (at least 50). */
  samples: number;
  /** --write-profile: first time pure IndexedDB writes of four store layouts on scratch databases. */
  writeProfile: boolean;
  /** --head: build the committed HEAD in a temp folder instead of the working tree. */
  head: boolean;
  /** --extension <dir>: benchmark this unpacked build (an experiment) instead of building. */
  extension: string | null;
}

export const USAGE =
  'usage: npm run bench -- --articles <N> [--browser chromium|firefox] [--json] [--seed S] [--no-build] [--batch B] [--in-flight F] [--samples K] [--write-profile] [--head] [--extension <dir>]';

/** Parses the command line; throws with the usage line on anything unknown or malformed. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    articles: 1000,
    browser: 'chromium',
    json: false,
    seed: 1,
    build: true,
    // The saved page's import batch (entrypoints/saved/import-export.tsx).
    batch: 1000,
    inFlight: 1,
    samples: 60,
    writeProfile: false,
    head: false,
    extension: null,
  };
  const number = (flag: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`${flag} needs an integer ≥ ${min}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--json') o.json = true;
    else if (flag === '--no-build') o.build = false;
    else if (flag === '--write-profile') o.writeProfile = true;
    else if (flag === '--head') o.head = true;
    else if (flag === '--extension') o.extension = argv[++i] ?? null;
    else if (flag === '--articles') o.articles = number(flag, argv[++i], 100);
    else if (flag === '--seed') o.seed = number(flag, argv[++i], 0);
    else if (flag === '--batch') o.batch = Math.min(1000, number(flag, argv[++i], 1));
    else if (flag === '--in-flight') o.inFlight = Math.min(8, number(flag, argv[++i], 1));
    else if (flag === '--samples') o.samples = number(flag, argv[++i], 50);
    else if (flag === '--browser') {
      const b = argv[++i];
      if (b !== 'chromium' && b !== 'firefox')
        throw new Error(`--browser must be chromium or firefox\n${USAGE}`);
      o.browser = b;
    } else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return o;
}
