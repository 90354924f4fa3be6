import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { parseDate, isDateError } from '../../src/model/dates.js';
import { cardTitle, click, mark, mountData, part, record, settle, still, visibleIds, type Timeline } from '../helpers/timeline.js';

const demo = tiktok2020;
const startOf = (id: string) => {
  const d = parseDate(demo.events.find((e) => e.id === id)!.start);
  if (isDateError(d)) throw new Error(id);
  return d.start;
};
const titleOf = (id: string) => demo.events.find((e) => e.id === id)!.title;

async function demoWithCard(id: string): Promise<Timeline> {
  const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' });
  el.select(id);
  await still(el);
  return el;
}

describe('<event-timeline> card navigation', () => {
  it('"Next" walks every event in time order, each brought into view', async () => {
    const first = 'bytedance-buys-musically';
    const el = await demoWithCard(first);
    const walked = [el.selected!];
    const notInView: string[] = [];
    for (let i = 1; i < demo.events.length; i++) {
      await click(part(el, 'next')!);
      await still(el);
      walked.push(el.selected!);
      expect(cardTitle(el)).to.equal(titleOf(el.selected!));
      if (!visibleIds(el).includes(el.selected!)) notInView.push(el.selected!);
    }
    expect(new Set(walked).size, 'every event once').to.equal(demo.events.length);
    const times = walked.map(startOf);
    expect(times, 'in time order').to.deep.equal([...times].sort((a, b) => a - b));
    expect(notInView, 'each selected event has its mark in view').to.deep.equal([]);
    const next = part(el, 'next')!;
    expect(next.getAttribute('aria-disabled'), 'no next after the last').to.equal('true');
    // The button the reader pressed onto the last event keeps focus (a disabled one dropped it to
    // the page), and pressing it again does nothing.
    expect(el.shadowRoot!.activeElement === next, 'focus stays on Next').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await still(el);
    expect(el.selected, 'Enter on an unavailable Next stays').to.equal(walked[walked.length - 1]);
    expect(el.shadowRoot!.activeElement === next).to.equal(true);
  });

  it('"Previous" walks back in time order', async () => {
    const el = await demoWithCard('fbi-sitrep-2');
    const walked = [el.selected!];
    for (let i = 0; i < 5; i++) {
      await click(part(el, 'previous')!);
      await still(el);
      walked.push(el.selected!);
    }
    const times = walked.map(startOf);
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    expect(new Set(walked).size).to.equal(6);
  });

  it('"Next" and "Previous" fire timeline-select for each step', async () => {
    const el = await demoWithCard('mayer-ceo');
    const selects = record<{ id: string }>(el, 'timeline-select');
    await click(part(el, 'next')!);
    await still(el);
    await click(part(el, 'previous')!);
    await still(el);
    selects.stop();
    expect(selects.events.map((e) => e.detail.id)).to.deep.equal(['george-floyd-killed', 'mayer-ceo']);
  });

  it('"Previous" is unavailable on the first event: announced so, and a press keeps the event and focus', async () => {
    const el = await demoWithCard('mayer-ceo');
    // Back to the first event with the keyboard: Previous keeps focus as it becomes unavailable.
    while (el.selected !== 'bytedance-buys-musically') {
      part(el, 'previous')!.focus();
      await sendKeys({ press: 'Enter' });
      await still(el);
    }
    const previous = part(el, 'previous')!;
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement === previous, 'focus stays on Previous').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await still(el);
    expect(el.selected).to.equal('bytedance-buys-musically');
    expect(part(el, 'next')!.getAttribute('aria-disabled'), 'Next is available').to.equal('false');
  });
});

describe('<event-timeline> closing the card', () => {
  it('Escape closes the card and returns focus to the event\'s mark', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' });
    el.zoomTo('2020-06-01', '2020-06-04', false);
    await settle(el);
    const m = mark(el, 'fbi-sitrep-1')!;
    await click(m);
    await still(el);
    expect(part(el, 'card')).to.exist;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(part(el, 'card')).to.equal(null);
    expect(el.selected).to.equal(null);
    const focused = el.shadowRoot!.activeElement;
    expect(focused, 'focus is on the mark').to.exist;
    expect(mark(el, 'fbi-sitrep-1')!.contains(focused) || focused === mark(el, 'fbi-sitrep-1')).to.equal(true);
  });

  it('the close button closes the card and fires timeline-select with id null', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' });
    el.zoomTo('2020-06-01', '2020-06-04', false);
    await settle(el);
    await click(mark(el, 'fbi-sitrep-1')!);
    await still(el);
    const selects = record<{ id: string | null }>(el, 'timeline-select');
    await click(part(el, 'close')!);
    await settle(el);
    selects.stop();
    expect(part(el, 'card')).to.equal(null);
    expect(selects.events.map((e) => e.detail.id)).to.deep.equal([null]);
  });

  it('keyboard: Enter on a focused mark opens its card', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' });
    el.zoomTo('2020-06-01', '2020-06-04', false);
    await settle(el);
    await el.focusEvent('fbi-sitrep-2');
    await settle(el);
    await sendKeys({ press: 'Enter' });
    await still(el);
    expect(cardTitle(el)).to.equal(titleOf('fbi-sitrep-2'));
  });
});

/** The story in a box `width` px wide with `id` selected by the page, at rest. */
async function selectedIn(width: number, id: string): Promise<Timeline> {
  const el = await mountData(tiktok2020, { 'no-hash': '' }, width);
  el.select(id);
  await settle(el);
  await still(el);
  return el;
}

const spanOf = (el: Timeline) => el.visibleRange.end.getTime() - el.visibleRange.start.getTime();

describe('<event-timeline> select() in a narrow column', () => {
  it('at 600 px every event selected has a mark of its own beside its open card (the zoom chosen for it gets a line of years on its axis and a row less: it was re-chosen)', async function () {
    this.timeout(60_000);
    const folded: string[] = [];
    for (const event of tiktok2020.events) {
      const el = await selectedIn(600, event.id);
      expect(cardTitle(el)).to.equal(event.title);
      if (!mark(el, event.id)) folded.push(event.id);
      el.parentElement!.remove();
    }
    expect(folded, 'selected events drawn inside a "+N"').to.deep.equal([]);
  });

  it('the page\'s own move right after select() is the view it keeps (the second look at the event\'s view leaves it alone)', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '' }, 600);
    const fitted = [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
    // Folded into a "+N" in the fitted view: select() zooms in to it, and the page zooms out again.
    el.select('tiktok-lobbyists');
    el.fit(false);
    await settle(el);
    await still(el);
    expect([el.visibleRange.start.getTime(), el.visibleRange.end.getTime()]).to.deep.equal(fitted);
  });

  it('a view chosen for a selected event is not chosen again when the rows change afterwards (max-rows set to 1 folds the event: the view does not zoom in by itself)', async function () {
    this.timeout(60_000);
    const moved: string[] = [];
    for (const event of tiktok2020.events) {
      const el = await selectedIn(1200, event.id);
      const before = spanOf(el);
      el.setAttribute('max-rows', '1');
      await settle(el);
      await still(el);
      // Room for a label may move the view's end a little; choosing again zooms in (halves the span).
      if (spanOf(el) < 0.9 * before) moved.push(event.id);
      el.parentElement!.remove();
    }
    expect(moved, 'views zoomed in by themselves').to.deep.equal([]);
  });
});
