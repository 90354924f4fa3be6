// The generated documentation files, as entries for scripts/check-generated.mjs: the manifest must
// match the elements' JSDoc, and the README's API reference must match the manifest.
import { generateManifest, MANIFEST } from './docs-manifest.mjs';
import { generateReadme, README } from './docs-api.mjs';

let fresh;
/** The manifest made from the JSDoc now, made once for both checks. */
const manifest = () => (fresh ??= generateManifest());

export const docsChecks = [
  { file: MANIFEST, generate: manifest, fix: 'npm run build:manifest' },
  // From the fresh manifest, so a README that matches a stale committed manifest still fails.
  { file: README, generate: async () => generateReadme(await manifest()), fix: 'npm run docs' },
];
