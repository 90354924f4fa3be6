/**
 * <event-timeline> moved and removed: moving keeps the reader's state; removing leaves no window
 * or document listeners, no connected observers, no pending timers or animation, no fetch in flight.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/model/types.js';
import { click, mark, marks, part, settle, still, type Timeline } from '../helpers/timeline.js';
import { frames, within } from '../helpers/signals.js';
import { holdUrl, newKey, release, serverLog } from '../helpers/test-server.js';

const doc: TimelineDocument = {
  title: 'Lifecycle',
  lanes: [{ id: 'a', label: 'A' }],
  events: Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, lane: i % 2 ? 'a' : undefined, start: `2020-${String(i + 1).padStart(2, '0')}-15` })),
};

async function twoPlaces(): Promise<{ a: HTMLElement; b: HTMLElement }> {
  const root = await fixture<HTMLDivElement>(html`<div><div id="a" style="width:900px"></div><div id="b" style="width:900px"></div></div>`);
  return { a: root.querySelector<HTMLElement>('#a')!, b: root.querySelector<HTMLElement>('#b')! };
}

async function mountIn(place: HTMLElement, data: TimelineDocument = doc): Promise<Timeline> {
  const el = document.createElement('event-timeline');
  el.noHash = true;
  el.data = data;
  place.append(el);
  await settle(el);
  return el;
}

/** Tracks listeners added to and removed from window and document, and observers connected and disconnected. */
function trackGlobals() {
  const live = new Map<string, number>();
  const key = (target: string, type: string, fn: unknown, options?: boolean | AddEventListenerOptions) =>
    `${target}:${type}:${typeof options === 'boolean' ? options : !!options?.capture}:${idOf(fn)}`;
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (fn: unknown) => {
    if (typeof fn !== 'object' && typeof fn !== 'function') return String(fn);
    if (!ids.has(fn as object)) ids.set(fn as object, next++);
    return String(ids.get(fn as object));
  };
  const restores: Array<() => void> = [];
  for (const [name, target] of [['window', window], ['document', document]] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      live.set(key(name, type, fn, options), 1);
      return add.call(this, type, fn, options);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      live.delete(key(name, type, fn, options));
      return remove.call(this, type, fn, options);
    } as typeof remove;
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const observing = new Set<object>();
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const proto = window[name].prototype as { observe: (...a: unknown[]) => void; disconnect: () => void };
    const { observe, disconnect } = proto;
    proto.observe = function (this: object, ...args: unknown[]) {
      observing.add(this);
      return observe.apply(this, args);
    };
    proto.disconnect = function (this: object) {
      observing.delete(this);
      return disconnect.call(this);
    };
    restores.push(() => {
      proto.observe = observe;
      proto.disconnect = disconnect;
    });
  }
  return {
    listeners: () => [...live.keys()].map((k) => k.replace(/:\d+$/, '')),
    observers: () => observing.size,
    restore: () => restores.forEach((r) => r()),
  };
}

/** Tracks timers and animation frames scheduled while it runs, and which are still pending. */
function trackTimers() {
  const pending = new Map<number, string>();
  const { setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id: number = st(() => {
      pending.delete(id);
      if (typeof fn === 'function') (fn as (...a: unknown[]) => void)(...rest);
    }, ms);
    pending.set(id, `timeout ${ms ?? 0} ms`);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    ct(id);
  }) as typeof clearTimeout;
  window.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = raf((t) => {
      pending.delete(-id);
      fn(t);
    });
    pending.set(-id, 'animation frame');
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    pending.delete(-id);
    caf(id);
  };
  return {
    /** Timers and frames still pending. */
    pending: () => [...pending.values()],
    /** Timers still pending that were scheduled for longer than `ms` (long-lived work left behind). */
    pendingLongerThan: (ms: number) => [...pending.values()].filter((v) => v.startsWith('timeout') && Number(v.split(' ')[1]) > ms),
    restore: () => Object.assign(window, { setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf }),
  };
}

describe('<event-timeline> moved in the page', () => {
  it('keeps the selection, the open card and the visible range', async () => {
    const { a, b } = await twoPlaces();
    const el = await mountIn(a);
    el.zoomTo('2020-03-01', '2020-07-01', false);
    await settle(el);
    await click(mark(el, 'e4')!);
    await still(el);
    const range = el.visibleRange;
    b.append(el);
    await settle(el);
    expect(el.selected).to.equal('e4');
    expect(part(el, 'card')?.querySelector('h2')?.textContent).to.equal('Event 4');
    expect(el.visibleRange).to.deep.equal(range);
    expect(mark(el, 'e4'), 'marks are still drawn').to.exist;
  });

  it('still answers input after the move: clicking another event selects it', async () => {
    const { a, b } = await twoPlaces();
    const el = await mountIn(a);
    b.append(el);
    await settle(el);
    const selects = oneEvent(el, 'timeline-select');
    await click(mark(el, marks(el)[1]!.dataset.eventId!)!);
    const { detail } = (await selects) as CustomEvent<{ id: string }>;
    expect(detail.id).to.equal(marks(el)[1]!.dataset.eventId);
  });

  it('moved while its src loads, it finishes loading in its new place', async () => {
    const { a, b } = await twoPlaces();
    const el = document.createElement('event-timeline');
    el.noHash = true;
    const key = newKey();
    el.src = holdUrl(key, 'new');
    const load = oneEvent(el, 'timeline-load');
    a.append(el);
    await serverLog(key, 'started');
    b.append(el);
    // The move gave up the request in flight and started it again from the new place.
    await serverLog(key, 'started', 2);
    expect(await serverLog(key, 'aborted'), 'the request of the old place').to.deep.equal({ started: 2, aborted: 1, finished: 0 });
    expect(await release(key), 'the request of the new place answered').to.equal(1);
    await load;
    await settle(el);
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['new-1', 'new-2']);
  });
});

describe('<event-timeline> removed from the page', () => {
  it('leaves no window or document listeners and no connected observers', async () => {
    const globals = trackGlobals();
    try {
      const { a } = await twoPlaces();
      const el = await mountIn(a);
      expect(globals.observers(), 'observers while connected').to.be.greaterThan(0);
      await click(mark(el, 'e2')!);
      await settle(el);
      el.remove();
      await settle(el);
      expect(globals.listeners(), 'window/document listeners left').to.deep.equal([]);
      expect(globals.observers(), 'observers left connected').to.equal(0);
    } finally {
      globals.restore();
    }
  });

  it('removed mid-animation: the view stops moving, no frame or timer is left pending', async () => {
    const { a } = await twoPlaces();
    const el = await mountIn(a);
    const timers = trackTimers();
    try {
      part(el, 'zoom-in')!.click();
      await frames(1);
      expect(timers.pending(), 'the animation asks for its next frame').to.include('animation frame');
      el.remove();
      const range = el.visibleRange;
      // Nothing can move the view later unless a frame or a timer is left to do it: after the two
      // frames in which anything due now has run, none is pending.
      await frames(2);
      expect(timers.pending(), 'frames and timers left pending').to.deep.equal([]);
      expect(el.visibleRange, 'the animation stopped with the removal').to.deep.equal(range);
    } finally {
      timers.restore();
    }
  });

  it('removed while its src loads: the fetch is aborted, its timeout timer cleared, nothing is delivered', async () => {
    const original = window.fetch;
    /** The fetches made, each with its signal and a way to answer it (even when aborted, as a careless server might). */
    const fetches = new Map<string, { signal?: AbortSignal; answer: (r: Response) => void }>();
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((answer) => fetches.set(String(input), { signal: init?.signal ?? undefined, answer }))) as typeof fetch;
    const json = () => new Response(JSON.stringify(doc), { status: 200 });
    const timers = trackTimers();
    try {
      const { a, b } = await twoPlaces();
      const el = document.createElement('event-timeline');
      el.noHash = true;
      const events: string[] = [];
      el.addEventListener('timeline-load', () => events.push('load'));
      el.addEventListener('timeline-error', () => events.push('error'));
      el.src = 'https://never.example/timeline.json';
      a.append(el);
      await settle(el);
      const request = fetches.get(el.src);
      expect(request?.signal, 'a fetch was started').to.exist;
      expect(request!.signal!.aborted).to.equal(false);
      el.remove();
      expect(request!.signal!.aborted, 'the fetch is aborted on removal').to.equal(true);
      expect(timers.pendingLongerThan(1000), 'the request timeout is cleared').to.deep.equal([]);
      // A timeline still in the page, loading the same way, is answered just after the removed one:
      // once it has its data, the removed one's answer has been through the same steps.
      const control = document.createElement('event-timeline');
      control.noHash = true;
      control.src = 'https://control.example/timeline.json';
      b.append(control);
      await settle(control);
      const controlLoaded = oneEvent(control, 'timeline-load');
      request!.answer(json());
      fetches.get(control.src)!.answer(json());
      await within(controlLoaded, 'the control timeline to load');
      await settle(control);
      expect(control.document?.title, 'the control timeline loaded').to.equal(doc.title);
      expect(events, 'nothing delivered after removal').to.deep.equal([]);
      expect(el.document).to.equal(null);
    } finally {
      window.fetch = original;
      timers.restore();
    }
  });
});
