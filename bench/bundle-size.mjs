// Builds the drop-in bundle (rollup.config.mjs, which itself fails past the budget) and
// measures bundle/event-timeline.js gzipped at level 9: JavaScript with the CSS inside it.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const BUDGET_KIB = 35;
const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}bundle/event-timeline.js`;

/** @returns {{ ok: boolean, gzipKiB?: number, minKiB?: number, line?: string, error?: string }} */
export function buildBundle() {
  const started = Date.now();
  const run = spawnSync(process.execPath, [`${root}node_modules/rollup/dist/bin/rollup`, '-c', 'rollup.config.mjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) {
    // The budget check reports the size in its error.
    const m = /([\d.]+) KiB minified, ([\d.]+) KiB gzip/.exec(output);
    return {
      ok: false,
      minKiB: m ? Number(m[1]) : undefined,
      gzipKiB: m ? Number(m[2]) : undefined,
      error: output.trim().split('\n').filter(Boolean).slice(-3).join(' '),
    };
  }
  if (statSync(file).mtimeMs < started - 1000) return { ok: false, error: 'rollup did not write bundle/event-timeline.js' };
  const code = readFileSync(file);
  const gzipKiB = gzipSync(code, { level: 9 }).length / 1024;
  const minKiB = code.length / 1024;
  return { ok: true, gzipKiB, minKiB, line: `bundle/event-timeline.js ${minKiB.toFixed(1)} KiB minified, ${gzipKiB.toFixed(1)} KiB gzip` };
}
