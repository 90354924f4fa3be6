// Builds the examples the usage tests load (run after `npm run build`): `npm run build:examples`.
// Each imports the package by its name, which esbuild resolves to this package through its own
// package.json "exports" (a package may import itself by name), so they use dist/ exactly as an
// app that installed it would.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The example apps: entry and output, relative to the root. */
export const examples = [
  { entry: 'examples/npm-app/main.ts', outfile: 'examples/npm-app/dist/main.js' },
  { entry: 'examples/react/app.tsx', outfile: 'examples/react/dist/app.js' },
];

/** Builds every example; resolves to the esbuild results. */
export function buildExamples() {
  return Promise.all(
    examples.map(({ entry, outfile }) =>
      build({
        absWorkingDir: root,
        entryPoints: [entry],
        outfile,
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        sourcemap: true,
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning',
        metafile: true,
      }),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await buildExamples();
  results.forEach((result, i) => {
    const inputs = Object.keys(result.metafile.inputs);
    const own = inputs.filter((f) => f.startsWith('dist/'));
    if (own.length === 0) throw new Error(`${examples[i].entry} did not resolve 'event-timeline' to dist/`);
    const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
    console.log(`${examples[i].outfile}: ${(bytes / 1024).toFixed(1)} KiB, ${own.length} modules from dist/`);
  });
}
