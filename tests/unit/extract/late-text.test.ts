import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  addedTextLength,
  LATE_TEXT_CHARS,
  LATE_TEXT_SETTLE_MS,
  LATE_TEXT_WATCH_MS,
  watchForLateText,
} from '../../../utils/extract/late-text.ts';

const PARAGRAPH =
  'From April, two buses will leave the river station at half past eleven, calling at every village.';

describe('addedTextLength', () => {
  it('counts the text of added nodes only', () => {
    const node = (text: string | null) => ({ textContent: text });
    expect(
      addedTextLength([
        { addedNodes: [node('  twelve chars  '), node(null)] },
        { addedNodes: [] },
        { addedNodes: [node('abc')] },
      ]),
    ).toBe(15);
  });
});

describe('watchForLateText', () => {
  // linkedom's MutationObserver delivers records after a microtask, as browsers do.
  const { document, MutationObserver } = parseHTML('<html><body><p>Teaser.</p></body></html>');
  (globalThis as { MutationObserver?: unknown }).MutationObserver = MutationObserver;
  const tick = () => new Promise((done) => setTimeout(done, 0));

  function setup() {
    const timers: { ms: number; run: () => void }[] = [];
    let read = 0;
    const stop = watchForLateText(
      document.body as unknown as Node,
      { setTimeout: (run, ms) => timers.push({ ms, run }) },
      () => read++,
    );
    const add = (text: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
    };
    return { timers, reads: () => read, stop, add };
  }

  it('reads the page again once, after enough text was added', async () => {
    const w = setup();
    expect(w.timers.map((t) => t.ms)).toEqual([LATE_TEXT_WATCH_MS]);
    w.add('Subscribe for more.');
    await tick();
    expect(w.timers).toHaveLength(1);
    const paragraphs = Math.ceil(LATE_TEXT_CHARS / PARAGRAPH.length);
    for (let i = 0; i < paragraphs; i++) w.add(PARAGRAPH);
    await tick();
    expect(w.timers.map((t) => t.ms)).toEqual([LATE_TEXT_WATCH_MS, LATE_TEXT_SETTLE_MS]);
    w.timers[1]!.run();
    expect(w.reads()).toBe(1);
    // Watching stopped: more text schedules nothing more.
    for (let i = 0; i < paragraphs; i++) w.add(PARAGRAPH);
    await tick();
    expect(w.timers).toHaveLength(2);
  });

  it('stops when asked, or when the watch ends', async () => {
    const a = setup();
    a.stop();
    for (let i = 0; i < 10; i++) a.add(PARAGRAPH);
    await tick();
    expect(a.timers).toHaveLength(1);
    const b = setup();
    b.timers[0]!.run();
    for (let i = 0; i < 10; i++) b.add(PARAGRAPH);
    await tick();
    expect(b.timers).toHaveLength(1);
  });
});
