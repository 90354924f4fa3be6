// `event-timeline/model` in plain Node, as a script, a server or a build step uses it (after
// `npm run build`). `npm run test:node` runs this file twice: under Node's default conditions and
// under `--conditions=browser` (how bundled scripts and some SSR setups resolve packages), where
// anything that touched Lit or the DOM would fail to load.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import * as model from 'event-timeline/model';

const root = fileURLToPath(new URL('../..', import.meta.url));
const conditions = process.execArgv.find((a) => a.startsWith('--conditions')) ?? 'default conditions';

test(`event-timeline/model loads in Node without a DOM (${conditions})`, () => {
  assert.equal(typeof globalThis.HTMLElement, 'undefined', 'this Node has no DOM');
  for (const name of ['parseTimeline', 'formatProblem', 'parseDate', 'formatDate', 'toTimelineItems', 'safeUrl', 'safeColor', 'fromTimelineJS', 'fromVisTimeline']) {
    assert.equal(typeof model[name], 'function', name);
  }
  assert.equal(model.EventTimelineElement, undefined, 'no element classes');
});

test('its module graph is dist/ files only: no Lit, no d3, no other package', async () => {
  const { metafile } = await build({ entryPoints: [join(root, 'dist/model.js')], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  const outside = Object.keys(metafile.inputs).filter((file) => !file.startsWith('dist/'));
  assert.deepEqual(outside, []);
});

test('parseTimeline(JSON text of the demo) reads every event with no problem', async () => {
  const text = await readFile(join(root, 'events/tiktok-2020.json'), 'utf8');
  const { document, problems } = model.parseTimeline(text);
  assert.deepEqual(problems.map(model.formatProblem), []);
  assert.equal(document.events.length, JSON.parse(text).events.length);
  const items = model.toTimelineItems(document);
  assert.ok(items.every((item, i) => i === 0 || items[i - 1].start <= item.start), 'items in time order');
});

test('parseTimeline(text that is not JSON) reports it and returns an empty document', () => {
  const { document, problems } = model.parseTimeline('{"title": "T",');
  assert.deepEqual(document, { title: model.FALLBACK_TITLE, lanes: [], events: [] });
  assert.match(model.formatProblem(problems[0]), /^\(root\): is not valid JSON \(/);
});

test('dates read and print in Node as in the browser', () => {
  const ides = model.parseDate('-0043-03-15');
  assert.equal(model.isDateError(ides), false);
  assert.equal(model.formatDate(ides, 'en-GB'), '15 March 44 BCE');
});

test('fromTimelineJS and fromVisTimeline convert in Node', () => {
  const tl = model.fromTimelineJS(JSON.stringify({ title: { text: { headline: 'Launches' } }, events: [{ start_date: { year: 1957, month: 10, day: 4 }, text: { headline: 'Sputnik 1' } }] }));
  assert.equal(tl.document.title, 'Launches');
  assert.deepEqual(tl.document.events.map((e) => [e.title, e.start]), [['Sputnik 1', '1957-10-04']]);
  const vis = model.fromVisTimeline([{ id: 1, content: '<b>Vostok 1</b>', start: '1961-04-12' }]);
  assert.deepEqual(vis.document.events.map((e) => [e.title, e.start]), [['Vostok 1', '1961-04-12']]);
});

test("the README's one-command conversion works as written, in a folder where the package is installed", async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**One command**'));
  const command = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(command?.startsWith('node '), 'a ```sh block with a node command after "One command"');
  const dir = await mkdtemp(join(tmpdir(), 'event-timeline-readme-'));
  try {
    await mkdir(join(dir, 'node_modules'));
    await symlink(root, join(dir, 'node_modules/event-timeline'), 'dir');
    const slides = { title: { text: { headline: 'Launches' } }, events: [{ start_date: { year: 1961, month: 4, day: 12 }, text: { headline: 'Vostok 1' }, media: { url: 'https://www.youtube.com/watch?v=x' } }] };
    await writeFile(join(dir, 'timeline.json'), JSON.stringify(slides));
    // Under the same conditions as this run (NODE_OPTIONS reaches the node the command starts).
    const env = { ...process.env, NODE_OPTIONS: process.execArgv.filter((a) => a.startsWith('--conditions')).join(' ') };
    const { stderr } = await promisify(execFile)('sh', ['-c', command], { cwd: dir, env });
    const written = JSON.parse(await readFile(join(dir, 'events.json'), 'utf8'));
    assert.deepEqual(written.events.map((e) => e.title), ['Vostok 1']);
    assert.match(stderr, /^events\[0\]\.media\.url: .*YouTube/m, 'the problems are printed with their paths');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
