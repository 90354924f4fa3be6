import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { wheel } from '../helpers/browser.js';
import { afterWheel, click, mountData, part, plotPoint, record, settle, span, spoken, still, unavailable } from '../helpers/timeline.js';
import { until } from '../helpers/signals.js';
import { HOUR } from '../helpers/utc.js';
import { contrast } from '../helpers/contrast.js';

const demo = tiktok2020;

const button = (el: Parameters<typeof part>[0], name: string) => part(el, name) as HTMLButtonElement;

/** Focuses "Show all" and presses Enter on it: everything is shown, so the button is unavailable. */
async function pressShowAll(el: Parameters<typeof part>[0]): Promise<HTMLButtonElement> {
  const fit = button(el, 'fit');
  fit.focus();
  await sendKeys({ press: 'Enter' });
  await still(el);
  expect(unavailable(fit), 'everything shown').to.equal(true);
  return fit;
}

describe('<event-timeline> zoom and fit buttons', () => {
  it('"Zoom in" halves the span around the centre, "Zoom out" doubles it back', async () => {
    const el = await mountData(demo);
    el.zoomTo('2020-04-01', '2020-08-01', false);
    await settle(el);
    const s0 = span(el);
    const mid0 = (el.visibleRange.start.getTime() + el.visibleRange.end.getTime()) / 2;
    await click(button(el, 'zoom-in'));
    await still(el);
    expect(span(el) / s0).to.be.closeTo(0.5, 0.01);
    expect((el.visibleRange.start.getTime() + el.visibleRange.end.getTime()) / 2).to.be.closeTo(mid0, s0 * 0.01);
    await click(button(el, 'zoom-out'));
    await still(el);
    expect(span(el) / s0).to.be.closeTo(1, 0.01);
  });

  it('"Show all" returns to the fitted view after zooming and panning', async () => {
    const el = await mountData(demo);
    const fitted = el.visibleRange;
    el.zoomTo('2020-06-01', '2020-06-10', false);
    await settle(el);
    const fit = button(el, 'fit');
    expect(fit.textContent!.trim()).to.equal('Show all');
    await click(fit);
    await still(el);
    expect(el.visibleRange.start.getTime()).to.be.closeTo(fitted.start.getTime(), 1000);
    expect(el.visibleRange.end.getTime()).to.be.closeTo(fitted.end.getTime(), 1000);
  });

  it('the buttons have accessible names', async () => {
    const el = await mountData(demo);
    expect(button(el, 'zoom-in').getAttribute('aria-label')).to.equal('Zoom in');
    expect(button(el, 'zoom-out').getAttribute('aria-label')).to.equal('Zoom out');
  });

  it('the buttons fire timeline-rangechange and one timeline-rangechanged', async () => {
    const el = await mountData(demo);
    const changing = record(el, 'timeline-rangechange');
    const changed = record(el, 'timeline-rangechanged');
    await click(button(el, 'zoom-in'));
    await still(el);
    changing.stop();
    changed.stop();
    expect(changing.events.length).to.be.at.least(1);
    expect(changed.events).to.have.length(1);
  });
});

describe('<event-timeline> zoom limits', () => {
  it('at the fitted view "Zoom out" and "Show all" are disabled and Ctrl+wheel cannot zoom out', async () => {
    const el = await mountData(demo);
    expect(unavailable(button(el, 'zoom-out'))).to.equal(true);
    expect(unavailable(button(el, 'fit'))).to.equal(true);
    const before = el.visibleRange;
    const [x, y] = plotPoint(el, 0.5);
    await wheel(x, y, { deltaY: 400, ctrl: true });
    await afterWheel(el);
    expect(el.visibleRange.start.getTime()).to.equal(before.start.getTime());
    expect(el.visibleRange.end.getTime()).to.equal(before.end.getTime());
  });

  it('zoomTo a span wider than everything stops at the fitted view', async () => {
    const el = await mountData(demo);
    const fitted = span(el);
    el.zoomTo('1990-01-01', '2050-01-01', false);
    await settle(el);
    expect(span(el)).to.be.closeTo(fitted, 1000);
  });

  // With a time of day in the data: dates known only to the day stop at three days (zoom-floor.test.ts).
  const timed: TimelineDocument = { ...demo, events: [...demo.events, { id: 'briefing', title: 'Briefing', start: '2020-06-02T12:00:00Z' }] };

  it('zooming in stops at about an hour across where a date has a time: "Zoom in" then disables', async () => {
    const el = await mountData(timed);
    el.zoomTo('2020-06-02T10:00Z', '2020-06-02T14:00Z', false);
    await settle(el);
    for (let i = 0; i < 4 && !unavailable(button(el, 'zoom-in')); i++) {
      await click(button(el, 'zoom-in'));
      await still(el);
    }
    expect(span(el)).to.be.within(HOUR * 0.9, HOUR * 1.1);
    expect(unavailable(button(el, 'zoom-in'))).to.equal(true);
  });

  it('"Zoom in" pressed to the closest zoom and "Show all" pressed keep keyboard focus (unavailable, not disabled)', async () => {
    const el = await mountData(demo, { 'no-hash': '' });
    el.zoomTo('2020-06-01', '2020-06-13', false);
    await settle(el);
    const zoomIn = button(el, 'zoom-in');
    zoomIn.focus();
    for (let i = 0; i < 4 && !unavailable(zoomIn); i++) {
      await sendKeys({ press: 'Enter' });
      await still(el);
    }
    expect(unavailable(zoomIn), 'at the closest zoom').to.equal(true);
    expect(el.shadowRoot!.activeElement === zoomIn, 'focus stays on "Zoom in"').to.equal(true);
    const closest = span(el);
    await sendKeys({ press: 'Enter' });
    await still(el);
    expect(span(el), 'a press does nothing').to.equal(closest);
    const fit = await pressShowAll(el);
    expect(el.shadowRoot!.activeElement === fit, 'focus stays on "Show all"').to.equal(true);
  });

  it('an unavailable button keeps a focus ring at full strength (greyed by its colours, not by opacity, which faded the ring to 2.5:1)', async () => {
    const el = await mountData(demo, { 'no-hash': '' });
    await settle(el);
    const fit = await pressShowAll(el);
    expect(el.shadowRoot!.activeElement === fit, 'focused').to.equal(true);
    let opacity = 1;
    for (let node: Element | null = fit; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) opacity *= Number(getComputedStyle(node).opacity);
    expect(opacity, 'drawn at full opacity').to.equal(1);
    const style = getComputedStyle(fit);
    const background = getComputedStyle(el.shadowRoot!.querySelector('.toolbar')!).backgroundColor;
    const page = background === 'rgba(0, 0, 0, 0)' ? getComputedStyle(el).backgroundColor : background;
    expect(style.outlineStyle, 'a focus ring').to.equal('solid');
    expect(contrast(style.outlineColor, page), 'ring against the toolbar').to.be.at.least(3);
    // Greyed: its words are fainter than an available button's, yet there.
    const available = getComputedStyle(button(el, 'zoom-in')).color;
    expect(style.color, 'greyed words').not.to.equal(available);
    expect(contrast(style.color, getComputedStyle(fit).backgroundColor), 'words still there').to.be.at.least(1.8);
  });

  it('zoomTo ten minutes shows an hour', async () => {
    const el = await mountData(timed);
    el.zoomTo('2020-06-02T10:00Z', '2020-06-02T10:10Z', false);
    await settle(el);
    expect(span(el)).to.be.within(HOUR * 0.9, HOUR * 1.1);
  });

  it('Ctrl+wheel far in stops at about an hour', async () => {
    const el = await mountData(timed);
    el.zoomTo('2020-06-02T08:00Z', '2020-06-02T16:00Z', false);
    await settle(el);
    const [x, y] = plotPoint(el, 0.5);
    for (let i = 0; i < 6; i++) await wheel(x, y, { deltaY: -500, ctrl: true });
    await afterWheel(el);
    expect(span(el)).to.be.within(HOUR * 0.9, HOUR * 1.1);
  });
});

describe('<event-timeline> range events are for the user only', () => {
  it('fit(), zoomTo() and select() fire neither timeline-rangechange nor timeline-rangechanged', async () => {
    const el = await mountData(demo);
    const changing = record(el, 'timeline-rangechange');
    const changed = record(el, 'timeline-rangechanged');
    el.zoomTo('2020-05-01', '2020-07-01');
    await still(el);
    el.zoomTo('2020-06-01', '2020-06-10', false);
    await settle(el);
    el.fit();
    await still(el);
    el.select('eo-deadline');
    await still(el);
    changing.stop();
    changed.stop();
    expect(changing.events.length + changed.events.length).to.equal(0);
  });

  it('a key that takes focus to an event out of view, and a card\'s Next, fire them too; the live region keeps saying the event, not the span', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '', locale: 'en-GB' });
    el.zoomTo('2020-05-20', '2020-06-10', false);
    await settle(el);
    const last = [...demo.events].sort((a, b) => b.start.localeCompare(a.start))[0]!;
    const lastMs = Date.parse(last.start);
    expect(lastMs, 'the last event is out of view').to.be.above(el.visibleRange.end.getTime());
    await el.focusEvent('fbi-sitrep-1');
    await still(el);
    const changed = record<{ startMs: number; endMs: number }>(el, 'timeline-rangechanged');
    await sendKeys({ press: 'End' });
    await until('the view at the last event, told', () => changed.events.length > 0);
    await still(el);
    const told = changed.events.at(-1)!.detail;
    expect(lastMs, 'the told view holds the last event').to.be.within(told.startMs, told.endMs);
    expect(told.endMs).to.equal(el.visibleRange.end.getTime());
    expect(spoken(el), 'focus on the mark says the event: no span over it').to.not.match(/^Showing/);
    // The card's Next to an event out of view.
    el.zoomTo('2020-05-20', '2020-06-10', false);
    await settle(el);
    el.select('fbi-sitrep-2');
    await still(el);
    const order = [...demo.events].sort((a, b) => a.start.localeCompare(b.start));
    const next = order[order.findIndex((e) => e.id === 'fbi-sitrep-2') + 1]!;
    changed.events.length = 0;
    await click(button(el, 'next'));
    await until('the card\'s move told', () => changed.events.length > 0);
    await still(el);
    expect(el.selected).to.equal(next.id);
    expect(Date.parse(next.start)).to.be.within(changed.events.at(-1)!.detail.startMs, changed.events.at(-1)!.detail.endMs);
    expect(spoken(el), 'the card\'s new event is what is said').to.include(next.title);
    changed.stop();
  });

  it('an API call after a user move fires nothing more', async () => {
    const el = await mountData(demo);
    await click(button(el, 'zoom-in'));
    await still(el);
    const changing = record(el, 'timeline-rangechange');
    const changed = record(el, 'timeline-rangechanged');
    el.fit();
    await still(el);
    changing.stop();
    changed.stop();
    expect(changing.events.length + changed.events.length).to.equal(0);
  });
});
