// custom-elements.json from the elements' JSDoc (cem analyze with custom-elements-manifest.config.mjs),
// generated into a temporary folder so the committed file can be compared with a fresh one.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MANIFEST = 'custom-elements.json';

/** The exact text `npm run build:manifest` would write. */
export async function generateManifest() {
  // cem joins --outdir to the working directory, so the temporary folder lives in .cache/ (ignored).
  await mkdir(join(root, '.cache'), { recursive: true });
  const dir = await mkdtemp(join(root, '.cache', 'cem-'));
  try {
    const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    await promisify(execFile)(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, dir)], { cwd: root });
    return await readFile(join(dir, MANIFEST), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
