/**
 * `src` over a failing network, served by scripts/wtr-test-server.mjs: 500, a dropped connection,
 * an invalid JSON body, JSON that is not a timeline, a response slower than `timeout`, a body
 * larger than `max-size` (one that never ends, gzip-encoded or not), and `src` changed while loading. Each failure shows a dismissable message (part `error`) and fires
 * `timeline-error` with its cause; what was shown before stays until valid new data arrives.
 * (404, a non-JSON file and an aborted request are in tests/elements/feeding-src.test.ts.)
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { TimelineErrorDetail } from '../../src/dom-events/timeline-events.js';
import { click, DEMO_URL, marks, part, settle, type Timeline } from '../helpers/timeline.js';
import { endlessUrl, failingHoldUrl, holdUrl, newKey, release, serverLog } from '../helpers/test-server.js';

const fixtureUrl = (name: string) => new URL(`../fixtures/network/${name}.json`, import.meta.url).pathname;
const BASE = fixtureUrl('base');
const server = (route: string) => new URL(`/__test-server/${route}`, location.origin).href;
const body = (text: string) => server(`body?text=${encodeURIComponent(text)}`);

const ids = (el: Timeline) => marks(el).map((m) => m.dataset.eventId!).sort();

/** A timeline showing tests/fixtures/network/base.json, loaded through `src`. */
async function showingBase(timeout?: number): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const el = document.createElement('event-timeline');
  el.noHash = true;
  if (timeout !== undefined) el.timeout = timeout;
  el.src = BASE;
  const load = oneEvent(el, 'timeline-load');
  wrapper.append(el);
  await load;
  await settle(el);
  expect(ids(el)).to.deep.equal(['base-1', 'base-2']);
  return el;
}

/** Sets `src` and waits for its timeline-error. */
async function failWith(el: Timeline, url: string): Promise<TimelineErrorDetail> {
  const failed = oneEvent(el, 'timeline-error');
  el.src = url;
  const { detail } = (await failed) as CustomEvent<TimelineErrorDetail>;
  await settle(el);
  return detail;
}

/** The error panel is shown with `text`, the base data is still drawn, and Dismiss removes only the panel. */
async function expectShownAndDismissable(el: Timeline, text: RegExp): Promise<void> {
  const panel = part(el, 'error');
  expect(panel, 'the error panel').to.exist;
  expect(panel!.getAttribute('role')).to.equal('alert');
  expect(panel!.innerText).to.match(text);
  expect(ids(el), 'the data shown before stays').to.deep.equal(['base-1', 'base-2']);
  expect(el.document?.title).to.equal('Base');
  const dismiss = panel!.querySelector<HTMLElement>('[part~="dismiss"]');
  expect(dismiss, 'a Dismiss button').to.exist;
  await click(dismiss!);
  await settle(el);
  expect(part(el, 'error'), 'dismissed').to.equal(null);
  expect(ids(el), 'still the data shown before').to.deep.equal(['base-1', 'base-2']);
}

describe('<event-timeline src> on a failing network', () => {
  it('a 500 answer: cause "http", status 500, the message names the URL and the status', async () => {
    const el = await showingBase();
    const url = server('status/500');
    const detail = await failWith(el, url);
    expect(detail).to.include({ cause: 'http', status: 500, url });
    expect(detail.message).to.contain(url).and.to.contain('500');
    await expectShownAndDismissable(el, /500/);
  });

  it('a dropped connection: cause "network"', async () => {
    const el = await showingBase();
    const url = server('destroy');
    const detail = await failWith(el, url);
    expect(detail).to.include({ cause: 'network', url });
    await expectShownAndDismissable(el, /network|reach/i);
  });

  it('a closed port on localhost: cause "network"', async () => {
    const el = await showingBase();
    const detail = await failWith(el, 'http://127.0.0.1:9/closed.json');
    expect(detail.cause).to.equal('network');
    await expectShownAndDismissable(el, /network|reach/i);
  });

  it('an invalid JSON body: cause "json", with the parser\'s reason', async () => {
    const el = await showingBase();
    const url = body('{"title": "cut off", "events": [');
    const detail = await failWith(el, url);
    expect(detail).to.include({ cause: 'json', url });
    await expectShownAndDismissable(el, /not valid JSON/);
  });

  for (const [name, text] of [
    ['an object with no timeline fields', '{"hello": "world"}'],
    ['an array', '[1, 2, 3]'],
    ['a string', '"a timeline"'],
    ['null', 'null'],
  ] as const) {
    it(`valid JSON that is not a timeline (${name}): cause "data" with the problems listed`, async () => {
      const el = await showingBase();
      const url = body(text);
      const detail = await failWith(el, url);
      expect(detail).to.include({ cause: 'data', url });
      expect(detail.problems?.length, 'problems').to.be.greaterThan(0);
      expect(detail.problems!.every((p) => p.path.length > 0)).to.equal(true);
      await expectShownAndDismissable(el, /not a timeline/);
    });
  }

  it('a response slower than `timeout`: cause "timeout" once the timeout has passed, the request is aborted', async () => {
    const el = await showingBase(1000);
    const key = newKey();
    const started = performance.now();
    const detail = await failWith(el, holdUrl(key, 'new'));
    const took = performance.now() - started;
    expect(detail.cause).to.equal('timeout');
    expect(detail.message).to.match(/1000 ms/);
    expect(took, 'ms until the timeout was reported (not before it)').to.be.at.least(950);
    expect(await serverLog(key, 'aborted'), 'the server saw the request given up').to.deep.equal({ started: 1, aborted: 1, finished: 0 });
    await expectShownAndDismissable(el, /took longer/);
    expect(await release(key), 'nothing left to answer').to.equal(0);
    expect(ids(el), 'nothing arrives after the timeout').to.deep.equal(['base-1', 'base-2']);
  });

  for (const gzip of [true, false]) {
    it(`a body that never ends${gzip ? ' (gzip-encoded: a gzip bomb)' : ''}: cause "size" once max-size is read, and the request is given up`, async () => {
      const el = await showingBase(3000);
      el.maxSize = 1;
      const key = newKey();
      const url = endlessUrl(key, gzip);
      const detail = await failWith(el, url);
      expect(detail).to.include({ cause: 'size', url });
      expect(detail.message).to.equal(`${url} is larger than 1 MB (the max-size limit); it was not read to the end`);
      expect(await serverLog(key, 'aborted'), 'the server saw the request given up').to.deep.equal({ started: 1, aborted: 1, finished: 0 });
      await expectShownAndDismissable(el, /larger than 1 MB/);
    });
  }

  it('max-size counts the bytes of the body: the demo fails one byte under its size and loads at its size', async () => {
    const bytes = (await (await fetch(DEMO_URL)).arrayBuffer()).byteLength;
    const el = await showingBase();
    el.maxSize = (bytes - 1) / 1e6;
    const detail = await failWith(el, DEMO_URL);
    expect(detail.message).to.contain(`is larger than ${(bytes - 1) / 1e6} MB`);
    const load = oneEvent(el, 'timeline-load');
    el.maxSize = bytes / 1e6;
    el.src = `${DEMO_URL}?again`;
    await load;
    expect(el.document?.events.length).to.be.greaterThan(10);
  });

  it('the default timeout is a sensible 15 s', async () => {
    const el = document.createElement('event-timeline');
    expect(el.timeout).to.equal(15_000);
  });

  it('after an error, valid new data replaces the old and clears the message', async () => {
    const el = await showingBase();
    await failWith(el, server('status/500'));
    expect(part(el, 'error')).to.exist;
    const load = oneEvent(el, 'timeline-load');
    el.src = fixtureUrl('new');
    await load;
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    expect(ids(el)).to.deep.equal(['new-1', 'new-2']);
  });
});

describe('<event-timeline src> changed while loading', () => {
  /** Records the set of drawn event ids in every frame until `stop`. */
  function recordFrames(el: Timeline) {
    const seen = new Set<string>();
    let running = true;
    const loop = async () => {
      while (running) {
        seen.add(ids(el).join(',') || '(none)');
        await nextFrame();
      }
    };
    const done = loop();
    return {
      seen,
      stop: async () => {
        running = false;
        await done;
      },
    };
  }

  /** Points `el` at `url` (a held one of `key`) and waits until the server has the request, so that it is really in flight. */
  async function inFlight(el: Timeline, url: string, key: string): Promise<void> {
    el.src = url;
    await serverLog(key, 'started');
  }

  it('a slow old src superseded by a faster new one: the old request is given up, only the base and then the new events are ever drawn', async () => {
    const el = await showingBase();
    const frames = recordFrames(el);
    const [oldKey, newKey_] = [newKey(), newKey()];
    await inFlight(el, holdUrl(oldKey, 'old'), oldKey);
    const load = oneEvent(el, 'timeline-load');
    await inFlight(el, holdUrl(newKey_, 'new'), newKey_);
    expect(await release(newKey_), 'the new request answered').to.equal(1);
    await load;
    // The old answer can only come while its request is open: the server says it was given up.
    expect(await serverLog(oldKey, 'aborted'), 'the old request').to.deep.equal({ started: 1, aborted: 1, finished: 0 });
    expect(await release(oldKey), 'no old request left to answer').to.equal(0);
    await settle(el);
    await frames.stop();
    expect([...frames.seen]).to.deep.equal(['base-1,base-2', 'new-1,new-2']);
    expect(el.document?.title).to.equal('New');
  });

  it('a fast old src superseded by a slower new one: the old answer never shows while the new one loads', async () => {
    const el = await showingBase();
    const loads: string[] = [];
    el.addEventListener('timeline-load', (e) => loads.push(e.detail.document.title));
    const frames = recordFrames(el);
    const [oldKey, newKey_] = [newKey(), newKey()];
    await inFlight(el, holdUrl(oldKey, 'old'), oldKey);
    await inFlight(el, holdUrl(newKey_, 'new'), newKey_);
    // The old one would answer first, while the new one loads; the server says it was given up when src changed.
    expect(await serverLog(oldKey, 'aborted'), 'the old request').to.deep.equal({ started: 1, aborted: 1, finished: 0 });
    expect(await release(oldKey), 'no old request left to answer').to.equal(0);
    await settle(el);
    expect(ids(el), 'still the base while the new one loads').to.deep.equal(['base-1', 'base-2']);
    const load = oneEvent(el, 'timeline-load');
    expect(await release(newKey_), 'the new request answered').to.equal(1);
    await load;
    await settle(el);
    await frames.stop();
    expect([...frames.seen]).to.deep.equal(['base-1,base-2', 'new-1,new-2']);
    expect(loads).to.deep.equal(['New']);
  });

  it('src changed to a failing URL while a good one loads: only the newest outcome (the error) shows', async () => {
    const el = await showingBase();
    const errors: string[] = [];
    const loads: string[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e.detail.cause));
    el.addEventListener('timeline-load', (e) => loads.push(e.detail.document.title));
    const key = newKey();
    await inFlight(el, holdUrl(key, 'new'), key);
    await failWith(el, server('status/500'));
    expect(await serverLog(key, 'aborted'), 'the superseded good request').to.deep.equal({ started: 1, aborted: 1, finished: 0 });
    expect(await release(key), 'no good request left to answer').to.equal(0);
    await settle(el);
    expect(errors).to.deep.equal(['http']);
    expect(loads, 'the superseded good answer is not loaded').to.deep.equal([]);
    expect(ids(el)).to.deep.equal(['base-1', 'base-2']);
    expect(part(el, 'error')).to.exist;
  });

  it('a failing src superseded by a good one: no error message or event from the old request', async () => {
    const el = await showingBase();
    const errors: string[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e.detail.cause));
    const key = newKey();
    await inFlight(el, failingHoldUrl(key), key);
    const load = oneEvent(el, 'timeline-load');
    el.src = fixtureUrl('new');
    await load;
    // The old request would fail once released (a dropped connection); it was given up first.
    expect(await serverLog(key, 'aborted'), 'the old request').to.deep.equal({ started: 1, aborted: 1, finished: 0 });
    expect(await release(key), 'no old request left to fail').to.equal(0);
    await settle(el);
    expect(errors).to.deep.equal([]);
    expect(part(el, 'error')).to.equal(null);
    expect(ids(el)).to.deep.equal(['new-1', 'new-2']);
  });
});
