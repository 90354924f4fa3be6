// The generated documentation files, as entries for scripts/check-generated.mjs: the manifest must
// match the elements' JSDoc, and the README's API reference and the editor and JSX data
// (scripts/build-editor-data.mjs) must match the manifest.
import { generateManifest, MANIFEST } from './docs-manifest.mjs';
import { generateReadme, README } from './docs-api.mjs';
import { EDITOR_DATA, packageJson } from './build-editor-data.mjs';

let fresh;
/** The manifest made from the JSDoc now, made once for both checks. */
const manifest = () => (fresh ??= generateManifest());

export const docsChecks = [
  { file: MANIFEST, generate: manifest, fix: 'npm run build:manifest' },
  // From the fresh manifest, so a README that matches a stale committed manifest still fails.
  { file: README, generate: async () => generateReadme(await manifest()), fix: 'npm run docs' },
  ...EDITOR_DATA.map(({ file, generate }) => ({
    file,
    generate: async () => generate(JSON.parse(await manifest()), await packageJson()),
    fix: 'npm run build:manifest && npm run build:editor-data',
  })),
];
