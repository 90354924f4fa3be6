// Renders the benchmark's results as Markdown: the main table, ratios, targets, and details.
import os from 'node:os';
import { percentile } from './trace.mjs';
import { BUDGET_KIB } from './bundle-size.mjs';

const COLUMNS = [
  ['panApi', 'pan API'],
  ['zoomApi', 'zoom API'],
  ['wheel', 'wheel'],
  ['drag', 'drag'],
];

/** Per-step ms of a column (the wheel column joins wheel pan and wheel zoom). */
function stepsOf(r, key) {
  if (!r.scenarios) return null;
  if (key === 'wheel') {
    const a = r.scenarios.wheelPan;
    const b = r.scenarios.wheelZoom;
    return { total: [...a.total, ...b.total], wall: [...a.wall, ...b.wall], steps: a.steps + b.steps, planned: a.planned + b.planned };
  }
  return r.scenarios[key];
}

const ms = (v) => (Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const num = (v) => v.toLocaleString('en-US');
const label = { ours: '`<event-timeline>`', vis: 'vis-timeline 8.5.4' };

function row(r) {
  if (r.error) return `| ${num(r.count)} | ${label[r.lib]} | failed: ${r.error.replace(/\|/g, '/')} | — | — | — | — | — | — |`;
  if (r.timedOut) return `| ${num(r.count)} | ${label[r.lib]} | did not mount within 30 s | — | — | — | — | — | — |`;
  const cells = COLUMNS.map(([key]) => {
    const s = stepsOf(r, key);
    if (!s) return '—';
    const cut = s.steps < s.planned ? ` (${s.steps} of ${s.planned} steps)` : '';
    return `${ms(percentile(s.total, 50))} / ${ms(percentile(s.total, 95))}${cut}`;
  });
  return `| ${num(r.count)} | ${label[r.lib]} | ${ms(r.mount.ms)} | ${num(r.nodes)} | ${r.heapMB.toFixed(1)} | ${cells.join(' | ')} |`;
}

const ratio = (v, o) => (o > 0 && Number.isFinite(v / o) ? `×${(v / o).toFixed(v / o < 10 ? 1 : 0)}` : '—');

function ratioRow(vis, ours) {
  if (!vis || !ours || ours.timedOut || ours.error || vis.error) return null;
  if (vis.timedOut) return `| ${num(ours.count)} | vis / ours | > ×${(30_000 / ours.mount.ms).toFixed(0)} | — | — | — | — | — | — |`;
  const cells = COLUMNS.map(([key]) => {
    const a = stepsOf(vis, key).total;
    const b = stepsOf(ours, key).total;
    return `${ratio(percentile(a, 50), percentile(b, 50))} / ${ratio(percentile(a, 95), percentile(b, 95))}`;
  });
  return `| ${num(ours.count)} | vis / ours | ${ratio(vis.mount.ms, ours.mount.ms)} | ${ratio(vis.nodes, ours.nodes)} | ${ratio(vis.heapMB, ours.heapMB)} | ${cells.join(' | ')} |`;
}

function targets(results, bundle) {
  const ours = (n) => results.find((r) => r.lib === 'ours' && r.count === n && r.mount);
  const lines = [];
  const check = (ok, text) => lines.push(`- ${ok ? '✓' : '✗'} ${text}`);
  const o10 = ours(10_000);
  const o100 = ours(100_000);
  if (o10) check(o10.mount.ms <= 100, `mount 10,000 ≤ 100 ms: ${ms(o10.mount.ms)} ms`);
  if (o100) check(o100.mount.ms <= 1000, `mount 100,000 ≤ 1 s: ${ms(o100.mount.ms)} ms`);
  if (o100) {
    for (const [key, name] of COLUMNS) {
      const p95 = percentile(stepsOf(o100, key).total, 95);
      check(p95 <= 8, `${name} p95 at 100,000 ≤ 8 ms: ${ms(p95)} ms`);
    }
  }
  const oursAll = results.filter((r) => r.lib === 'ours' && r.mount);
  if (oursAll.length) {
    const most = Math.max(...oursAll.map((r) => r.nodes));
    check(most <= 2000, `DOM ≤ 2,000 nodes at every size: at most ${num(most)}`);
  }
  if (o100) check(o100.heapMB <= 60, `heap growth at 100,000 ≤ 60 MB: ${o100.heapMB.toFixed(1)} MB`);
  if (bundle) {
    if (bundle.ok) check(bundle.gzipKiB <= BUDGET_KIB, `bundle ≤ ${BUDGET_KIB} KiB gzip: ${bundle.gzipKiB.toFixed(1)} KiB (${bundle.minKiB.toFixed(1)} KiB minified)${bundle.gzipKiB > BUDGET_KIB ? '; `npm run build` fails its budget check' : ''}`);
    else check(false, `bundle ≤ ${BUDGET_KIB} KiB gzip: the build failed (${bundle.error})`);
  }
  if (!o10 || !o100) lines.push('- (targets at sizes not run are not checked)');
  return lines;
}

function details(results) {
  const lines = [
    '| size | library | scenario | steps | p50 | p95 | max | mean: style / layout / paint / GC / script+other | wall per step p50 / p95 / max |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    if (!r.scenarios) continue;
    for (const [key, s] of Object.entries(r.scenarios)) {
      const n = s.total.length || 1;
      const mean = (xs) => xs.reduce((a, b) => a + b, 0) / n;
      const [style, layout, paint, gc] = ['style', 'layout', 'paint', 'gc'].map((k) => mean(s.phases[k]));
      const rest = mean(s.total) - style - layout - paint - gc;
      lines.push(
        `| ${num(r.count)} | ${r.lib} | ${key} | ${s.steps} | ${ms(percentile(s.total, 50))} | ${ms(percentile(s.total, 95))} | ${ms(Math.max(...s.total))} | ${[style, layout, paint, gc, rest].map(ms).join(' / ')} | ${ms(percentile(s.wall, 50))} / ${ms(percentile(s.wall, 95))} / ${ms(Math.max(...s.wall))} |`,
      );
    }
  }
  return lines;
}

/** The whole report. */
export function renderReport({ results, bundle, from, steps, chrome, command, seconds, loadAtStart }) {
  const load = [loadAtStart, os.loadavg()[0]];
  const bySize = [...new Set(results.map((r) => r.count))];
  const table = [
    '| events | library | mount ms | DOM nodes | heap MB | pan API p50 / p95 ms | zoom API p50 / p95 ms | wheel p50 / p95 ms | drag p50 / p95 ms |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const n of bySize) {
    const ours = results.find((r) => r.count === n && r.lib === 'ours');
    const vis = results.find((r) => r.count === n && r.lib === 'vis');
    if (ours) table.push(row(ours));
    if (vis) table.push(row(vis));
    const rr = ratioRow(vis, ours);
    if (rr) table.push(rr);
  }
  const floor = results.find((r) => r.floor)?.floor;
  const wheelSpans = results.filter((r) => r.wheelZoomSpan).map((r) => `${r.lib} ${num(r.count)}: ×${r.wheelZoomSpan.toPrecision(2)}`);
  const cpu = os.cpus();
  return [
    '## Benchmark',
    '',
    `\`${command}\` — ${new Date().toISOString().slice(0, 10)}, ${chrome} headless, ${cpu.length} × ${cpu[0]?.model?.trim() ?? 'CPU'}, Node ${process.version}; ${steps} steps per scenario; run took ${seconds.toFixed(0)} s; 1-minute load average ${load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end${Math.max(...load) > cpu.length ? ' (other work shared the CPUs: numbers are noisy)' : ''}.`,
    `Ours is served from ${from === 'bundle' ? 'the minified drop-in bundle (built from rollup.config.mjs)' : 'source (the bundle did not build)'}; vis-timeline from \`vis-timeline/standalone/umd/vis-timeline-graph2d.min.js\` with its defaults (stacking, current-time bar), 6 groups, height 800 px, Ctrl + wheel to zoom.`,
    'Documents: `syntheticTimeline({ count, seed: 1 })`, a third ranges, 20 years, six lanes. Main-thread ms per step = top-level task time on the renderer main thread between trace marks placed two painted frames after each step (input, script, style, layout, paint, commit, timers, GC).',
    '',
    ...table,
    '',
    '### Targets (ours)',
    '',
    ...targets(results, bundle),
    '',
    '### Details',
    '',
    'All times in ms. Wall per step: the step\'s dispatch and the two frames after it, wall-clock (about 35–50 ms when every frame comes on time); a large wall time with a small main-thread time means frames waited on raster or compositing.',
    floor ? `Harness floor (an empty step: two idle frames and a mark): p50 ${ms(percentile(floor, 50))} ms, p95 ${ms(percentile(floor, 95))} ms.` : '',
    wheelSpans.length ? `Span after half the wheel-zoom steps, relative to the start view (how far each library zooms per notch): ${wheelSpans.join(', ')}.` : '',
    '',
    ...details(results),
    '',
  ].join('\n');
}
