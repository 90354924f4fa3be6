// The drop-in bundle's source map points back at the right file and line, through everything
// the build does to the sources: esbuild, the CSS and HTML template minifiers (which rewrite
// Lit's css`…` and html`…` templates in place) and terser. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = await readFile(`${root}bundle/event-timeline.js`, 'utf8');
const map = new TraceMap(JSON.parse(await readFile(`${root}bundle/event-timeline.js.map`, 'utf8')));

/** Line and column (0-based) of the first occurrence of `text` in `source`. */
function locate(source, text) {
  const at = source.indexOf(text);
  assert.notEqual(at, -1, `${JSON.stringify(text)} is in the text`);
  const before = source.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length };
}

/** Where in the sources the bundle's first `text` comes from. */
function original(text) {
  const { line, column } = locate(bundle, text);
  return originalPositionFor(map, { line, column });
}

// Each text is written once in the sources, in a file the minifiers rewrite before it.
const cases = [
  // after the element's html`…` templates
  ['src/elements/event-timeline.ts', 'is not a valid span'],
  // after render-plot's templates, in a file made almost only of templates
  ['src/elements/render-plot.ts', 'event deadline-label selected'],
  // in a controller with no template, after all the minified styles and templates earlier in the bundle
  ['src/controllers/locale-controller.ts', 'is not a valid language tag; using English'],
  ['src/model/parse-event.ts', 'every event needs a unique "id"'],
];

for (const [file, text] of cases) {
  test(`"${text}" in the bundle maps to ${file} at the line it is written on`, async () => {
    const source = await readFile(`${root}${file}`, 'utf8');
    const position = original(text);
    assert.ok(position.source?.endsWith(file), `source ${position.source}`);
    // The string literal starts on that line (terser may have moved its quote, not its line).
    assert.equal(position.line, locate(source, text).line);
  });
}
