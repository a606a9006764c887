import type { BrowserHarness } from '../harness/browser-harness.ts';
import { timePopupOpen, type PopupTiming } from './popup-probe.ts';

/**
 * Opens the popup `runs` times; the machine is shared, so one open is too noisy to judge.
 * Nine by default: a busy machine stalls the browser's messaging now and then (RESULTS.md,
 * eighteenth session), and a median of five moved by 30 ms between runs of the same code.
 */
export async function timePopupOpens(
  harness: BrowserHarness,
  tabId: number,
  runs = 9,
): Promise<{ last: PopupTiming; pageMs: number[]; ownMs: number[] }> {
  const timings: PopupTiming[] = [];
  for (let i = 0; i < runs; i++) {
    if (timings.length) await timings[timings.length - 1]!.tab.close();
    timings.push(await timePopupOpen(harness, tabId));
  }
  return {
    last: timings[timings.length - 1]!,
    pageMs: timings.map((t) => t.pageMs),
    ownMs: timings.map((t) => t.ownMs),
  };
}

/** Median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
