/**
 * Reads a Chromium trace (Tracing.dataCollected events, with the `toplevel`,
 * `disabled-by-default-devtools.timeline`, `devtools.timeline` and
 * `disabled-by-default-v8.cpu_profiler` categories) for the main-thread cost of one content
 * script: the sum of the renderer's top-level tasks in which the script ran.
 *
 * A task is the script's when it evaluated the script (injection: compile and top-level run)
 * or when a JavaScript sample taken during it has a frame of the script's URL on its stack.
 * The samples are what attribute promise continuations (a storage reply, then extraction):
 * those run in a microtask checkpoint that names no script. A task shared with the page's
 * own microtasks counts whole, so the figure errs high, never low.
 */

/** One trace event, as Chromium reports it (only the fields read here). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface ContentScriptCost {
  /** Top-level tasks the script ran in. */
  tasks: number;
  /** Their wall time, ms: what the page waited for. */
  wallMs: number;
  /** Their main-thread CPU time, ms: the work itself, without time the thread was descheduled. */
  cpuMs: number;
  /** The injection task's wall time, ms (compile and top-level run of the script). */
  injectMs: number;
  /** Compiling the script at injection, ms. */
  compileMs: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** `null` when the trace shows no evaluation of a script whose URL contains `scriptUrl`. */
export function contentScriptCost(
  events: readonly TraceEvent[],
  scriptUrl: string,
): ContentScriptCost | null {
  const urlOf = (e: TraceEvent) => String((e.args?.['data'] as { url?: string } | undefined)?.url);
  const evaluation = events.find(
    (e) => e.name === 'EvaluateScript' && urlOf(e).includes(scriptUrl),
  );
  if (!evaluation) return null;
  const { pid, tid } = evaluation;
  const onThread = (e: TraceEvent) => e.pid === pid && e.tid === tid;
  const tasks = events
    .filter((e) => onThread(e) && e.ph === 'X' && e.name === 'RunTask' && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const within = (task: TraceEvent, ts: number) => ts >= task.ts && ts <= task.ts + task.dur!;
  const ours = new Set<TraceEvent>(tasks.filter((t) => within(t, evaluation.ts)));
  for (const ts of sampleTimes(events, pid, tid, scriptUrl)) {
    const task = tasks.find((t) => within(t, ts));
    if (task) ours.add(task);
  }
  const injection = [...ours].find((t) => within(t, evaluation.ts));
  const compile = events.find(
    (e) => onThread(e) && e.name === 'v8.compile' && urlOf(e).includes(scriptUrl),
  );
  const sum = (f: (t: TraceEvent) => number) => [...ours].reduce((s, t) => s + f(t), 0) / 1000;
  return {
    tasks: ours.size,
    wallMs: sum((t) => t.dur ?? 0),
    cpuMs: sum((t) => t.tdur ?? t.dur ?? 0),
    injectMs: (injection?.dur ?? evaluation.dur ?? 0) / 1000,
    compileMs: (compile?.dur ?? 0) / 1000,
  };
}

/** Times (trace clock, µs) of the thread's CPU samples with a frame of `scriptUrl` on the stack. */
function sampleTimes(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  scriptUrl: string,
): number[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  let ts = Number((profile.args?.['data'] as { startTime?: number } | undefined)?.startTime);
  const nodes = new Map<number, ProfileNode>();
  const times: number[] = [];
  const chunks = events
    .filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)
    .sort((a, b) => a.ts - b.ts);
  const inScript = (id: number): boolean => {
    for (let node = nodes.get(id); node; node = nodes.get(node.parent ?? -1))
      if (node.callFrame.url?.includes(scriptUrl)) return true;
    return false;
  };
  for (const chunk of chunks) {
    const data = chunk.args?.['data'] as ProfileChunkData | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = data?.cpuProfile?.samples ?? [];
    samples.forEach((id, i) => {
      ts += data?.timeDeltas?.[i] ?? 0;
      if (inScript(id)) times.push(ts);
    });
  }
  return times;
}
