// Checks what `npm pack` publishes, the way a release makes it: `npm run check:pack`.
// It copies the repository as a fresh clone has it (the files git tracks and the new files it does
// not ignore; no dist/, no bundle/), runs the real `npm pack` there (its `prepack` builds), unpacks
// the tarball and checks it:
// - every file that package.json's exports, main, module, types, customElements, web-types,
//   unpkg and jsdelivr name is packed, and so are README.md, LICENSE and CHANGELOG.md;
// - every module reachable from the exported entry points imports only packed files or the
//   package's own dependencies, and the drop-in bundle imports nothing at all;
// - every package a packed type declaration (`.d.ts`) imports is a dependency that has types of
//   its own or whose `@types/` package is a dependency too: an app installs only `dependencies`,
//   and a package reached only through another (lit-html through lit) is not there under pnpm's
//   strict layout;
// - every `sourceMappingURL` names a packed map, and every packed map carries the sources it
//   names or none at all (the bundle's map has positions only);
// - every CDN URL of the package in the README names a packed file (a URL of the package itself
//   reaches the bundle through the `unpkg` and `jsdelivr` fields) and, when versioned, this version;
// - nothing from the sources, tests, demo, data, examples, benchmarks or scripts is packed.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const FORBIDDEN = /^(src|tests|demo|events|examples|bench|bench-results|scripts|screenshots|node_modules|\.cache|\.ci)\//;
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/** Every file path package.json names (exports, conditions included; main; module; types; customElements; web-types; unpkg; jsdelivr). */
export function namedFiles(pkg) {
  const found = [];
  const walk = (target) => {
    if (typeof target === 'string') found.push(target.replace(/^\.\//, ''));
    else if (target && typeof target === 'object') Object.values(target).forEach(walk);
  };
  walk(pkg.exports);
  for (const field of ['main', 'module', 'types', 'customElements', 'web-types', 'unpkg', 'jsdelivr']) walk(pkg[field]);
  return [...new Set(found)];
}

/**
 * Follows the imports of the given JavaScript files of the package in `dir` with esbuild.
 * Returns bare imports (package names) with the file importing them, imported files that are not
 * in `packed`, and imports that do not resolve.
 */
async function imports(dir, entryPoints, packed) {
  const bare = [];
  const unpacked = [];
  const broken = [];
  await build({
    entryPoints: entryPoints.map((f) => join(dir, f)),
    bundle: true,
    write: false,
    outdir: join(dir, '.check-pack-out'),
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'watch-imports',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            bare.push({ from: relative(dir, args.importer), name: args.path });
            return { path: args.path, external: true };
          });
          b.onLoad({ filter: /\.js$/ }, async (args) => {
            const file = relative(dir, args.path);
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

/** Source map problems: comments naming maps that are not packed, maps missing some sources. */
async function sourceMapProblems(dir, packed) {
  const problems = [];
  for (const file of packed) {
    if (/\.(js|d\.ts)$/.test(file)) {
      const text = await readFile(join(dir, file), 'utf8');
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
      if (url && !url.startsWith('data:') && !packed.has(join(dirname(file), url))) problems.push(`${file} names the source map ${url}, which is not packed`);
    }
    if (file.endsWith('.map')) {
      const map = JSON.parse(await readFile(join(dir, file), 'utf8'));
      const content = map.sourcesContent ?? [];
      if (content.length > 0 && (content.length !== map.sources.length || content.some((c) => typeof c !== 'string'))) {
        problems.push(`${file} carries the content of only some of its sources`);
      }
    }
  }
  return problems;
}

/** CDN URLs of this package in the packed README that would not serve what the README says. */
async function readmeCdnProblems(dir, packed, pkg) {
  const readme = await readFile(join(dir, 'README.md'), 'utf8');
  const problems = [];
  const urls = /https:\/\/(cdn\.jsdelivr\.net\/npm|unpkg\.com)\/event-timeline(?:@([\w.-]+))?(\/[^\s"'<>)\]`]*)?/g;
  for (const [url, cdn, version, path] of readme.matchAll(urls)) {
    if (version !== undefined && version !== pkg.version) problems.push(`README names ${url}, but the version is ${pkg.version}`);
    const file = path ? path.slice(1) : (pkg[cdn === 'unpkg.com' ? 'unpkg' : 'jsdelivr'] ?? pkg.main ?? '').replace(/^\.\//, '');
    if (!packed.has(file)) problems.push(`README names ${url}, which would serve ${file || 'nothing'}: not packed`);
    else if (!path && !file.startsWith('bundle/')) problems.push(`README names ${url}, which serves ${file}, not the self-contained bundle`);
  }
  return problems;
}

/**
 * The packages that packed `.d.ts` files import (`from 'x'`, `import('x')`) but an app would not
 * have types for: not a dependency, or a dependency without types of its own or an `@types/`
 * dependency. Whether a package has its own types is read from its installed package.json.
 */
export async function typeImportProblems(dir, packed, pkg) {
  // A peer (React's types for the JSX file, optional) is the app's own: it has it when it uses it.
  const dependencies = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const problems = new Set();
  const typed = new Map();
  const hasOwnTypes = async (name) => {
    if (!typed.has(name)) {
      const manifest = await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8').then(JSON.parse, () => ({}));
      typed.set(name, Boolean(manifest.types || manifest.typings || JSON.stringify(manifest.exports ?? {}).includes('"types"')));
    }
    return typed.get(name);
  };
  for (const file of [...packed].filter((f) => f.endsWith('.d.ts'))) {
    const text = await readFile(join(dir, file), 'utf8');
    for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"]([^'"./][^'"]*)['"]/g)) {
      const name = packageName(specifier);
      // `@scope/name`'s types are `@types/scope__name`.
      const types = `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
      if (name === pkg.name || dependencies.has(types)) continue;
      if (!dependencies.has(name)) problems.add(`${file} imports types from "${specifier}", but "${name}" is not a dependency (an app may not have it)`);
      else if (!(await hasOwnTypes(name))) problems.add(`${file} imports types from "${name}", which has none of its own, and "${types}" is not a dependency`);
    }
  }
  return [...problems];
}

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Every problem with the package unpacked in `dir` whose files are `packed`, as messages (empty when it is right). */
export async function checkPackage(dir, packed) {
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const problems = [];
  for (const file of [...namedFiles(pkg), ...REQUIRED]) {
    if (!packed.has(file)) problems.push(`${file} is named by package.json (or required) but not packed`);
  }
  for (const file of packed) {
    if (FORBIDDEN.test(file)) problems.push(`${file} is packed but is not part of the package`);
    if (file.endsWith('.js') && file.startsWith('dist/') && !packed.has(file.replace(/\.js$/, '.d.ts'))) problems.push(`${file} has no type declarations`);
  }
  const jsEntries = namedFiles(pkg).filter((f) => f.endsWith('.js') && packed.has(f));
  const library = jsEntries.filter((f) => !f.startsWith('bundle/'));
  const dist = await imports(dir, library, packed);
  const dependencies = new Set(Object.keys(pkg.dependencies ?? {}));
  for (const { from, name } of dist.bare) {
    if (!dependencies.has(packageName(name))) problems.push(`${from} imports "${name}", which is not a dependency`);
  }
  for (const file of dist.unpacked) problems.push(`${file} is imported by an exported module but not packed`);
  for (const message of dist.broken) problems.push(`an import does not resolve: ${message}`);
  problems.push(...(await typeImportProblems(dir, packed, pkg)));
  const bundles = jsEntries.filter((f) => f.startsWith('bundle/'));
  if (bundles.length === 0) problems.push('no bundle/ file is exported');
  const drop = await imports(dir, bundles, packed);
  for (const { from, name } of drop.bare) problems.push(`${from} imports "${name}": the drop-in bundle must be self-contained`);
  if (drop.unpacked.length > 0) problems.push(`the bundle imports files: ${drop.unpacked.join(', ')}`);
  for (const message of drop.broken) problems.push(`the bundle does not load: ${message}`);
  problems.push(...(await sourceMapProblems(dir, packed)));
  problems.push(...(await readmeCdnProblems(dir, packed, pkg)));
  return problems;
}

/** The files a fresh clone of the repository has: tracked, or new and not ignored. */
async function cloneFiles() {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 64 << 20 });
  return stdout.split('\0').filter(Boolean);
}

async function filesUnder(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(dir, path)));
    else out.push(path);
  }
  return out;
}

/**
 * Packs a fresh copy of the repository with the real `npm pack` (running `prepack`) and checks
 * the tarball. Returns the problems and the packed file list.
 */
export async function checkFreshPack() {
  const work = await mkdtemp(join(tmpdir(), 'event-timeline-pack-'));
  try {
    const clone = join(work, 'clone');
    for (const file of await cloneFiles()) {
      await mkdir(dirname(join(clone, file)), { recursive: true });
      await cp(join(root, file), join(clone, file)).catch((error) => {
        if (error.code !== 'ENOENT') throw error; // deleted in the working tree, not yet in git
      });
    }
    // The dependencies as `npm install` would have put them (reused, not downloaded again).
    await symlink(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    await run('npm', ['pack', '--pack-destination', work], { cwd: clone, maxBuffer: 64 << 20 });
    const pkg = JSON.parse(await readFile(join(clone, 'package.json'), 'utf8'));
    const tarball = join(work, `${pkg.name}-${pkg.version}.tgz`);
    await run('tar', ['-xzf', tarball, '-C', work]);
    const dir = join(work, 'package');
    const packed = new Set(await filesUnder(dir));
    return { problems: await checkPackage(dir, packed), packed };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, packed } = await checkFreshPack();
  for (const message of problems) console.error(`check-pack: ${message}`);
  if (problems.length > 0) process.exit(1);
  const count = (prefix) => [...packed].filter((f) => f.startsWith(prefix)).length;
  console.log(
    `check-pack: npm pack of a fresh clone (prepack builds) has ${packed.size} files (${count('dist/')} in dist/, ${count('bundle/')} in bundle/); ` +
      'every export is present, imports resolve, source maps are whole, nothing extra.',
  );
}
