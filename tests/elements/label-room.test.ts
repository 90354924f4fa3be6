/**
 * A fitted view makes room for its labels: the first view ("fit all", or the page's `start` and
 * `end`) and "Show all" end a little later when a label near the end would be cut (room on
 * neither side of its mark), so the reader of a story's first view sees every title whole. A
 * view the page or the reader chose exactly (`zoomTo`, a zoom, a pan) is shown as chosen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/model/types.js';
import { click, drawnLabel, mountData, part, plotRect, record, settle, still, unavailable, type Timeline } from '../helpers/timeline.js';
import { until } from '../helpers/signals.js';

const TITLE = 'Statement by the company on the sale';
/** One row: `end` near the data's end with `a` just before it, so its label cannot go before its marker either. */
const doc: TimelineDocument = {
  title: 'Room at the end',
  lanes: [{ id: 'l', label: 'Company' }],
  events: [
    { id: 'early', title: 'Talks begin', start: '2020-06-02', lane: 'l' },
    { id: 'a', title: 'A', start: '2020-06-22', lane: 'l' },
    { id: 'end', title: TITLE, start: '2020-06-27', lane: 'l' },
  ],
};
const DAY = 86_400_000;
/** The data's fitted view: from the first start to the last marker (2 June to the middle of 27 June), with 5% of that span on each side. */
const DATA = { start: Date.UTC(2020, 5, 2), end: Date.UTC(2020, 5, 27, 12) };
const MARGIN = (DATA.end - DATA.start) * 0.05;
const FITTED = { start: DATA.start - MARGIN, end: DATA.end + MARGIN };

async function mountAt(width: number, attrs: Record<string, string> = {}): Promise<{ el: Timeline; wrapper: HTMLElement }> {
  const el = await mountData(doc, { 'max-rows': '1', locale: 'en', 'no-hash': '', ...attrs }, width);
  return { el, wrapper: el.parentElement! };
}

const range = (el: Timeline) => ({ start: el.visibleRange.start.getTime(), end: el.visibleRange.end.getTime() });

/** `end`'s label as the reader sees it: whole, and inside the plot. */
function expectWhole(el: Timeline): void {
  const label = drawnLabel(el, 'end');
  expect(label, 'the event has its own mark').to.not.equal(null);
  expect(label!.truncated, 'its label is whole').to.equal(false);
  expect(label!.text).to.equal(TITLE);
  expect(label!.box.right, 'inside the plot').to.be.at.most(plotRect(el).right + 0.5);
}

describe('<event-timeline> room for labels at a fitted view\'s end', () => {
  it('the first view (fit all) ends late enough for the last label to be whole, and no later than half its span more', async () => {
    const { el } = await mountAt(900);
    expectWhole(el);
    const view = range(el);
    expect(view.start).to.equal(FITTED.start);
    expect(view.end, 'later than the data\'s fitted end').to.be.above(FITTED.end);
    expect(view.end - view.start).to.be.at.most((FITTED.end - FITTED.start) * 1.5 + 1);
    expect(unavailable(part(el, 'fit')!), '"Show all" shows this view: nothing more to show').to.equal(true);
  });

  it('the page\'s start and end: its start stays, its end moves later just enough', async () => {
    const { el } = await mountAt(900, { start: '2020-06-01', end: '2020-06-27' });
    expectWhole(el);
    const view = range(el);
    expect(view.start).to.equal(Date.UTC(2020, 5, 1));
    expect(view.end).to.be.above(Date.UTC(2020, 5, 28));
    expect(view.end).to.be.below(Date.UTC(2020, 5, 28) + 14 * DAY);
    // "Show all" then shows everything with its own room, and nothing more: the button goes grey.
    await click(part(el, 'fit')!);
    await still(el);
    expectWhole(el);
    expect(range(el).start).to.equal(FITTED.start);
    expect(unavailable(part(el, 'fit')!), 'nothing more to show').to.equal(true);
  });

  it('zoomTo, a view the page chose exactly, is shown as chosen: the label is cut there (and named whole)', async () => {
    const { el } = await mountAt(900);
    el.zoomTo('2020-06-01', '2020-06-27', false);
    await settle(el);
    expect(range(el)).to.deep.equal({ start: Date.UTC(2020, 5, 1), end: Date.UTC(2020, 5, 28) });
    const label = drawnLabel(el, 'end')!;
    expect(label.truncated).to.equal(true);
    expect(label.full).to.equal(TITLE);
  });

  it('the reader zooms in, then "Show all": back to the same view with its room, the label whole when it stops', async () => {
    const { el } = await mountAt(900);
    const first = range(el);
    await click(part(el, 'zoom-in')!);
    await still(el);
    expect(range(el).end - range(el).start, 'zoomed in').to.be.below(first.end - first.start);
    const changed = record<{ startMs: number; endMs: number }>(el, 'timeline-rangechanged');
    await click(part(el, 'fit')!);
    await still(el);
    expect(range(el)).to.deep.equal(first);
    expectWhole(el);
    await until('the settled range is told', () => changed.events.length > 0);
    changed.stop();
    const told = changed.events.at(-1)!.detail;
    expect({ start: told.startMs, end: told.endMs }, 'listeners learn the view shown').to.deep.equal(first);
  });

  it('an edit of the markup keeps the reader\'s view where they put it, in the room made for labels', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><event-timeline max-rows="1" locale="en" no-hash>
      <timeline-event id="early"><time datetime="2020-06-02"></time><h3>Talks begin</h3></timeline-event>
      <timeline-event id="a"><time datetime="2020-06-22"></time><h3>A</h3></timeline-event>
      <timeline-event id="end"><time datetime="2020-06-27"></time><h3>${TITLE}</h3></timeline-event>
    </event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await settle(el);
    const first = range(el);
    expect(first.end, 'room made').to.be.above(FITTED.end);
    // The view at the very end of the room, past the data's own margin.
    el.zoomTo(first.end - 10 * DAY, first.end, false);
    await settle(el);
    const put = range(el);
    expect(put).to.deep.equal({ start: first.end - 10 * DAY, end: first.end });
    const added = document.createElement('timeline-event');
    added.id = 'mid';
    added.innerHTML = '<time datetime="2020-06-10"></time><h3>Mid</h3>';
    el.append(added);
    await until('the edit is read', () => el.document?.events.some((e) => e.id === 'mid'));
    await settle(el);
    expect(range(el)).to.deep.equal(put);
  });

  it('a wider plot needs less room: the end comes back towards the data\'s, every label still whole', async () => {
    const { el, wrapper } = await mountAt(900);
    const narrow = range(el);
    wrapper.style.width = '1250px';
    await until('the view made room for the wider plot', () => range(el).end < narrow.end);
    await settle(el);
    expect(range(el).start).to.equal(FITTED.start);
    expect(range(el).end).to.be.at.least(FITTED.end);
    expectWhole(el);
  });
});
