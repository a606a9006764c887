import { describe, expect, it } from 'vitest';
import { contentScriptCost, type TraceEvent } from '../../cli/content-script-trace.ts';

const SCRIPT = '/content-scripts/content.js';
const URL = `chrome-extension://abc${SCRIPT}`;
const renderer = { pid: 7, tid: 1 };

/** A top-level task of the renderer's main thread, from `ts` for `dur` µs. */
function task(ts: number, dur: number, tdur = dur): TraceEvent {
  return { name: 'RunTask', ph: 'X', ...renderer, ts, dur, tdur };
}

/** JavaScript samples: node 1 is the page's code, node 2 a function of the script under it. */
function profile(startTime: number, samples: { node: number; delta: number }[]): TraceEvent[] {
  return [
    {
      name: 'Profile',
      ph: 'P',
      ...renderer,
      ts: startTime,
      id: '0x1',
      args: { data: { startTime } },
    },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ...renderer,
      ts: startTime + 1,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: 'http://site.example/app.js' } },
              { id: 2, parent: 1, callFrame: { url: URL } },
            ],
            samples: samples.map((s) => s.node),
          },
          timeDeltas: samples.map((s) => s.delta),
        },
      },
    },
  ];
}

describe('contentScriptCost', () => {
  const events: TraceEvent[] = [
    // Injection: compile and run of the script.
    task(1_000, 20_000, 18_000),
    {
      name: 'EvaluateScript',
      ph: 'X',
      ...renderer,
      ts: 1_100,
      dur: 19_000,
      args: { data: { url: URL } },
    },
    {
      name: 'v8.compile',
      ph: 'X',
      ...renderer,
      ts: 1_100,
      dur: 8_000,
      args: { data: { url: URL } },
    },
    // The page's own work: samples of its code only.
    task(30_000, 10_000),
    // A microtask checkpoint that ran the script (a frame of it under the page's).
    task(50_000, 40_000, 35_000),
    // Another process's task at the same time is not the renderer's.
    { name: 'RunTask', ph: 'X', pid: 8, tid: 1, ts: 50_000, dur: 90_000, tdur: 90_000 },
    ...profile(0, [
      { node: 1, delta: 31_000 }, // 31,000: in the page's task
      { node: 2, delta: 29_000 }, // 60,000: in the checkpoint
      { node: 1, delta: 5_000 }, // 65,000
    ]),
  ];

  it('counts the injection task and the tasks whose samples show the script', () => {
    expect(contentScriptCost(events, SCRIPT)).toEqual({
      tasks: 2,
      wallMs: 60,
      cpuMs: 53,
      injectMs: 20,
      compileMs: 8,
    });
  });

  it('counts the injection alone without samples, and nothing without the script', () => {
    const withoutSamples = events.filter((e) => !e.name.startsWith('Profile'));
    expect(contentScriptCost(withoutSamples, SCRIPT)).toMatchObject({ tasks: 1, wallMs: 20 });
    expect(contentScriptCost(events, '/content-scripts/other.js')).toBeNull();
  });
});
