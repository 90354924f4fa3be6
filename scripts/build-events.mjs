// Generates the JSON copies of the typed event modules in `events/` (`npm run build:events`).
//
//   node scripts/build-events.mjs          writes the files
//   node scripts/build-events.mjs --check  exits 1 when a committed file is stale
//
// `expectedFiles()` and `eventChecks` are exported for `scripts/check-generated.mjs`.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each generated file: the TypeScript module, the export to serialise, the JSON path. */
const targets = [
  {
    module: 'events/tiktok-2020.ts',
    exportName: 'tiktok2020',
    path: 'events/tiktok-2020.json',
    schema: '../schema/timeline.schema.json',
  },
];

/**
 * Loads a TypeScript module: esbuild bundles it (types stripped, imports inlined) to one
 * ES module in memory, which is imported from a data: URL.
 * @param {string} file path relative to the repository root
 * @returns {Promise<Record<string, unknown>>}
 */
async function importTypeScript(file) {
  const result = await build({
    entryPoints: [path.join(root, file)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * The generated files as they should be on disk: pretty-printed JSON, `$schema` first,
 * a trailing newline.
 * @returns {Promise<Array<{ path: string, contents: string }>>} paths relative to the repository root
 */
export async function expectedFiles() {
  const files = [];
  for (const target of targets) {
    const mod = await importTypeScript(target.module);
    const document = mod[target.exportName];
    if (document === undefined) throw new Error(`${target.module} does not export ${target.exportName}`);
    const withSchema = { $schema: target.schema, ...document };
    files.push({ path: target.path, contents: `${JSON.stringify(withSchema, null, 2)}\n` });
  }
  return files;
}

/**
 * The generated files in the shape `scripts/check-generated.mjs` takes:
 * `{ file, generate: async () => contents, fix }`.
 */
export const eventChecks = targets.map((target) => ({
  file: target.path,
  generate: async () => (await expectedFiles()).find((f) => f.path === target.path).contents,
  fix: 'npm run build:events',
}));

/**
 * The generated files whose committed contents differ from what the modules produce.
 * @returns {Promise<string[]>} paths relative to the repository root
 */
export async function staleFiles() {
  const stale = [];
  for (const file of await expectedFiles()) {
    const current = await readFile(path.join(root, file.path), 'utf8').catch(() => null);
    if (current !== file.contents) stale.push(file.path);
  }
  return stale;
}

async function main() {
  if (process.argv.includes('--check')) {
    const stale = await staleFiles();
    for (const file of stale) console.error(`${file} is stale: run npm run build:events`);
    process.exitCode = stale.length > 0 ? 1 : 0;
    return;
  }
  for (const file of await expectedFiles()) {
    await writeFile(path.join(root, file.path), file.contents);
    console.log(`wrote ${file.path}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
