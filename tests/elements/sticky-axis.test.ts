/**
 * The axis in sight while the page scrolls a plot taller than the window: it sticks to the
 * window's top over the lanes, its labels drawn on a canvas of its own, and what it covers is
 * neither hit by the pointer nor where a focused mark is left.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { drawn, inViewport, mountData, part, pixel, plotRect, sameColour, scrollRest, settle } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

/** The demo's story as the demo page shows it: as tall as its lanes need, taller than a laptop's window. */
const DEMO = { now: '2020-08-24', 'now-label': 'Article published', 'no-hash': '', start: '2020-03', end: '2020-10', style: '--timeline-max-height: none' };

/** The drawn mark of event `id`, in viewport px. */
function markBox(el: Timeline, id: string): DOMRect {
  const plot = plotRect(el);
  const m = drawn(el).lanes.flatMap((l) => l.marks).find((k) => k.item.id === id)!;
  return new DOMRect(plot.left + m.left, plot.top + m.top, m.right - m.left, m.height);
}

/** Scrolls the page so that the top of what `box` measures is at `top` in the window. */
async function scrollTopTo(el: Timeline, box: () => DOMRect, top: number): Promise<void> {
  window.scrollTo(0, window.scrollY + box().top - top);
  await scrollRest();
  await settle(el);
}

/** Scrolls the page so that the plot's top is `by` px above the window's top. */
async function scrollPlotUp(el: Timeline, by: number): Promise<void> {
  await scrollTopTo(el, () => plotRect(el), -by);
}

describe('<event-timeline> axis in a plot taller than the window', () => {
  inViewport({ width: 1280, height: 600 });
  let spacer: HTMLDivElement | undefined;
  /** The story mounted, with room below it so the page can scroll its plot up under the window's top. */
  async function mount(): Promise<Timeline> {
    const el = await mountData(tiktok2020, DEMO, 1200);
    spacer = document.createElement('div');
    spacer.style.height = '1200px';
    document.body.append(spacer);
    return el;
  }
  afterEach(() => {
    spacer?.remove();
    window.scrollTo(0, 0);
  });

  it('stays at the window\'s top over the lanes, its month labels drawn, while the page scrolls the plot up under it', async () => {
    const el = await mount();
    const axis = part(el, 'axis')!;
    const height = axis.getBoundingClientRect().height;
    await scrollPlotUp(el, 300);
    expect(plotRect(el).top, 'the plot\'s top above the window').to.be.below(-250);
    const box = axis.getBoundingClientRect();
    expect(box.top, 'the axis at the window\'s top').to.be.closeTo(0, 0.5);
    expect(box.height).to.be.closeTo(height, 0.5);
    // Over the lanes: what the reader sees at the axis is the axis, not a lane under it.
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    expect(axis.contains(el.shadowRoot!.elementFromPoint(x, y)), 'the axis is on top').to.equal(true);
    // Its labels: each label is drawn where the scene placed it, in the axis's own text colour.
    const background = pixel(el, box.left + 2, box.top + 2);
    const ticks = drawn(el).axis.minor.filter((t) => t.shown);
    expect(ticks.length, 'labels in the axis').to.be.at.least(5);
    const plot = plotRect(el);
    for (const t of ticks) {
      let inked = false;
      for (let dx = 0; dx < t.width && !inked; dx++) for (let dy = 0; dy < height && !inked; dy++) inked = !sameColour(pixel(el, plot.left + t.left + dx, box.top + dy), background, 40);
      expect(inked, `"${t.label}" drawn`).to.equal(true);
    }
  });

  it('a click on the axis where it covers a mark does not select that mark; below the axis it does', async () => {
    const el = await mount();
    const id = 'fbi-sitrep-1';
    const axisHeight = part(el, 'axis')!.getBoundingClientRect().height;
    // The mark's middle 20 px under the window's top: under the axis stuck there.
    await scrollPlotUp(el, 0);
    await scrollTopTo(el, () => markBox(el, id), 20 - markBox(el, id).height / 2);
    const under = markBox(el, id);
    expect(under.top + under.height / 2, 'the mark under the axis').to.be.closeTo(20, 1);
    expect(part(el, 'axis')!.getBoundingClientRect().top).to.be.closeTo(0, 0.5);
    await sendMouse({ type: 'click', position: [Math.round(under.left + 4), 20] });
    await settle(el);
    expect(el.selected, 'nothing selected through the axis').to.equal(null);
    // Scrolled so the mark is below the axis, the same click selects it.
    await scrollTopTo(el, () => markBox(el, id), axisHeight + 40);
    const seen = markBox(el, id);
    await sendMouse({ type: 'click', position: [Math.round(seen.left + 4), Math.round(seen.top + seen.height / 2)] });
    await settle(el);
    expect(el.selected).to.equal(id);
  });

  it('focus brought to a mark under the axis scrolls the page just enough to show it below the axis', async () => {
    const el = await mount();
    const id = 'fbi-sitrep-1';
    const axisHeight = part(el, 'axis')!.getBoundingClientRect().height;
    await scrollPlotUp(el, 0);
    await scrollTopTo(el, () => markBox(el, id), 10);
    expect(markBox(el, id).top, 'the mark under the axis').to.be.closeTo(10, 1);
    await el.focusEvent(id);
    await scrollRest();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-event-id')).to.equal(id);
    expect(markBox(el, id).top, 'the mark below the axis').to.be.at.least(axisHeight);
    expect(markBox(el, id).bottom).to.be.at.most(window.innerHeight);
  });

  /** The element with keyboard focus in the timeline. */
  const focused = (el: Timeline) => el.shadowRoot!.activeElement as HTMLElement | null;

  it('Tab into the plot onto a mark under the axis scrolls the page just enough to show it below the axis', async () => {
    const el = await mount();
    const axisHeight = part(el, 'axis')!.getBoundingClientRect().height;
    const stop = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"] .lanes [tabindex="0"]')!;
    expect(stop, 'the plot\'s Tab stop').to.exist;
    await scrollPlotUp(el, 0);
    await scrollTopTo(el, () => stop.getBoundingClientRect(), 10);
    expect(stop.getBoundingClientRect().top, 'the Tab stop under the axis').to.be.closeTo(10, 1);
    // From the toolbar's last button, the reader tabs on into the plot.
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.toolbar button:not([disabled])')];
    buttons[buttons.length - 1]!.focus({ preventScroll: true });
    let guard = 0;
    while (focused(el) !== stop && guard++ < 10) await sendKeys({ press: 'Tab' });
    expect(focused(el), 'focus on the plot\'s Tab stop').to.equal(stop);
    await scrollRest();
    expect(stop.getBoundingClientRect().top, 'below the axis').to.be.at.least(axisHeight);
  });

  it('Escape from a card gives focus back to its mark, shown below the axis when the page had scrolled it under', async () => {
    const el = await mount();
    const id = 'fbi-sitrep-1';
    const axisHeight = part(el, 'axis')!.getBoundingClientRect().height;
    await scrollPlotUp(el, 0);
    const at = markBox(el, id);
    await sendMouse({ type: 'click', position: [Math.round(at.left + 4), Math.round(at.top + at.height / 2)] });
    await settle(el);
    expect(el.selected).to.equal(id);
    // The reader scrolls the mark under the axis, then closes the card from the keyboard.
    await scrollTopTo(el, () => markBox(el, id), 10);
    expect(markBox(el, id).top, 'the mark under the axis').to.be.closeTo(10, 1);
    part(el, 'card')!.querySelector<HTMLElement>('button, a')!.focus({ preventScroll: true });
    await sendKeys({ press: 'Escape' });
    await settle(el);
    await scrollRest();
    expect(el.selected, 'closed').to.equal(null);
    expect(focused(el)?.dataset.eventId, 'focus back on the mark').to.equal(id);
    expect(markBox(el, id).top, 'below the axis').to.be.at.least(axisHeight);
  });
});
