/**
 * <event-timeline> in numbers and out of order: 200 on one page, properties set before the
 * element is defined, and the library registered twice.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/model/types.js';
import { EventTimelineElement } from '../../src/elements/event-timeline.js';
import { marks, settle, type Timeline } from '../helpers/timeline.js';
import { uncaught } from '../helpers/errors.js';

const small = (n: number): TimelineDocument => ({
  title: `Timeline ${n}`,
  lanes: [],
  events: Array.from({ length: 5 }, (_, i) => ({ id: `t${n}-e${i}`, title: `T${n} event ${i}`, start: `${2000 + i * 4}-01-01` })),
});

describe('a page with 200 timelines', () => {
  it('draws all 200, each with its own five events', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const all: Timeline[] = [];
    for (let n = 0; n < 200; n++) {
      const el = document.createElement('event-timeline');
      el.noHash = true;
      el.data = small(n);
      all.push(el);
    }
    root.append(...all);
    await Promise.all(all.map((el) => el.updateComplete));
    for (let i = 0; i < 4; i++) {
      await nextFrame();
      await Promise.all(all.map((el) => el.updateComplete));
    }
    const drawn = all.map((el) => marks(el).map((m) => m.dataset.eventId!).sort().join(' '));
    const expected = all.map((_, n) => small(n).events.map((e) => e.id).sort().join(' '));
    expect(drawn).to.deep.equal(expected);
    root.replaceChildren();
  });
});

describe('properties set before the element is defined', () => {
  it('data, timeout, noHash and maxRows set on an unupgraded element are honoured once it is defined', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('event-timeline-late') as HTMLElement & Record<string, unknown>;
    el.data = small(1);
    el.timeout = 1234;
    el.noHash = true;
    el.maxRows = 1;
    root.append(el);
    expect(customElements.get('event-timeline-late')).to.equal(undefined);
    const load = oneEvent(el, 'timeline-load');
    customElements.define('event-timeline-late', class extends EventTimelineElement {});
    await load;
    const timeline = el as unknown as Timeline;
    await settle(timeline);
    expect(timeline).to.be.instanceOf(EventTimelineElement);
    expect(timeline.document?.title).to.equal('Timeline 1');
    expect(marks(timeline)).to.have.length(5);
    expect(timeline.timeout).to.equal(1234);
    expect(timeline.noHash).to.equal(true);
    expect(timeline.hasAttribute('no-hash'), 'the boolean property reflects').to.equal(true);
    expect(timeline.maxRows).to.equal(1);
  });

  it('a src attribute written before the element is defined is loaded once it is', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    root.innerHTML = '<event-timeline-late-src no-hash src="/tests/fixtures/network/new.json"></event-timeline-late-src>';
    const el = root.firstElementChild as Timeline;
    const load = oneEvent(el, 'timeline-load');
    customElements.define('event-timeline-late-src', class extends EventTimelineElement {});
    await load;
    await settle(el);
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['new-1', 'new-2']);
  });
});

describe('registering twice', () => {
  it('importing define a second time (another module instance) does not throw and keeps the first classes', async () => {
    const first = customElements.get('event-timeline');
    expect(first).to.equal(EventTimelineElement);
    const url = new URL('../../src/define.ts', import.meta.url);
    url.searchParams.set('second', String(Date.now()));
    const errors = await uncaught(async () => {
      const second = (await import(/* @vite-ignore */ url.href)) as { EventTimelineElement: unknown };
      expect(second.EventTimelineElement, 'the second module exports the element class').to.be.a('function');
    });
    expect(errors).to.deep.equal([]);
    expect(customElements.get('event-timeline')).to.equal(first);
    expect(customElements.get('timeline-event')).to.exist;
  });

  it('a timeline registered under another name, after its <timeline-event> children connected, reads them and shows each one\'s content in its card without repeating its date and heading', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    root.innerHTML = `<news-timeline no-hash>
      <timeline-event id="one"><time datetime="2020-08-06">6 August 2020</time><h3>Order signed</h3><p>The order is signed.</p></timeline-event>
      <timeline-event id="two"><time datetime="2020-09-20">20 September 2020</time><h3>Deadline</h3></timeline-event>
    </news-timeline>`;
    const el = root.firstElementChild as Timeline;
    const load = oneEvent(el, 'timeline-load');
    customElements.define('news-timeline', class extends EventTimelineElement {});
    await load;
    await settle(el);
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['one', 'two']);
    el.select('one');
    await settle(el);
    const child = el.querySelector('#one')!;
    expect(getComputedStyle(child.querySelector('time')!).display, 'its date is the card\'s own').to.equal('none');
    expect(getComputedStyle(child.querySelector('h3')!).display, 'its heading too').to.equal('none');
    expect(getComputedStyle(child.querySelector('p')!).display).to.not.equal('none');
  });
});
