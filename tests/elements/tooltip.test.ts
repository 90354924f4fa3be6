/**
 * Tooltips for cut labels: a label with no room for its whole title is drawn cut with an
 * ellipsis, and the whole title shows above (or below) its mark while the mouse is over it or it
 * has keyboard focus, inside the plot, off the mark, and gone when the pointer or focus leaves.
 * Whole labels get none. The mark's accessible name and the card carry the whole title. A
 * deadline's label in the band above the lanes, cut at the plot's end, gets the same.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TimelineDocument } from '../../src/model/types.js';
import { cardTitle, click, drag, drawnLabel, mark, mountData, part, parts, plotPoint, plotRect, settle, still, type Timeline } from '../helpers/timeline.js';
import { frames, until } from '../helpers/signals.js';
import { wheel } from '../helpers/browser.js';

const LONG = 'Statement by the company on its future in the United States';
const SQUEEZED = 'A long and lonely title between two folds';

/**
 * June 2020 in one row: `end` sits near the plot's end with `a` just before it, so its long title
 * fits neither after nor before its marker and is cut (`after`, in July, lets the view end there).
 */
const nearTheEnd: TimelineDocument = {
  title: 'Cut at the end',
  lanes: [{ id: 'l', label: 'Company' }],
  events: [
    { id: 'early', title: 'Talks begin', start: '2020-06-02', lane: 'l' },
    { id: 'a', title: 'A', start: '2020-06-20', lane: 'l' },
    { id: 'end', title: LONG, start: '2020-06-27', lane: 'l' },
    { id: 'after', title: 'Sale abandoned', start: '2020-07-20', lane: 'l' },
  ],
};

/** In June, a lone event between two "+2" marks in one row: drawn as itself with its label cut, not as "+1". */
const squeezed: TimelineDocument = {
  title: 'Squeezed',
  lanes: [{ id: 'l', label: 'Reports' }],
  events: [
    { id: 'before', title: 'Earlier', start: '2020-05-01', lane: 'l' },
    { id: 'p', title: 'Alpha', start: '2020-06-10', lane: 'l' },
    { id: 'q', title: 'Beta', start: '2020-06-10', lane: 'l' },
    { id: 'lone', title: SQUEEZED, start: '2020-06-13', lane: 'l' },
    { id: 'r', title: 'Epsilon', start: '2020-06-16', lane: 'l' },
    { id: 's', title: 'Phi', start: '2020-06-16', lane: 'l' },
    { id: 'after', title: 'Later', start: '2020-07-30', lane: 'l' },
  ],
};

const DEADLINE = 'Deadline for the sale of the business, or the business ends';

/**
 * Two deadlines in one band row in June: the late one's label slides back from the plot's end
 * only as far as the early one's label allows, and is cut there (the view is chosen with
 * `zoomTo`, which shows exactly what was asked; a fitted view would end later to make room).
 */
const deadlines: TimelineDocument = {
  title: 'Deadlines',
  lanes: [{ id: 'l', label: 'Company' }],
  events: [
    { id: 'first', title: 'First deadline of June, set by the committee', start: '2020-06-02', lane: 'l', kind: 'deadline' },
    { id: 'late', title: DEADLINE, start: '2020-06-28', lane: 'l', kind: 'deadline' },
    { id: 'talks', title: 'Talks', start: '2020-06-10', lane: 'l' },
  ],
};

const JUNE = { 'max-rows': '1', start: '2020-06', end: '2020-06', locale: 'en', 'no-hash': '' };

function tooltip(el: Timeline): HTMLElement | null {
  return part(el, 'tooltip');
}

/** Moves the real mouse to the middle of `id`'s drawn label; returns where it is. */
async function hover(el: Timeline, id: string): Promise<[number, number]> {
  const box = drawnLabel(el, id)!.box;
  const at: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  await sendMouse({ type: 'move', position: at });
  return at;
}

/** `nearTheEnd` in June with the mouse on the cut label of "end", its tooltip shown; returns where the mouse is. */
async function onCutLabel(): Promise<{ el: Timeline; x: number; y: number }> {
  const el = await mountData(nearTheEnd, JUNE);
  const [x, y] = await hover(el, 'end');
  await until('a tooltip', () => tooltip(el));
  return { el, x, y };
}

/** The tooltip as the reader sees it: shown, its whole text inside its box, inside the plot, clear of the mark. */
function expectTooltipFor(el: Timeline, id: string, title: string): void {
  const tip = tooltip(el)!;
  expect(tip.innerText.trim()).to.equal(title);
  expect(tip.getAttribute('aria-hidden'), 'screen readers have the title in the mark\'s name').to.equal('true');
  const style = getComputedStyle(tip);
  expect(style.visibility).to.equal('visible');
  expect(style.display).to.not.equal('none');
  const box = tip.getBoundingClientRect();
  expect(box.width, 'the tooltip has a size').to.be.above(20);
  expect(tip.scrollWidth, 'its text is not clipped').to.be.at.most(tip.clientWidth + 1);
  const plot = plotRect(el);
  expect(box.left, 'inside the plot').to.be.at.least(plot.left - 0.5);
  expect(box.right, 'inside the plot').to.be.at.most(plot.right + 0.5);
  expect(box.top).to.be.at.least(plot.top - 0.5);
  const range = document.createRange();
  range.selectNodeContents(tip);
  const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  expect(lines, 'the title reads on a line or two, not squeezed into a column').to.be.at.most(2);
  const markBox = drawnLabel(el, id)!.markBox;
  const clear = box.bottom <= markBox.top + 0.5 || box.top >= markBox.bottom - 0.5;
  expect(clear, `the tooltip (${box.top}–${box.bottom}) is off the mark (${markBox.top}–${markBox.bottom})`).to.equal(true);
}

/** What has keyboard focus inside the timeline: an event's id, or '<none>'. */
function focusedId(el: Timeline): string {
  return (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId ?? '<none>';
}

/** Presses → (real keys) until event `id` has focus, a few times at most. */
async function arrowRightTo(el: Timeline, id: string): Promise<void> {
  for (let i = 0; i < 4 && focusedId(el) !== id; i++) {
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
  }
}

/** Mounts `doc` in a right-to-left page (time runs from right to left). */
async function mountRtl(doc: TimelineDocument, attrs: Record<string, string>): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width:900px"></div>`);
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = doc;
  wrapper.append(el);
  await settle(el);
  return el;
}

describe('<event-timeline> tooltips for cut labels', () => {
  it('a long title near the plot\'s end is drawn cut with an ellipsis; its mark is named with the whole title', async () => {
    const el = await mountData(nearTheEnd, JUNE);
    const label = drawnLabel(el, 'end')!;
    expect(label.truncated).to.equal(true);
    expect(label.text.endsWith('…'), label.text).to.equal(true);
    expect(LONG.startsWith(label.text.slice(0, -1).trimEnd()), label.text).to.equal(true);
    expect(label.text.length).to.be.above(3);
    expect(label.box.right).to.be.at.most(plotRect(el).right + 0.5);
    expect(mark(el, 'end')!.getAttribute('aria-label')!.startsWith(`${LONG}, `)).to.equal(true);
    expect(tooltip(el), 'no tooltip before anything is pointed at').to.equal(null);
  });

  it('the mouse over the cut label shows the whole title above its mark; onto a whole label or off the marks, it goes', async () => {
    const el = await mountData(nearTheEnd, JUNE);
    await hover(el, 'end');
    await until('a tooltip', () => tooltip(el));
    expectTooltipFor(el, 'end', LONG);
    const tip = tooltip(el)!.getBoundingClientRect();
    expect(tip.bottom, 'above the mark').to.be.at.most(drawnLabel(el, 'end')!.markBox.top + 0.5);

    // Onto a whole label: no tooltip for it.
    expect(drawnLabel(el, 'early')!.truncated).to.equal(false);
    await hover(el, 'early');
    await until('the tooltip to go', () => !tooltip(el));
    await frames(3);
    expect(tooltip(el), 'a whole label has no tooltip').to.equal(null);

    // Back, then off every mark.
    await hover(el, 'end');
    await until('the tooltip again', () => tooltip(el));
    const [x, y] = plotPoint(el, 0.3);
    await sendMouse({ type: 'move', position: [x, y] });
    await until('the tooltip to go', () => !tooltip(el));
  });

  it('hover rests while the view moves under a still mouse (the tooltip goes) and comes back where the mouse is once it settles', async () => {
    const { el, x, y } = await onCutLabel();
    const before = el.visibleRange.startMs;
    // Whether the tooltip was ever gone, however briefly: the shadow root's changes are watched.
    let gone = false;
    const watch = new MutationObserver(() => (gone ||= !tooltip(el)));
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    // A short wheel pan: two steps of a few px, so the label stays under the mouse.
    await wheel(x, y, { deltaX: 4 });
    await wheel(x, y, { deltaX: 4 });
    await until('the tooltip to go while the view moves', () => gone);
    watch.disconnect();
    expect(el.visibleRange.startMs, 'the wheel panned').to.be.above(before);
    await until('the tooltip back once the view settles', () => tooltip(el));
    expectTooltipFor(el, 'end', LONG);
  });

  it('a single move of the view by the page takes the hover (pointer cursor, tooltip) away from a mark that moved out from under the still mouse', async () => {
    const { el, x: mouseX } = await onCutLabel();
    expect(part(el, 'plot')!.classList.contains('over-mark'), 'the pointer cursor over the label').to.equal(true);
    // Half a month later, at once (no animation, no burst): "end" slides left, out from under the mouse.
    el.zoomTo('2020-06-16', '2020-07-16', false);
    await until('the pointer cursor to go', () => !part(el, 'plot')!.classList.contains('over-mark'));
    expect(el.visibleRange.startMs).to.equal(Date.UTC(2020, 5, 16));
    expect(drawnLabel(el, 'end')!.box.right, '"end" is now left of the mouse').to.be.below(mouseX);
    expect(tooltip(el)).to.equal(null);
  });

  it('after a drag from a hovered label, hover is where the mouse was let go (over the same label, moved with it), not where it was pressed', async () => {
    const { el, x, y } = await onCutLabel();
    await drag(x, y, -160);
    await still(el);
    await until('the pointer cursor over the dragged label', () => part(el, 'plot')!.classList.contains('over-mark'));
    const moved = drawnLabel(el, 'end')!.box;
    expect(x - 160, 'the mouse is over the label, which moved with it').to.be.within(moved.left, moved.right);
  });

  it('a click on the cut label while its tooltip shows opens the card with the whole title', async () => {
    const el = await mountData(nearTheEnd, JUNE);
    await hover(el, 'end');
    await until('a tooltip', () => tooltip(el));
    await click(mark(el, 'end')!);
    await still(el);
    expect(cardTitle(el)).to.equal(LONG);
  });

  it('keyboard: an arrow key onto the cut label shows its tooltip, the next arrow key off it hides it, Tab out of the plot too', async () => {
    const el = await mountData(nearTheEnd, JUNE);
    // Tab from the page into the plot, as a reader would.
    const stops: string[] = [];
    for (let i = 0; i < 12 && focusedId(el) === '<none>'; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push((el.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('part') ?? '<outside>');
    }
    expect(focusedId(el), `tab stops: ${stops.join(', ')}`).to.equal('early');
    await arrowRightTo(el, 'a');
    expect(focusedId(el)).to.equal('a');
    expect(tooltip(el), 'a whole label has no tooltip').to.equal(null);

    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedId(el)).to.equal('end');
    await until('a tooltip on focus', () => tooltip(el));
    expectTooltipFor(el, 'end', LONG);

    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedId(el)).to.equal('a');
    await until('the tooltip to go', () => !tooltip(el));

    await sendKeys({ press: 'ArrowRight' });
    await until('a tooltip on focus', () => tooltip(el));
    // At rest, so that no render of the view's own comes after the Tab (one took the tooltip away
    // by chance: on a loaded machine the rest came first and the tooltip stayed).
    await still(el);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(focusedId(el), 'focus left the marks').to.equal('<none>');
    await until('the tooltip to go once focus leaves the plot', () => !tooltip(el));
  });

  it('keyboard: the focused cut label\'s tooltip goes when a click outside the timeline takes focus away', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>Elsewhere</button><div style="width:900px"></div></div>`);
    const el = document.createElement('event-timeline');
    for (const [k, v] of Object.entries(JUNE)) el.setAttribute(k, v);
    el.data = nearTheEnd;
    wrapper.lastElementChild!.append(el);
    await settle(el);
    await el.focusEvent('end');
    await still(el);
    await until('a tooltip on focus', () => tooltip(el));
    const outside = wrapper.querySelector('button')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(outside.left + outside.width / 2), Math.round(outside.top + outside.height / 2)] });
    expect(document.activeElement?.textContent, 'the page\'s button took focus').to.equal('Elsewhere');
    await until('the tooltip to go once focus left the timeline', () => !tooltip(el));
  });

  it('a lone event squeezed between two "+2" marks is drawn as itself, cut; hovering it shows its whole title', async () => {
    const el = await mountData(squeezed, JUNE);
    const clusters = parts(el, 'cluster');
    expect(clusters.length, 'two "+N" marks').to.equal(2);
    expect(mark(el, 'lone'), 'no "+1": the event has its own mark').to.not.equal(null);
    const label = drawnLabel(el, 'lone')!;
    expect(label.truncated).to.equal(true);
    const next = clusters.map((c) => c.getBoundingClientRect()).find((r) => r.left > label.markBox.left)!;
    expect(label.box.right, 'the cut label ends before the next "+N"').to.be.at.most(next.left + 0.5);
    await hover(el, 'lone');
    await until('a tooltip', () => tooltip(el));
    expectTooltipFor(el, 'lone', SQUEEZED);
  });

  it('right to left: the label cut at the plot\'s left edge shows its whole title inside the plot on hover', async () => {
    const el = await mountRtl(nearTheEnd, JUNE);
    const label = drawnLabel(el, 'end')!;
    expect(label.truncated).to.equal(true);
    expect(label.box.left, 'cut at the left edge').to.be.below(plotRect(el).left + plotRect(el).width / 2);
    await hover(el, 'end');
    await until('a tooltip', () => tooltip(el));
    expectTooltipFor(el, 'end', LONG);
  });

  it('a deadline\'s label cut at the plot\'s end: drawn inside the plot after the label before it, named whole, the whole label shown on hover and on keyboard focus', async () => {
    const el = await mountData(deadlines, { locale: 'en', 'no-hash': '', now: '2020-06-15' });
    el.zoomTo(Date.UTC(2020, 5, 1), Date.UTC(2020, 6, 1), false);
    await settle(el);
    const first = drawnLabel(el, 'first')!;
    const late = drawnLabel(el, 'late')!;
    expect(late.truncated, `drawn as "${late.text}"`).to.equal(true);
    expect(late.box.top, 'one band row').to.equal(first.box.top);
    expect(late.box.left, 'after the label before it').to.be.at.least(first.box.right);
    expect(late.box.right, 'inside the plot').to.be.at.most(plotRect(el).right + 0.5);
    expect(DEADLINE.startsWith(late.text.replace(/…$/, '')), late.text).to.equal(true);
    expect(mark(el, 'late')!.getAttribute('aria-label')!.startsWith(`${DEADLINE}, `)).to.equal(true);
    // The tooltip says what the plot's end left out: the rest of the title and "in 13 days".
    const whole = `${DEADLINE} in 13 days`;
    await hover(el, 'late');
    await until('a tooltip', () => tooltip(el));
    expectTooltipFor(el, 'late', whole);
    await hover(el, 'first');
    await until('the tooltip to go', () => !tooltip(el));

    // The keyboard: Tab into the plot, then → through time order to the cut deadline.
    await sendMouse({ type: 'move', position: [0, 0] });
    for (let i = 0; i < 12 && focusedId(el) === '<none>'; i++) await sendKeys({ press: 'Tab' });
    await arrowRightTo(el, 'late');
    expect(focusedId(el)).to.equal('late');
    await until('a tooltip on focus', () => tooltip(el));
    expectTooltipFor(el, 'late', whole);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    await until('the tooltip to go', () => !tooltip(el));
  });
});
