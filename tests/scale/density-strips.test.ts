/**
 * Density strips at 100,000 events: zoomed out, every lane's "+N" row is a histogram of its
 * events per bucket of time, whose counts are the data's; a reader can point at a bucket or move
 * to it with the keyboard to read its span and count, and zoom to it; the counts stay put while
 * panning, and zooming in far enough brings the marks back.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { syntheticTimeline } from '../../events/synthetic.js';
import type { Timeline } from '../helpers/timeline.js';
import { drawn, part, pixel, plotRect, sameColour, settle, still, utc } from '../helpers/timeline.js';
import { wheel } from '../helpers/browser.js';
import { until } from '../helpers/signals.js';
import { drawnBuckets, drawnIds, mountOnce, reaching, show, spansOf, startingIn } from './scale-helpers.js';
import type { Spans } from './scale-helpers.js';
import type { SceneBucket, SceneLane } from '../../src/scene/types.js';

const COUNT = 100_000;
const WIDTH = 1200;

/** What has focus inside the timeline: the button itself. */
function focusedButton(el: Timeline): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Lanes drawing a strip, with their strip. */
function stripLanes(el: Timeline): Array<SceneLane & { strip: NonNullable<SceneLane['strip']> }> {
  return drawn(el).lanes.filter((l): l is SceneLane & { strip: NonNullable<SceneLane['strip']> } => !!l.strip);
}

/** Buckets of a strip meeting the view. */
function inView(el: Timeline, buckets: readonly SceneBucket[]): SceneBucket[] {
  const a = el.visibleRange.start.getTime();
  const b = el.visibleRange.end.getTime();
  return buckets.filter((x) => x.end > a && x.start < b);
}

/** The number in words like "Politics: 16,702 events, …" or "January – March 2011: 412 events". */
function countIn(words: string, after: string): number {
  const m = new RegExp(`${after}([\\d,]+)`).exec(words);
  return m ? Number(m[1]!.replace(/,/g, '')) : NaN;
}

/** Focus is on a mark, "+N" mark or bucket of lane `laneIndex` for a time inside `b`. */
function expectFocusIn(el: Timeline, spans: Spans, laneIndex: number, b: { start: number; end: number }): void {
  const focused = focusedButton(el)!;
  expect(focused, 'focus in the timeline').to.exist;
  const what = `${focused.getAttribute('part')} ${focused.getAttribute('aria-label')}`;
  expect(focused.closest<HTMLElement>('[part~="lane"]')?.dataset.lane, `${what}: in lane ${laneIndex}`).to.equal(String(laneIndex));
  const id = focused.dataset.eventId;
  const key = focused.dataset.cluster!;
  const span = id
    ? { start: spans.start[spans.ids.indexOf(id)]!, end: spans.start[spans.ids.indexOf(id)]! + 1 }
    : (drawnBuckets(el).find((x) => x.key === key) ?? drawn(el).lanes.flatMap((l) => l.clusters).find((c) => c.key === key))!;
  expect(span.start < b.end && span.end > b.start, `${what}: inside ${new Date(b.start).toISOString()} – ${new Date(b.end).toISOString()}`).to.equal(true);
}

/**
 * The view a bucket opened to: its span and a twentieth of it on either side (exactly its span
 * drew its first day's markers half outside the plot), and every marker of the events starting
 * in it wholly in the plot.
 */
function expectBucketView(el: Timeline, b: { start: number; end: number }): void {
  const margin = (b.end - b.start) * 0.05;
  expect(el.visibleRange.start.getTime()).to.be.closeTo(b.start - margin, 1000);
  expect(el.visibleRange.end.getTime()).to.be.closeTo(b.end + margin, 1000);
  for (const m of drawn(el).lanes.flatMap((l) => l.marks)) {
    if (m.item.start >= b.start && m.item.start < b.end && !m.bar) expect(m.left, `${m.item.id}'s marker in the plot`).to.be.at.least(0);
  }
}

/** Points at a lane's busiest bucket, reads the span its tooltip names, clicks it and waits for the view to rest; returns the span's words. */
async function openWithMouse(el: Timeline, lane: SceneLane & { strip: NonNullable<SceneLane['strip']> }): Promise<string> {
  const b = lane.strip.busiest!;
  const plot = plotRect(el);
  const at: [number, number] = [Math.round(plot.left + (b.left + b.right) / 2), Math.round(plot.top + lane.strip.top + lane.strip.height - 3)];
  await sendMouse({ type: 'move', position: at });
  // Hover is tested once the view rests (a move just before may still be within its burst).
  const tip = await until("the bucket's words", () => part(el, 'tooltip'));
  const span = tip.textContent!.split(': ')[0]!;
  await sendMouse({ type: 'click', position: at });
  await still(el);
  return span;
}

describe('<event-timeline> with 100,000 events: density strips', () => {
  let el: Timeline;
  let spans: Spans;

  before(async () => {
    const doc = syntheticTimeline({ count: COUNT, seed: 1, shaped: true });
    spans = spansOf(doc);
    el = await mountOnce(doc, WIDTH);
  });

  after(() => el?.parentElement?.remove());

  it('fit(): every lane shows a strip whose bucket counts add up to its events in view, and says so to screen readers with its busiest bucket', async () => {
    el.fit(false);
    await settle(el);
    const lanes = stripLanes(el);
    expect(lanes.length, 'lanes with a strip').to.equal(drawn(el).lanes.length);
    expect(lanes.length).to.equal(6);
    const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="strip"]')].map((b) => b.parentElement!).filter((g) => g.getAttribute('role') === 'group');
    expect(groups.length, 'one named group per strip').to.equal(6);
    let total = 0;
    for (const lane of lanes) {
      const shown = inView(el, lane.strip.buckets);
      const sum = shown.reduce((s, b) => s + b.count, 0);
      const first = shown[0]!.start;
      const last = shown[shown.length - 1]!.end;
      expect(sum, `lane ${lane.label}: bucket counts = its events starting in them`).to.equal(startingIn(spans, first, last, lane.index));
      // Fitted, the view holds every event: the lane's whole count.
      expect(sum, `lane ${lane.label}: all its events`).to.equal(startingIn(spans, -Infinity, Infinity, lane.index));
      // Each bucket's own count is the data's.
      for (const b of shown) expect(b.count, `${lane.label} ${new Date(b.start).toISOString()}`).to.equal(startingIn(spans, b.start, b.end, lane.index));
      total += sum;
      const group = groups.find((g) => g.getAttribute('aria-label')!.startsWith(`${lane.label}:`))!;
      const name = group.getAttribute('aria-label')!;
      expect(countIn(name, `${lane.label}: `), name).to.equal(sum);
      const busiest = shown.reduce((best, b) => (b.count > best.count ? b : best));
      expect(name, 'names the busiest bucket').to.match(new RegExp(`busiest in .*${new Date(busiest.start).getUTCFullYear()}$`));
      // The busiest's bar fills the strip; the others are shares of it.
      expect(busiest.height).to.equal(lane.strip.height);
    }
    expect(total).to.equal(COUNT);
  });

  it('each strip\'s key beside its lane\'s name says what a bar spans and what a full bar counts, at "fit all" and zoomed in to months', async () => {
    const DAY = 86_400_000;
    const keys = async (from?: number, to?: number) => {
      if (from === undefined) {
        el.fit(false);
        await settle(el);
      } else await show(el, from, to!);
      return stripLanes(el).map((lane) => {
        const key = el.shadowRoot!.querySelector(`[part~="lane"][data-lane="${lane.index}"] [part~="strip-scale"]`)?.textContent ?? '';
        const b = lane.strip.busiest!;
        const days = (b.end - b.start) / DAY;
        const unit = days >= 89 && days <= 92 ? '3 months' : days >= 28 && days <= 31 ? 'month' : `${days} days`;
        return { key, unit, busiest: b.count, full: b.height === lane.strip.height };
      });
    };
    const fitted = await keys();
    expect(fitted.length).to.equal(6);
    for (const k of fitted) {
      expect(k.key).to.match(new RegExp(`^a bar per ${k.unit}, full height [\\d,]+ events$`));
      // Fitted, the busiest bucket is in view: its bar is the full one, and the key counts it.
      expect(countIn(k.key, 'full height '), k.key).to.equal(k.busiest);
      expect(k.full).to.equal(true);
    }
    const zoomed = await keys(utc(2010, 1, 1), utc(2013, 1, 1));
    expect(zoomed.map((k) => k.unit), 'months at three years').to.deep.equal(zoomed.map(() => 'month'));
    // A full bar is the lane's busiest month of all twenty years (the level's), in view or not.
    const busiestMonth = new Map<number, number>();
    const perMonth = new Map<number, number>();
    for (let i = 0; i < spans.start.length; i++) {
      const d = new Date(spans.start[i]!);
      const key = spans.lane[i]! * 100_000 + d.getUTCFullYear() * 12 + d.getUTCMonth();
      const n = (perMonth.get(key) ?? 0) + 1;
      perMonth.set(key, n);
      busiestMonth.set(spans.lane[i]!, Math.max(busiestMonth.get(spans.lane[i]!) ?? 0, n));
    }
    stripLanes(el).forEach((lane, i) => {
      const k = zoomed[i]!;
      expect(k.key).to.match(/^a bar per month, /);
      expect(countIn(k.key, 'full height '), `${lane.label}: ${k.key}`).to.equal(busiestMonth.get(lane.index));
    });
  });

  it('a month\'s bucket opened with the mouse is named as its tooltip named it, in the toolbar and in what the live region says', async () => {
    await show(el, utc(2010, 1, 1), utc(2013, 1, 1));
    const b = stripLanes(el)[1]!.strip.busiest!;
    const span = await openWithMouse(el, stripLanes(el)[1]!);
    expect(span, 'a month').to.match(/^[A-Z][a-z]+ \d{4}$/);
    expect(el.shadowRoot!.querySelector('.range-label')!.textContent!.trim()).to.equal(span);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await until('the view is announced', () => status.textContent!.startsWith(`Showing ${span}, `));
    // Counted as the bucket: its events, not the margin's either side.
    const said = countIn(status.textContent!, ', ');
    const view = reaching(spans, el.visibleRange.start.getTime(), el.visibleRange.end.getTime(), 1);
    expect(said, status.textContent!).to.be.at.least(startingIn(spans, b.start, b.end));
    expect(said, `${status.textContent} (the view holds ${view})`).to.be.below(view);
    await sendMouse({ type: 'move', position: [2, 2] });
    // The tests after this one start from "fit all".
    el.fit(false);
    await settle(el);
  });

  it('the bars are drawn in the lane\'s colour over its tint, the busiest a full-height bar', async () => {
    const lane = stripLanes(el)[0]!;
    const busiest = lane.strip.busiest!;
    const plot = plotRect(el);
    const y = plot.top + lane.strip.top + 2;
    const bar = pixel(el, plot.left + (busiest.left + busiest.right) / 2, y);
    // Before the first event: the strip's tint, no bar.
    const empty = pixel(el, plot.left + Math.max(2, lane.strip.buckets[0]!.left - 12), y);
    expect(sameColour(bar, empty, 12), `bar ${bar} vs tint ${empty}`).to.equal(false);
  });

  it('hovering a bucket with the mouse shows its span and count', async () => {
    const lane = stripLanes(el)[1]!;
    const b = lane.strip.busiest!;
    const plot = plotRect(el);
    await sendMouse({ type: 'move', position: [Math.round(plot.left + (b.left + b.right) / 2), Math.round(plot.top + lane.strip.top + lane.strip.height - 3)] });
    const tip = await until('a tooltip', () => part(el, 'tooltip'));
    const words = tip.textContent!;
    expect(countIn(words, ': '), words).to.equal(startingIn(spans, b.start, b.end, lane.index));
    expect(words).to.contain(String(new Date(b.start).getUTCFullYear()));
    expect(words).to.match(/ events$/);
    await sendMouse({ type: 'move', position: [2, 2] });
    await el.updateComplete;
    expect(part(el, 'tooltip'), 'gone when the pointer leaves').to.equal(null);
  });

  it('clicking a bucket with the mouse zooms to its span, and the toolbar names the bucket (not the margin\'s days of the months either side)', async () => {
    el.fit(false);
    await settle(el);
    const b = stripLanes(el)[3]!.strip.busiest!;
    const span = await openWithMouse(el, stripLanes(el)[3]!);
    expectBucketView(el, b);
    const words = el.shadowRoot!.querySelector('.range-label')!.textContent!.trim();
    expect(words, 'the bucket\'s span').to.equal(span);
    // Moved on, the view is named as seen again.
    await show(el, el.visibleRange.start.getTime() + (b.end - b.start) / 4, el.visibleRange.end.getTime() + (b.end - b.start) / 4);
    expect(el.shadowRoot!.querySelector('.range-label')!.textContent!.trim(), 'panned').not.to.equal(span);
    await sendMouse({ type: 'move', position: [2, 2] });
  });

  it('the keyboard reaches a bucket from the events (ArrowRight onto a folded event), steps bucket by bucket, and Enter zooms to it', async function () {
    this.timeout(30_000);
    el.fit(false);
    await settle(el);
    // A drawn mark whose next event (in time) is folded into a strip.
    const ids = new Set(drawnIds(el));
    const from = drawn(el)
      .lanes.flatMap((l) => l.marks)
      .find((m) => {
        const next = m.item.index + 1;
        return next < spans.ids.length && !ids.has(spans.ids[next]!) && m.left > 0 && m.right < WIDTH;
      })!;
    expect(from, 'a mark before a folded event').to.exist;
    const next = from.item.index + 1;
    await el.focusEvent(from.item.id);
    await settle(el);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    let button = focusedButton(el)!;
    expect(button?.getAttribute('part'), 'focus on a strip bucket').to.equal('strip');
    const lane = stripLanes(el).find((l) => l.index === spans.lane[next])!;
    const holding = lane.strip.buckets.find((b) => b.start <= spans.start[next]! && spans.start[next]! < b.end)!;
    expect(button.dataset.cluster).to.equal(holding.key);
    expect(countIn(button.getAttribute('aria-label')!, ': ')).to.equal(startingIn(spans, holding.start, holding.end, lane.index));
    // Focus shows the same words as hover.
    expect(part(el, 'tooltip')?.textContent).to.equal(button.getAttribute('aria-label'));
    // The group around it names the lane's summary.
    expect(button.parentElement!.getAttribute('aria-label')).to.match(new RegExp(`^${lane.label}: [\\d,]+ events, busiest in `));

    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    button = focusedButton(el)!;
    const after = lane.strip.buckets[lane.strip.buckets.indexOf(holding) + 1]!;
    expect(button.dataset.cluster, 'the next bucket').to.equal(after.key);
    expect(countIn(button.getAttribute('aria-label')!, ': ')).to.equal(startingIn(spans, after.start, after.end, lane.index));
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedButton(el)!.dataset.cluster, 'back').to.equal(holding.key);
    // Out with Shift+Tab and back with Tab: the bucket holds the Tab stop and shows its words again.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(focusedButton(el)?.getAttribute('part') ?? '', 'focus left the strip').not.to.equal('strip');
    expect(part(el, 'tooltip'), 'no words once focus left').to.equal(null);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(focusedButton(el)?.dataset.cluster, 'back on the bucket').to.equal(holding.key);
    expect(part(el, 'tooltip')?.textContent).to.equal(focusedButton(el)!.getAttribute('aria-label'));

    await sendKeys({ press: 'Enter' });
    await still(el);
    expectBucketView(el, holding);
    expect(focusedButton(el), 'focus stays in the timeline').to.exist;
    expectFocusIn(el, spans, lane.index, holding);
  });

  it('Enter on a bucket of a lane other than the first leaves focus in that lane, at the bucket\'s time (it went to the first lane\'s first mark)', async function () {
    this.timeout(30_000);
    for (const laneIndex of [3, 1]) {
      el.fit(false);
      await settle(el);
      const button = el.shadowRoot!.querySelector<HTMLElement>(`[part~="lane"][data-lane="${laneIndex}"] button[part~="strip"]`)!;
      expect(button, `lane ${laneIndex}'s strip`).to.exist;
      const bucket = drawnBuckets(el).find((b) => b.key === button.dataset.cluster)!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await still(el);
      expectBucketView(el, bucket);
      expectFocusIn(el, spans, laneIndex, bucket);
    }
  });

  it('Up and Down go row by row, a lane\'s labels then its strip, keeping the time: every strip is reached, and Up from a strip goes to its own lane\'s labels (it went to an event years away in the lane above)', async function () {
    this.timeout(30_000);
    el.fit(false);
    await settle(el);
    const lanes = stripLanes(el);
    /** Where focus is: a bucket's lane and span, or a mark's lane and start. */
    const place = () => {
      const button = focusedButton(el)!;
      const lane = Number(button.closest<HTMLElement>('[part~="lane"]')!.dataset.lane);
      const bucket = drawnBuckets(el).find((b) => b.key === button.dataset.cluster);
      if (bucket) return { lane, strip: true, start: bucket.start, end: bucket.end };
      const start = spans.start[spans.ids.indexOf(button.dataset.eventId!)]!;
      return { lane, strip: false, start, end: start + 1 };
    };
    // The first lane's labelled mark nearest the middle of the view.
    const first = lanes[0]!.marks.filter((m) => m.x > 0 && m.x < WIDTH).reduce((a, b) => (Math.abs(b.x - WIDTH / 2) < Math.abs(a.x - WIDTH / 2) ? b : a));
    await el.focusEvent(first.item.id);
    await settle(el);
    const time = first.item.start;
    const visited: Array<ReturnType<typeof place>> = [];
    for (let i = 0; i < 2 * lanes.length - 1; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      visited.push(place());
    }
    const stripsReached = visited.filter((p) => p.strip).map((p) => p.lane);
    expect(stripsReached, 'every lane\'s strip, in order').to.deep.equal(lanes.map((l) => l.index));
    expect(visited.filter((p) => !p.strip).map((p) => p.lane), 'between them, each next lane\'s labels').to.deep.equal(lanes.slice(1).map((l) => l.index));
    for (const p of visited.filter((v) => v.strip)) expect(p.start <= time && time < p.end, `lane ${p.lane}'s bucket holds the time`).to.equal(true);
    // From the last strip, Up: its own lane's labels, then the lane above's strip, still at that time.
    const last = visited[visited.length - 1]!;
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    const up = place();
    expect([up.lane, up.strip], 'its own lane\'s labels').to.deep.equal([last.lane, false]);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    const above = place();
    expect([above.lane, above.strip], 'the strip above').to.deep.equal([lanes[lanes.length - 2]!.index, true]);
    expect(above.start <= time && time < above.end, 'its bucket holds the time').to.equal(true);
    // Another key ends the run: Up and Down then start from where focus is.
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const moved = place();
    expect(moved.strip && moved.start >= above.end, 'the next bucket').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(place().lane, 'the lane below').to.equal(last.lane);
    const down = place();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const strip = place();
    expect([strip.lane, strip.strip], 'its strip').to.deep.equal([last.lane, true]);
    expect(strip.start <= moved.start && moved.start < strip.end, `at the bucket's time, not the first press's (${new Date(down.start).toISOString()})`).to.equal(true);
  });

  it('panning by a tenth of the view keeps every bucket\'s count (and bar) that stays in view', async () => {
    const start = utc(2008, 1, 1);
    const end = utc(2016, 1, 1);
    await show(el, start, end);
    expect(stripLanes(el).length, 'strips at eight years').to.equal(6);
    const heights = new Map(stripLanes(el).flatMap((l) => l.strip.buckets.map((b) => [b.key, b.height] as const)));
    const before = new Map(drawnBuckets(el).map((b) => [b.key, b.count]));
    const shift = (end - start) / 10;
    await show(el, start + shift, end + shift);
    const a = el.visibleRange.start.getTime();
    const b = el.visibleRange.end.getTime();
    const common = drawnBuckets(el).filter((x) => before.has(x.key) && x.start >= a && x.end <= b);
    expect(common.length, 'buckets in both views').to.be.greaterThan(100);
    for (const x of common) expect(x.count, x.key).to.equal(before.get(x.key));
    for (const l of stripLanes(el)) for (const x of l.strip.buckets) if (heights.has(x.key)) expect(x.height, x.key).to.equal(heights.get(x.key));
  });

  it('beside a strip no title is cut by the plot\'s end: at "fit all" and panned with the wheel, a point or thin bar whose title would not fit is left to the strip until it does', async () => {
    /** Strip lanes' points and thin bars whose label is cut with nothing after it in its row (so cut by the plot's end). */
    const cutByTheEnd = () => {
      const scene = drawn(el);
      return stripLanes(el).flatMap((lane) =>
        lane.marks
          .filter((m) => (!m.bar || m.bar.thin) && m.label.truncated && m.x < scene.width)
          .filter((m) => ![...lane.marks, ...lane.clusters].some((o) => o !== m && o.row === m.row && o.left > m.label.left && o.left < scene.width))
          .map((m) => `${m.item.id} "${m.label.text}"`),
      );
    };
    el.fit(false);
    await settle(el);
    expect(stripLanes(el).length, 'strips at "fit all"').to.equal(6);
    expect(cutByTheEnd(), 'at "fit all"').to.deep.equal([]);
    await show(el, utc(2008, 1, 1), utc(2016, 1, 1));
    const plot = plotRect(el);
    for (let i = 0; i < 6; i++) {
      const before = el.visibleRange.start.getTime();
      await wheel(plot.left + plot.width / 2, plot.top + plot.height / 2, { deltaX: 97 });
      await until('the view moved', () => el.visibleRange.start.getTime() > before);
      await settle(el);
      expect(stripLanes(el).length, 'strips while panning').to.equal(6);
      expect(cutByTheEnd(), `after ${i + 1} wheel steps`).to.deep.equal([]);
    }
  });

  it('zooming in far enough replaces the strips with marks', async () => {
    await show(el, utc(2011, 3, 10), utc(2011, 3, 17));
    expect(stripLanes(el).length, 'no strip at a week').to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~="strip"]')).to.equal(null);
    expect(drawnIds(el).length).to.be.greaterThan(10);
  });

  it('is accessible (axe) with a strip bucket focused', async () => {
    el.fit(false);
    await settle(el);
    const ids = new Set(drawnIds(el));
    const from = drawn(el)
      .lanes.flatMap((l) => l.marks)
      .find((m) => m.item.index + 1 < spans.ids.length && !ids.has(spans.ids[m.item.index + 1]!))!;
    await el.focusEvent(from.item.id);
    await settle(el);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedButton(el)?.getAttribute('part')).to.equal('strip');
    await expect(el).to.be.accessible();
  });
});
