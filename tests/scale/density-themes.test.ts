/**
 * Density strips as the rest of the plot: right to left (time runs leftwards, words in Arabic),
 * dark, and forced colours (bars drawn in the system's colours, no tint).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import '../../src/i18n/ar.js';
import { syntheticTimeline } from '../../events/synthetic.js';
import { emulateMediaFeatures } from '../helpers/browser.js';
import type { Timeline } from '../helpers/timeline.js';
import { drawn, part, pixel, plotRect, sameColour, settle } from '../helpers/timeline.js';
import { spansOf, startingIn } from './scale-helpers.js';
import { contrast } from '../helpers/contrast.js';
import type { Spans } from './scale-helpers.js';
import type { SceneLane } from '../../src/scene/types.js';
import { until } from '../helpers/signals.js';

type StripLane = SceneLane & { strip: NonNullable<SceneLane['strip']> };

function stripLanes(el: Timeline): StripLane[] {
  return drawn(el).lanes.filter((l): l is StripLane => !!l.strip);
}

/** A bar's pixel (the busiest bucket, near the strip's top) and the strip's where no bucket is (before the first event). */
function barAndEmpty(el: Timeline, lane: StripLane): [number[], number[]] {
  const plot = plotRect(el);
  const b = lane.strip.busiest!;
  const y = plot.top + lane.strip.top + 2;
  const buckets = lane.strip.buckets;
  // Right to left, the first bucket is the rightmost: the empty strip lies past its right edge.
  const rtl = buckets[0]!.left > buckets[buckets.length - 1]!.left;
  const emptyX = rtl ? Math.min(plot.width - 2, buckets[0]!.right + 12) : Math.max(2, buckets[0]!.left - 12);
  return [pixel(el, plot.left + (b.left + b.right) / 2, y), pixel(el, plot.left + emptyX, y)];
}

/** Each strip lane's contrast of its busiest bar against its strip where no bucket is (WCAG 1.4.11 asks 3:1 of graphics that carry data). */
function barContrasts(el: Timeline): string[] {
  return stripLanes(el).map((lane) => {
    const [bar, empty] = barAndEmpty(el, lane);
    const rgb = (c: number[]) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
    return `${lane.label}: ${contrast(rgb(bar), rgb(empty)).toFixed(2)}`;
  });
}
const under3 = (list: string[]) => list.filter((s) => Number(s.split(': ')[1]) < 3);

describe('<event-timeline> density strips right to left, dark and in forced colours', () => {
  let el: Timeline;
  let spans: Spans;

  before(async () => {
    const doc = syntheticTimeline({ count: 20_000, seed: 2, shaped: true });
    spans = spansOf(doc);
    const wrapper = document.createElement('div');
    wrapper.dir = 'rtl';
    wrapper.lang = 'ar';
    wrapper.style.width = '900px';
    el = document.createElement('event-timeline');
    el.setAttribute('locale', 'ar');
    el.setAttribute('no-hash', '');
    el.data = doc;
    wrapper.append(el);
    document.body.append(wrapper);
    await settle(el);
  });

  after(async () => {
    el?.parentElement?.remove();
    await emulateMediaFeatures({});
    await emulateMedia({ colorScheme: 'light' });
  });

  it('right to left: time runs leftwards through the buckets, and a hovered bucket tells its count in Arabic', async () => {
    const lanes = stripLanes(el);
    expect(lanes.length, 'every lane shows a strip').to.equal(drawn(el).lanes.length);
    const lane = lanes[0]!;
    const buckets = lane.strip.buckets;
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.right, 'a later bucket lies to the left').to.be.at.most(buckets[i - 1]!.left + 0.01);
    const b = lane.strip.busiest!;
    const plot = plotRect(el);
    await sendMouse({ type: 'move', position: [Math.round(plot.left + (b.left + b.right) / 2), Math.round(plot.top + lane.strip.top + lane.strip.height - 3)] });
    const words = (await until('a tooltip', () => part(el, 'tooltip'))).textContent ?? '';
    expect(words, 'the count in Arabic digits').to.contain(startingIn(spans, b.start, b.end, lane.index).toLocaleString('ar'));
    expect(words).to.match(/حدث|أحداث/);
    await sendMouse({ type: 'move', position: [2, 2] });
    const group = el.shadowRoot!.querySelector('[part~="strip"]')!.parentElement!;
    expect(group.getAttribute('aria-label'), 'the summary in Arabic').to.contain('أكثرها في');
  });

  it('right to left: the bars are drawn where the scene puts them, at 3:1 at least against their strip in every lane', async () => {
    const [bar, empty] = barAndEmpty(el, stripLanes(el)[0]!);
    expect(sameColour(bar, empty, 12), `bar ${bar} vs strip ${empty}`).to.equal(false);
    expect(under3(barContrasts(el)), barContrasts(el).join(', ')).to.deep.equal([]);
  });

  it('dark: bars stand out from the strip, and axe passes', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 23, 27)');
    const [bar, empty] = barAndEmpty(el, stripLanes(el)[1]!);
    expect(sameColour(bar, empty, 12), `bar ${bar} vs strip ${empty}`).to.equal(false);
    expect(under3(barContrasts(el)), `3:1 against the strip: ${barContrasts(el).join(', ')}`).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('forced colours: bars in the lane\'s system colour on the plain background (no tint)', async () => {
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    await settle(el);
    const lane = stripLanes(el)[2]!;
    const [bar, empty] = barAndEmpty(el, lane);
    expect(bar[3], `bar ${bar}: solid`).to.equal(255);
    // No tint: where no bucket is, the canvas leaves the plot's system background showing.
    expect(empty[3], `strip ${empty}: nothing painted`).to.equal(0);
    await emulateMediaFeatures({});
  });

  it('forced colours: a bucket\'s words on hover are boxed in the text colour, not one line with the labels beside them', async () => {
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    await settle(el);
    const lane = stripLanes(el)[2]!;
    const b = lane.strip.busiest!;
    const plot = plotRect(el);
    await sendMouse({ type: 'move', position: [Math.round(plot.left + (b.left + b.right) / 2), Math.round(plot.top + lane.strip.top + lane.strip.height - 3)] });
    await el.updateComplete;
    const tip = part(el, 'tooltip')!;
    expect(tip, 'a tooltip').to.exist;
    const style = getComputedStyle(tip);
    expect([style.borderTopStyle, style.borderTopWidth], 'a border').to.deep.equal(['solid', '1px']);
    expect(style.borderTopColor, 'in the text colour').to.equal(style.color);
    await sendMouse({ type: 'move', position: [2, 2] });
    await emulateMediaFeatures({});
  });
});
