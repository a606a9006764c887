/** One recorded check. */
export interface CheckResult {
  name: string;
  passed: boolean;
  detail: string;
}

/** Collects pass/fail lines as a run goes and prints each one the moment it is known. */
export class CheckLog {
  readonly results: CheckResult[] = [];

  /** Records a check; `detail` says what was measured, on success as well as on failure. */
  record(name: string, passed: boolean, detail = ''): boolean {
    this.results.push({ name, passed, detail });
    console.log(`${passed ? 'PASS' : 'FAIL'}  ${name}${detail ? ` — ${detail}` : ''}`);
    return passed;
  }

  /**
   * Prints a measured figure without judging it: timings on a shared 2-core machine are
   * reported, never asserted (a speed goal is checked by reading the number).
   */
  measure(name: string, detail: string): void {
    console.log(`MEASURE  ${name} — ${detail}`);
  }

  /** Runs a step that throws on failure; its error message becomes the failure detail. */
  async step<T>(
    name: string,
    run: () => Promise<T>,
    describe: (value: T) => string = () => '',
  ): Promise<T | null> {
    try {
      const value = await run();
      this.record(name, true, describe(value));
      return value;
    } catch (error) {
      this.record(name, false, error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  get passed(): number {
    return this.results.filter((r) => r.passed).length;
  }

  get failed(): number {
    return this.results.length - this.passed;
  }
}
