// The drop-in bundle's first line asks V8 to compile it all as it loads (see rollup.config.mjs):
// the magic comment counts only as the file's very first line. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('bundle/event-timeline.js starts with V8\'s compile hint, on a line of its own', async () => {
  const bundle = await readFile(`${root}bundle/event-timeline.js`, 'utf8');
  assert.equal(bundle.split('\n', 1)[0], '//# allFunctionsCalledOnLoad');
});
