import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/model/types.js';
import type { TimelineErrorDetail, TimelineLoadDetail } from '../../src/dom-events/timeline-events.js';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { DEMO_URL, drawnLabel, loaded, mark, marks, part, settle, type Timeline } from '../helpers/timeline.js';

/** A timeline in the page, not yet connected, so listeners can be added before it loads. */
async function detached(width = 900): Promise<{ el: Timeline; attach: () => void }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('event-timeline');
  return { el, attach: () => wrapper.append(el) };
}

/** A stand-in for `window.fetch` whose answers the test releases by hand. */
function controllableFetch() {
  const original = window.fetch;
  const pending = new Map<string, { resolve: (r: Response) => void; signal: AbortSignal | undefined }>();
  const requested: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    return new Promise<Response>((resolve) => {
      // Like a server that answers late: the answer ignores the abort signal, so only the
      // element's own bookkeeping can keep a stale answer off the screen.
      pending.set(url, { resolve, signal: init?.signal ?? undefined });
    });
  }) as typeof window.fetch;
  return {
    requested,
    aborted: (url: string) => pending.get(url)?.signal?.aborted ?? false,
    answer(url: string, doc: TimelineDocument) {
      pending.get(url)!.resolve(new Response(JSON.stringify(doc), { status: 200, headers: { 'content-type': 'application/json' } }));
    },
    restore: () => (window.fetch = original),
  };
}

const one = (id: string, title: string, start: string): TimelineDocument => ({ title, lanes: [], events: [{ id, title, start }] });

describe('<event-timeline src>', () => {
  it('src="events/tiktok-2020.json" loads the demo and draws its events', async () => {
    const { el, attach } = await detached();
    el.src = DEMO_URL;
    const load = oneEvent(el, 'timeline-load');
    attach();
    const { detail } = (await load) as CustomEvent<TimelineLoadDetail>;
    await settle(el);
    expect(detail.document.events).to.have.length(tiktok2020.events.length);
    expect(detail.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(marks(el).length).to.be.greaterThan(5);
    expect(mark(el, 'musically-merged'), 'a point event of the demo').to.exist;
    expect(drawnLabel(el, 'eo-deadline')?.text).to.contain('Deadline of the executive order');
  });

  it('src changed mid-load aborts the old request and shows only the newest document', async () => {
    const net = controllableFetch();
    try {
      const { el, attach } = await detached();
      el.src = 'https://slow.example/old.json';
      attach();
      await settle(el);
      el.src = 'https://fast.example/new.json';
      await settle(el);
      expect(net.requested).to.deep.equal(['https://slow.example/old.json', 'https://fast.example/new.json']);
      expect(net.aborted('https://slow.example/old.json'), 'the old request is aborted').to.equal(true);

      net.answer('https://fast.example/new.json', one('newest', 'Newest event', '2020-06-01'));
      await loaded(el);
      net.answer('https://slow.example/old.json', one('stale', 'Stale event', '2020-06-01'));
      await settle(el);
      await settle(el);
      expect(marks(el).map((m) => m.dataset.eventId)).to.deep.equal(['newest']);
      expect(el.document?.title).to.equal('Newest event');
    } finally {
      net.restore();
    }
  });

  it('a src that does not answer within timeout fails with cause "timeout"', async () => {
    const original = window.fetch;
    // A server that never answers, but lets the request be aborted like the real fetch.
    window.fetch = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof window.fetch;
    try {
      const { el, attach } = await detached();
      el.timeout = 1000;
      el.src = 'https://never.example/answer.json';
      const failed = oneEvent(el, 'timeline-error');
      attach();
      const { detail } = (await failed) as CustomEvent<TimelineErrorDetail>;
      await settle(el);
      expect(detail.cause).to.equal('timeout');
      expect(part(el, 'error')?.innerText).to.contain('1000 ms');
    } finally {
      window.fetch = original;
    }
  });

  it('moved in the page while loading, it still loads', async () => {
    const { el, attach } = await detached();
    el.src = DEMO_URL;
    const load = oneEvent(el, 'timeline-load');
    attach();
    await el.updateComplete;
    const elsewhere = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    elsewhere.append(el);
    await load;
    await settle(el);
    expect(mark(el, 'musically-merged')).to.exist;
  });

  it('a src that answers 404 shows an error panel and fires timeline-error', async () => {
    const missing = new URL('../../events/does-not-exist.json', import.meta.url).href;
    const { el, attach } = await detached();
    el.src = missing;
    const failed = oneEvent(el, 'timeline-error');
    attach();
    const { detail } = (await failed) as CustomEvent<TimelineErrorDetail>;
    await settle(el);
    expect(detail.cause).to.equal('http');
    expect(detail.status).to.equal(404);
    expect(detail.url).to.equal(missing);
    const panel = part(el, 'error');
    expect(panel, 'an error panel inside the element').to.exist;
    expect(panel!.innerText).to.contain('could not be loaded');
    expect(panel!.innerText).to.contain('404');
    expect(marks(el)).to.have.length(0);
  });

  it('a src that is not JSON shows an error panel and fires timeline-error with cause "json"', async () => {
    const notJson = new URL('../../events/tiktok-2020.ts', import.meta.url).href;
    const { el, attach } = await detached();
    el.src = notJson;
    const failed = oneEvent(el, 'timeline-error');
    attach();
    const { detail } = (await failed) as CustomEvent<TimelineErrorDetail>;
    await settle(el);
    expect(detail.cause).to.equal('json');
    expect(part(el, 'error')?.innerText).to.contain('not valid JSON');
  });

  it('a failed src after a good one keeps nothing stale: setting src again to the demo recovers', async () => {
    const { el, attach } = await detached();
    el.src = new URL('../../events/does-not-exist.json', import.meta.url).href;
    const failed = oneEvent(el, 'timeline-error');
    attach();
    await failed;
    el.src = DEMO_URL;
    await oneEvent(el, 'timeline-load');
    await settle(el);
    expect(part(el, 'error'), 'the error panel goes once a document loads').to.equal(null);
    expect(mark(el, 'musically-merged')).to.exist;
  });
});
