// Checks what `npm pack` would publish (run after `npm run build`): `npm run check:pack`.
// - every file that package.json's exports, main, module, types and customElements name is packed;
// - every module reachable from the exported entry points imports only packed files or the
//   package's own dependencies, and the drop-in bundle imports nothing at all;
// - nothing from the sources, tests, demo, data, examples, benchmarks or scripts is packed.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const FORBIDDEN = /^(src|tests|demo|events|examples|bench|bench-results|scripts|screenshots|node_modules|\.cache|\.ci)\//;
const REQUIRED = ['package.json', 'README.md', 'LICENSE'];

/** The file paths in the tarball `npm pack` would make. */
export async function packedFiles() {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, maxBuffer: 64 << 20 });
  return new Set(JSON.parse(stdout)[0].files.map((f) => f.path));
}

/** Every file path package.json names (exports, conditions included; main; module; types; customElements). */
export function namedFiles(pkg) {
  const found = [];
  const walk = (target) => {
    if (typeof target === 'string') found.push(target.replace(/^\.\//, ''));
    else if (target && typeof target === 'object') Object.values(target).forEach(walk);
  };
  walk(pkg.exports);
  for (const field of ['main', 'module', 'types', 'customElements']) walk(pkg[field]);
  return [...new Set(found)];
}

/**
 * Follows the imports of the given packed JavaScript files with esbuild. Returns relative imports
 * that land outside the tarball and bare imports (package names) with the file importing them.
 */
async function imports(entryPoints, packed) {
  const bare = [];
  const unpacked = [];
  const broken = [];
  await build({
    entryPoints: entryPoints.map((f) => `${root}${f}`),
    bundle: true,
    write: false,
    outdir: `${root}.cache/check-pack`,
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'watch-imports',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            bare.push({ from: relative(root, args.importer), name: args.path });
            return { path: args.path, external: true };
          });
          b.onLoad({ filter: /\.js$/ }, async (args) => {
            const file = relative(root, args.path);
            if (!packed.has(file)) unpacked.push(file);
            return { contents: await readFile(args.path, 'utf8'), loader: 'js' };
          });
        },
      },
    ],
  }).catch((error) => {
    for (const e of error.errors ?? [error]) broken.push(e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : String(e.text ?? e));
  });
  return { bare, unpacked, broken };
}

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Every problem with the tarball, as messages (empty when it is right). */
export async function checkPack() {
  const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
  const packed = await packedFiles();
  const problems = [];
  for (const file of [...namedFiles(pkg), ...REQUIRED]) {
    if (!packed.has(file)) problems.push(`${file} is named by package.json (or required) but not packed (did \`npm run build\` run?)`);
  }
  for (const file of packed) {
    if (FORBIDDEN.test(file)) problems.push(`${file} is packed but is not part of the package`);
    if (file.endsWith('.js') && file.startsWith('dist/') && !packed.has(file.replace(/\.js$/, '.d.ts'))) problems.push(`${file} has no type declarations`);
  }
  const jsEntries = namedFiles(pkg).filter((f) => f.endsWith('.js') && packed.has(f));
  const library = jsEntries.filter((f) => !f.startsWith('bundle/'));
  const dist = await imports(library, packed);
  const dependencies = new Set(Object.keys(pkg.dependencies ?? {}));
  for (const { from, name } of dist.bare) {
    if (!dependencies.has(packageName(name))) problems.push(`${from} imports "${name}", which is not a dependency`);
  }
  for (const file of dist.unpacked) problems.push(`${file} is imported by an exported module but not packed`);
  for (const message of [...dist.broken]) problems.push(`an import does not resolve: ${message}`);
  const bundles = jsEntries.filter((f) => f.startsWith('bundle/'));
  if (bundles.length === 0) problems.push('no bundle/ file is exported');
  const drop = await imports(bundles, packed);
  for (const { from, name } of drop.bare) problems.push(`${from} imports "${name}": the drop-in bundle must be self-contained`);
  if (drop.unpacked.length > 0) problems.push(`the bundle imports files: ${drop.unpacked.join(', ')}`);
  for (const message of drop.broken) problems.push(`the bundle does not load: ${message}`);
  return { problems, packed, pkg };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, packed } = await checkPack();
  for (const message of problems) console.error(`check-pack: ${message}`);
  if (problems.length > 0) process.exit(1);
  console.log(`check-pack: ${packed.size} files packed; every export is present, imports resolve, nothing extra.`);
}
