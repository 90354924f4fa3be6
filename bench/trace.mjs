// Main-thread time per step from a Chromium trace.
//
// The runner leaves a `performance.mark('step-i')` before each step and one after the last step
// has settled. Step i's window is [step-i, step-(i+1)). Its main-thread time is the time the
// renderer's main thread spent in top-level tasks inside that window: the input event's
// dispatch, script, style, layout, paint and commit of the frames it causes, timers it set and
// garbage collection. Raster and compositing on other threads are not counted. Tasks are taken
// as a union of intervals and clipped to the window, so nested or straddling events never count
// twice. The same code measures both libraries.

/** Top-level task events (the name differs between Chromium versions). */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask']);

/** Rendering phases, for a breakdown of where the time goes. Whatever is left is script and other. */
const PHASES = {
  style: new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation']),
  layout: new Set(['Layout']),
  paint: new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'PaintImage']),
  gc: new Set(['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'BlinkGC.AtomicPhaseMarking', 'V8.GCCompactor']),
};

/** Merges [start, end) intervals (µs) into a sorted, disjoint list. */
function union(intervals) {
  intervals.sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [s, e] of intervals) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Total length of `intervals` (sorted, disjoint) inside [a, b), µs. */
function clipped(intervals, a, b) {
  let sum = 0;
  for (const [s, e] of intervals) {
    if (e <= a) continue;
    if (s >= b) break;
    sum += Math.min(e, b) - Math.max(s, a);
  }
  return sum;
}

/**
 * Per-step main-thread milliseconds from a trace (the JSON `page.tracing.stop()` returns).
 * @param {Uint8Array|string} traceData
 * @param {number} steps how many steps were run (marks step-0 … step-steps)
 * `wall` is each window's wall-clock length: the step's dispatch and the two frames after it
 * (about 35–50 ms when frames come on time). A step whose frames wait on raster or compositing
 * shows there while its main-thread time stays low.
 * @returns {{ total: number[], wall: number[], phases: Record<string, number[]> }}
 */
export function stepTimes(traceData, steps) {
  const json = JSON.parse(typeof traceData === 'string' ? traceData : Buffer.from(traceData).toString('utf8'));
  const events = Array.isArray(json) ? json : json.traceEvents;
  const marks = new Map();
  for (const e of events) {
    if (typeof e.name === 'string' && /^step-\d+$/.test(e.name) && String(e.cat).includes('user_timing') && !marks.has(e.name)) {
      marks.set(e.name, e);
    }
  }
  const first = marks.get('step-0');
  if (!first) throw new Error('trace has no step marks (is blink.user_timing traced?)');
  const { pid, tid } = first;
  const tasks = [];
  const phaseIntervals = Object.fromEntries(Object.keys(PHASES).map((k) => [k, []]));
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || !e.dur) continue;
    const span = [e.ts, e.ts + e.dur];
    if (TASKS.has(e.name)) tasks.push(span);
    for (const [phase, names] of Object.entries(PHASES)) if (names.has(e.name)) phaseIntervals[phase].push(span);
  }
  const taskUnion = union(tasks);
  const phaseUnion = Object.fromEntries(Object.entries(phaseIntervals).map(([k, v]) => [k, union(v)]));
  const total = [];
  const wall = [];
  const phases = Object.fromEntries(Object.keys(PHASES).map((k) => [k, []]));
  for (let i = 0; i < steps; i++) {
    const a = marks.get(`step-${i}`)?.ts;
    const b = marks.get(`step-${i + 1}`)?.ts;
    if (a === undefined || b === undefined) break;
    total.push(clipped(taskUnion, a, b) / 1000);
    wall.push((b - a) / 1000);
    for (const k of Object.keys(PHASES)) phases[k].push(clipped(phaseUnion[k], a, b) / 1000);
  }
  return { total, wall, phases };
}

/**
 * The longest top-level task on the renderer main thread that overlaps the window between two
 * trace marks (the thread the first mark was left on), ms, whole (not clipped to the window: the
 * task that creates the component starts a moment before its mark). Nested task events are
 * merged into the task around them. Also the tasks over 50 ms: when each began (ms after the
 * start mark) and how long it ran.
 * @param {Uint8Array|string} traceData
 * @returns {{ longestMs: number, over50: number, long: { atMs: number, ms: number }[] } | null}
 *   null when the marks are missing
 */
export function longestTask(traceData, startMark, endMark) {
  const json = JSON.parse(typeof traceData === 'string' ? traceData : Buffer.from(traceData).toString('utf8'));
  const events = Array.isArray(json) ? json : json.traceEvents;
  const mark = (name) => events.find((e) => e.name === name && String(e.cat).includes('user_timing'));
  const a = mark(startMark);
  const b = mark(endMark);
  if (!a || !b) return null;
  const tasks = events
    .filter((e) => e.pid === a.pid && e.tid === a.tid && e.ph === 'X' && e.dur && TASKS.has(e.name))
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const [s, e] of tasks) {
    const last = merged[merged.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const inside = merged.filter(([s, e]) => e > a.ts && s < b.ts).map(([s, e]) => ({ atMs: (s - a.ts) / 1000, ms: (e - s) / 1000 }));
  const long = inside.filter((t) => t.ms > 50);
  return { longestMs: Math.max(0, ...inside.map((t) => t.ms)), over50: long.length, long };
}

/** Categories to trace during a mount: top-level tasks and the load marks only (cheap). */
export const LOAD_TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/** The p-th percentile (0–100) of `values`, nearest-rank; NaN when empty. */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Categories to trace: top-level tasks, user timing marks and the rendering phases. */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline'];
