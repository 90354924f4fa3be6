// Builds the drop-in bundle with the project's own rollup.config.mjs (minus its size-budget
// check, so an over-budget bundle can still be measured and benchmarked) into a private copy,
// bench-results/event-timeline.js, and measures it gzipped at level 9 as the budget check does:
// JavaScript with the CSS inside it. The shared bundle/ folder is left alone, so a rebuild there
// during a run cannot break the benchmark page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export { BUDGET_KIB } from '../scripts/budget.mjs';
import { BUDGET_KIB } from '../scripts/budget.mjs';
/** Where the benchmark page loads the bundle from (relative to the repository root). */
export const BENCH_COPY = 'bench-results/event-timeline.js';
const root = fileURLToPath(new URL('..', import.meta.url));

/** @returns {Promise<{ ok: boolean, gzipKiB?: number, minKiB?: number, line?: string, error?: string }>} */
export async function buildBundle() {
  const cwd = process.cwd();
  try {
    process.chdir(root);
    const { rollup } = await import('rollup');
    const { default: configs } = await import(`${root}rollup.config.mjs`);
    // The first build is the drop-in bundle (the others are its language modules).
    const config = Array.isArray(configs) ? configs[0] : configs;
    const build = await rollup({ ...config, plugins: config.plugins.filter((p) => p && p.name !== 'size-budget'), onwarn: () => {} });
    const { output } = await build.generate({ ...config.output, file: undefined, dir: undefined, sourcemap: false });
    await build.close();
    const code = output[0].code;
    mkdirSync(`${root}bench-results`, { recursive: true });
    writeFileSync(`${root}${BENCH_COPY}`, code);
    const gzipKiB = gzipSync(code, { level: 9 }).length / 1024;
    const minKiB = Buffer.byteLength(code) / 1024;
    return { ok: true, gzipKiB, minKiB, line: `${minKiB.toFixed(1)} KiB minified, ${gzipKiB.toFixed(1)} KiB gzip (budget ${BUDGET_KIB} KiB)` };
  } catch (e) {
    return { ok: false, error: String(e?.message ?? e).split('\n')[0] };
  } finally {
    process.chdir(cwd);
  }
}
