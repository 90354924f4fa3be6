// Compiles every TypeScript and TSX block of the README against the built package, as the places
// people paste them would (run after `npm run build`): `npm run check:readme`.
//
// Each block is one module in a consumer project under .cache/readme-code/, where
// node_modules/event-timeline is this package:
// - `ts` blocks in a project set up like Vite's vanilla-ts template (strict, noUnusedLocals,
//   noUnusedParameters, bundler resolution), and again under the old `node10` resolution;
// - `ts` blocks that import `node:` modules in a Node project (nodenext, @types/node);
// - `tsx` blocks in a project set up like Vite's react-ts template (React 19), with the JSX type
//   tests of tests/types/*.tsx.
// `json` blocks must parse. A `js` block fails the check: write it as `ts`, so that it is compiled.
// Errors are reported at their README line.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.cache/readme-code');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** The fenced code blocks of a Markdown text: language, code (indentation of the fence removed), and the line its code starts on. */
export function codeBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, lang] = open;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end++;
    const code = lines.slice(start, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    blocks.push({ lang, code: `${code.join('\n')}\n`, line: start + 1 });
    i = end;
  }
  return blocks;
}

/** Vite's vanilla-ts template's compiler options (create-vite 7), without Vite's own types. */
const VITE = {
  target: 'ES2022',
  useDefineForClassFields: true,
  module: 'ESNext',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
  skipLibCheck: true,
  moduleResolution: 'bundler',
  allowImportingTsExtensions: true,
  verbatimModuleSyntax: true,
  moduleDetection: 'force',
  noEmit: true,
  strict: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  erasableSyntaxOnly: true,
  noFallthroughCasesInSwitch: true,
  noUncheckedSideEffectImports: true,
};

/** The projects: which files each compiles, with which options. */
function projects(files) {
  const browserTs = files.filter((f) => f.endsWith('.ts') && !f.includes('-node-'));
  const tsx = files.filter((f) => f.endsWith('.tsx'));
  return [
    { name: 'TypeScript (Vite vanilla-ts)', config: 'tsconfig.vite.json', options: VITE, files: browserTs },
    { name: 'React 19 (Vite react-ts)', config: 'tsconfig.react.json', options: { ...VITE, jsx: 'react-jsx' }, files: tsx },
    {
      name: 'TypeScript with moduleResolution node10',
      config: 'tsconfig.node10.json',
      options: { ...VITE, module: 'ES2022', moduleResolution: 'node10', allowImportingTsExtensions: false, jsx: 'react-jsx' },
      files: [...browserTs, ...tsx],
    },
    {
      name: 'Node (nodenext)',
      config: 'tsconfig.node.json',
      options: { ...VITE, module: 'nodenext', moduleResolution: 'nodenext', lib: ['ES2023'], types: ['node'], noUncheckedSideEffectImports: true },
      files: files.filter((f) => f.includes('-node-')),
    },
  ].filter((p) => p.files.length > 0);
}

/** Writes the consumer project; returns the files, each with the README line its code starts on (or its source). */
async function writeProject(readme) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  await symlink(root, join(dir, 'node_modules/event-timeline'), 'dir');
  await writeFile(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  const origin = new Map();
  const problems = [];
  for (const block of codeBlocks(readme)) {
    if (block.lang === 'js' || block.lang === 'javascript' || block.lang === 'jsx') {
      problems.push(`README.md:${block.line}: a \`${block.lang}\` block is not compiled; write it as \`ts\` or \`tsx\``);
    } else if (block.lang === 'json') {
      try {
        JSON.parse(block.code);
      } catch (error) {
        problems.push(`README.md:${block.line}: the json block does not parse (${error.message})`);
      }
    } else if (['ts', 'typescript', 'tsx'].includes(block.lang)) {
      const node = /from ['"]node:/.test(block.code) ? '-node' : '';
      const file = `readme${node}-${block.line}.${block.lang === 'tsx' ? 'tsx' : 'ts'}`;
      await writeFile(join(dir, file), block.code);
      origin.set(file, (line) => `README.md:${block.line + line - 1}`);
    }
  }
  for (const name of await readdir(join(root, 'tests/types'))) {
    if (!name.endsWith('.tsx')) continue;
    await copyFile(join(root, 'tests/types', name), join(dir, name));
    origin.set(name, (line) => `tests/types/${name}:${line}`);
  }
  return { origin, problems };
}

/** Compiles each project; returns its errors with README (or test file) lines. */
export async function checkReadmeCode() {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const { origin, problems } = await writeProject(readme);
  const compiled = [];
  for (const project of projects([...origin.keys()])) {
    await writeFile(join(dir, project.config), JSON.stringify({ compilerOptions: project.options, files: project.files }, null, 2));
    compiled.push(`${project.name}: ${project.files.length}`);
    try {
      await promisify(execFile)(process.execPath, [tsc, '-p', project.config], { cwd: dir, maxBuffer: 16 << 20 });
    } catch (error) {
      const lines = String(error.stdout || error.message).split('\n').filter(Boolean);
      for (const line of lines) {
        const at = /^([^(]+)\((\d+),(\d+)\): (.*)$/.exec(line);
        const where = at && origin.get(at[1]);
        problems.push(where ? `${project.name}: ${where(Number(at[2]))}:${at[3]}: ${at[4]}` : `${project.name}: ${line}`);
      }
    }
  }
  return { problems, compiled };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, compiled } = await checkReadmeCode();
  for (const message of problems) console.error(`check-readme: ${message}`);
  if (problems.length > 0) process.exit(1);
  console.log(`check-readme: every TypeScript block of the README compiles (${compiled.join(', ')} files).`);
}
