/**
 * No `src` request starts or survives while <event-timeline> is out of the page, and a detached
 * element fires neither `timeline-load` nor `timeline-error`; put back, it loads (issue 17, item 1).
 * The test server counts the requests that reach it and says how each ended; the page's `fetch`
 * is watched (and still used) to see whether a request was made while the element was detached.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { holdUrl, newKey, release, serverLog } from '../helpers/test-server.js';
import { marks, settle, type Timeline } from '../helpers/timeline.js';

/**
 * Watches the page's `fetch` (requests still go out): each request made, and whether the element
 * whose `src` it is was in the page at that moment.
 */
function watchFetches() {
  const original = window.fetch;
  const made: Array<{ url: string; connected: boolean }> = [];
  const owners = new Map<string, Timeline>();
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    made.push({ url, connected: owners.get(url)?.isConnected ?? true });
    return original(input, init);
  }) as typeof fetch;
  return {
    /** Sets `el.src`, remembering whose URL it is. */
    setSrc(el: Timeline, url: string) {
      const absolute = new URL(url, location.href).href;
      owners.set(absolute, el);
      el.src = absolute;
    },
    /** The requests made while their element was detached. */
    whileDetached: () => made.filter((f) => !f.connected).map((f) => f.url),
    count: () => made.length,
    restore: () => (window.fetch = original),
  };
}

/** Records `timeline-load` and `timeline-error` with whether the element was in the page when each fired. */
function recordOutcomes(el: Timeline): string[] {
  const seen: string[] = [];
  for (const type of ['timeline-load', 'timeline-error']) el.addEventListener(type, () => seen.push(`${type}${el.isConnected ? '' : ' (detached)'}`));
  return seen;
}

async function place(): Promise<HTMLElement> {
  return fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
}

const ids = (el: Timeline) => marks(el).map((m) => m.dataset.eventId!).sort();

describe('<event-timeline src> out of the page', () => {
  let fetches: ReturnType<typeof watchFetches>;
  beforeEach(() => (fetches = watchFetches()));
  afterEach(() => fetches.restore());

  it('appended and removed in the same task: no request starts; put back, it loads with one request', async () => {
    const wrapper = await place();
    const key = newKey();
    const el = document.createElement('event-timeline');
    const outcomes = recordOutcomes(el);
    el.timeout = 2500;
    fetches.setSrc(el, holdUrl(key));
    wrapper.append(el);
    el.remove();
    await el.updateComplete;
    await nextFrame();
    expect(fetches.whileDetached(), 'requests made while detached').to.deep.equal([]);
    expect(fetches.count(), 'requests made at all').to.equal(0);

    const load = oneEvent(el, 'timeline-load');
    wrapper.append(el);
    expect(await serverLog(key, 'started'), 'put back: its request reaches the server').to.deep.equal({ started: 1, finished: 0, aborted: 0 });
    expect(await release(key)).to.equal(1);
    await load;
    await settle(el);
    expect(ids(el)).to.deep.equal(['base-1', 'base-2']);
    expect(await serverLog(key, 'finished'), 'one request, answered').to.deep.equal({ started: 1, finished: 1, aborted: 0 });
    expect(outcomes).to.deep.equal(['timeline-load']);
  });

  it('removed while its request is held: the server sees it given up; put back, it asks again and loads', async () => {
    const wrapper = await place();
    const key = newKey();
    const el = document.createElement('event-timeline');
    const outcomes = recordOutcomes(el);
    fetches.setSrc(el, holdUrl(key));
    wrapper.append(el);
    await serverLog(key, 'started');
    el.remove();
    expect(await serverLog(key, 'aborted'), 'given up on removal').to.deep.equal({ started: 1, finished: 0, aborted: 1 });
    expect(await release(key), 'nothing left to answer').to.equal(0);

    const load = oneEvent(el, 'timeline-load');
    wrapper.append(el);
    await serverLog(key, 'started', 2);
    expect(await release(key)).to.equal(1);
    await load;
    expect(await serverLog(key, 'finished')).to.deep.equal({ started: 2, finished: 1, aborted: 1 });
    expect(fetches.whileDetached()).to.deep.equal([]);
    expect(outcomes).to.deep.equal(['timeline-load']);
  });

  it('src set on a removed element: no request until it is put back, then it shows the new document', async () => {
    const wrapper = await place();
    const el = document.createElement('event-timeline');
    fetches.setSrc(el, new URL('../fixtures/network/base.json', import.meta.url).href);
    const first = oneEvent(el, 'timeline-load');
    wrapper.append(el);
    await first;
    await settle(el);
    const outcomes = recordOutcomes(el);
    el.remove();

    const key = newKey();
    fetches.setSrc(el, holdUrl(key, 'new'));
    await el.updateComplete;
    await nextFrame();
    expect(fetches.whileDetached(), 'requests made while detached').to.deep.equal([]);
    expect(await serverLog(key), 'nothing reached the server').to.deep.equal({ started: 0, finished: 0, aborted: 0 });

    const load = oneEvent(el, 'timeline-load');
    wrapper.append(el);
    await serverLog(key, 'started');
    expect(await release(key)).to.equal(1);
    await load;
    await settle(el);
    expect(ids(el)).to.deep.equal(['new-1', 'new-2']);
    expect(outcomes).to.deep.equal(['timeline-load']);
  });

  it('data set on a removed element: no timeline-load while detached; put back, it shows the data and fires it', async () => {
    const wrapper = await place();
    const el = document.createElement('event-timeline');
    el.data = { title: 'One', lanes: [], events: [{ id: 'one', title: 'One', start: '2020-01-01' }] };
    wrapper.append(el);
    await settle(el);
    const outcomes = recordOutcomes(el);
    el.remove();
    el.data = { title: 'Two', lanes: [], events: [{ id: 'two', title: 'Two', start: '2020-01-01' }, { id: 'bad', title: 'Bad', start: 'not a date' }] };
    await el.updateComplete;
    await nextFrame();
    expect(outcomes, 'nothing fired on the detached element').to.deep.equal([]);
    wrapper.append(el);
    await settle(el);
    expect(outcomes, 'the load, and the error for its data problem').to.deep.equal(['timeline-load', 'timeline-error']);
    expect(el.document?.title).to.equal('Two');
    expect(ids(el)).to.deep.equal(['two']);
  });

  it('200 timelines appended and removed, half in the same task and half once their request started: no request made while detached, none answered after removal, nothing fired', async () => {
    const wrapper = await place();
    const key = newKey();
    const all: Timeline[] = [];
    const outcomes: string[][] = [];
    for (let i = 0; i < 200; i++) {
      const el = document.createElement('event-timeline');
      all.push(el);
      outcomes.push(recordOutcomes(el));
      fetches.setSrc(el, `${holdUrl(key)}&n=${i}`);
      wrapper.append(el);
      if (i % 2 === 1) await serverLog(key, 'started', (i + 1) / 2); // its request reached the server
      el.remove();
    }
    await Promise.all(all.map((el) => el.updateComplete));
    expect(fetches.whileDetached(), 'requests made while detached').to.deep.equal([]);
    expect(fetches.count(), 'one request for each timeline removed after its request started').to.equal(100);
    expect(await serverLog(key, 'settled', 100), 'every request given up, none answered').to.deep.equal({ started: 100, finished: 0, aborted: 100 });
    expect(outcomes.flat()).to.deep.equal([]);
  });
});
