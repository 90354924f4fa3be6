/**
 * The words of "+N" marks and counts: plurals through `Intl.PluralRules` in English, German and
 * Arabic (the singular and the dual included, where the words of the overview's counts reach
 * them), a cluster's span written in the precision of its events ("May 31 – June 8, 2020", never
 * "0:00 – 23:59"), and opening a "+N" with the mouse: it zooms no finer than its events are known
 * to, so the axis shows no hour ticks for events known to the day, nor day ticks for months.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/i18n/de.js';
import '../../src/i18n/ar.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { sendKeys } from '@web/test-runner-commands';
import { frames, until } from '../helpers/signals.js';
import { click, drawn, mark, mountData, part, parts, settle, still, tickLabels, visibleIds, type Timeline } from '../helpers/timeline.js';

/** One lane: `x` long before and `z` long after, and `members` close together between them. */
function doc(members: Array<[string, string, string]>): TimelineDocument {
  return {
    title: 'Clusters',
    lanes: [{ id: 'l', label: 'Reports' }],
    events: [
      { id: 'x', title: 'First of all', start: '2017-01-15', lane: 'l' },
      ...members.map(([id, start, title]) => ({ id, start, title, lane: 'l' })),
      { id: 'z', title: 'Last', start: '2020-12-10', lane: 'l' },
    ],
  };
}

/** Four events known to the day, between 31 May and 8 June 2020. */
const nineDays = doc([
  ['a', '2020-05-31', 'Report on the end of May'],
  ['b', '2020-06-02', 'Bulletin'],
  ['c', '2020-06-05', 'Memo'],
  ['d', '2020-06-08', 'Second memo'],
]);

/** `n` events on 10 June 2020. */
function oneDay(n: number): TimelineDocument {
  return doc(Array.from({ length: n }, (_, i): [string, string, string] => [`s${i + 1}`, '2020-06-10', `Statement ${i + 1}`]));
}

/** Three events known only to their month: March, April and May 2019. */
const threeMonths = doc([
  ['m1', '2019-03', 'Spring report'],
  ['m2', '2019-04', 'Second spring report'],
  ['m3', '2019-05', 'Third spring report'],
]);

/** The timeline at fit, one row per lane, so close events fold into a "+N". */
const FOLDED = { 'max-rows': '1', 'no-hash': '' };

/** Mounts `d` in a right-to-left Arabic page. */
async function mountArabic(d: TimelineDocument): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width:900px"></div>`);
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries({ ...FOLDED, locale: 'ar' })) el.setAttribute(k, v);
  el.data = d;
  wrapper.append(el);
  await settle(el);
  return el;
}

/** The "+N" marks as a reader meets them: the drawn text and the accessible name of each. */
function clusters(el: Timeline): Array<{ text: string; name: string; button: HTMLElement }> {
  const scene = drawn(el);
  const shown = [...scene.lanes.flatMap((l) => l.clusters), ...scene.band.clusters];
  return parts(el, 'cluster').map((button) => ({
    text: shown.find((c) => c.key === button.dataset.cluster)?.text ?? '<not drawn>',
    name: button.getAttribute('aria-label') ?? '',
    button,
  }));
}

/** The only "+N" mark of the view. */
function only(el: Timeline) {
  const all = clusters(el);
  expect(all.map((c) => `${c.text} (${c.name})`), 'one "+N" mark').to.have.length(1);
  return all[0]!;
}

/** The axis shows nothing finer than `unit`: no hour or minute ticks, and for months no day ticks either. */
function expectAxisNoFinerThan(el: Timeline, unit: 'day' | 'month'): void {
  const key = drawn(el).axis.key;
  const minor = tickLabels(el, 'minor');
  expect(minor.length, 'the axis is labelled').to.be.above(1);
  expect(key, `axis level (minor ticks: ${minor.join(' ')})`).to.not.match(/^(minute|hour)/);
  expect(minor.filter((t) => /\d:\d/.test(t)), 'times of day on the axis').to.deep.equal([]);
  if (unit === 'month') {
    expect(key, `axis level (minor ticks: ${minor.join(' ')})`).to.not.match(/^(day|week)/);
    expect(minor.filter((t) => /^\d+$/.test(t) && Number(t) <= 31), 'day numbers on the axis').to.deep.equal([]);
  }
}

/** The open list of a "+N" that zooming could not separate: its heading and its rows as shown. */
function list(el: Timeline): { heading: string; rows: string[] } | null {
  const card = part(el, 'cluster-list');
  if (!card) return null;
  return {
    heading: card.querySelector('h2')!.innerText.trim(),
    rows: [...card.querySelectorAll('li')].map((li) => li.innerText.replace(/\s+/g, ' ').trim()),
  };
}

/** A button's words as shown, spaces collapsed. */
function words(button: HTMLElement): string {
  return button.innerText.replace(/\s+/g, ' ').trim();
}

describe('<event-timeline> "+N" words in English', () => {
  it('four events known to the day over nine days: "+4", named "4 more events, May 31 – June 8, 2020" (days, no times)', async () => {
    const el = await mountData(nineDays, { ...FOLDED, locale: 'en' });
    const c = only(el);
    expect(c.text).to.equal('+4');
    expect(c.name).to.equal('4 more events, May 31\u2009–\u2009June 8, 2020');
  });

  it('a "+N" with a range running on for months is named for when its events begin: "3 more events, June 10 – 12, 2020", not to the range\'s end', async () => {
    const d = doc([
      ['a', '2020-06-10', 'Report on the tenth'],
      ['c', '2020-06-12', 'Memo'],
    ]);
    d.events.push({ id: 'b', title: 'Inquiry', start: '2020-06-11', end: '2020-11-30', lane: 'l' });
    const el = await mountData(d, { ...FOLDED, locale: 'en' });
    const c = only(el);
    expect(c.text).to.equal('+3');
    expect(c.name).to.equal('3 more events, June 10\u2009–\u200912, 2020');
  });

  it('a "+N" with an event dated only to its month (it sorts by the month\'s first day) is named for the month: "3 more events, February 2010"', async () => {
    const el = await mountData(doc([
      ['m', '2010-02', 'Report some time in February'],
      ['a', '2010-02-01', 'Bulletin'],
      ['b', '2010-02-03', 'Memo'],
    ]), { ...FOLDED, locale: 'en' });
    const c = only(el);
    expect(c.text).to.equal('+3');
    expect(c.name, 'not "February 1 – 3, 2010", as if the month\'s event fell in those days').to.equal('3 more events, February 2010');
  });

  it('three events on one day: "+3", "3 more events, June 10, 2020"; a click lists them under those words, and the axis shows no hours', async () => {
    const el = await mountData(oneDay(3), { ...FOLDED, locale: 'en' });
    const c = only(el);
    expect(c.text).to.equal('+3');
    expect(c.name).to.equal('3 more events, June 10, 2020');
    await click(c.button);
    await still(el);
    const shown = list(el);
    expect(shown, 'events of one day cannot be separated by zooming: they are listed').to.not.equal(null);
    expect(shown!.heading).to.equal('3 more events, June 10, 2020');
    expect(shown!.rows).to.deep.equal(['Statement 1 June 10, 2020', 'Statement 2 June 10, 2020', 'Statement 3 June 10, 2020']);
    expectAxisNoFinerThan(el, 'day');
  });

  it('a "+N" of 250 events on one day lists the first 200, and the rest at a press of "Show 50 more events"', async () => {
    const el = await mountData(oneDay(250), { ...FOLDED, locale: 'en' });
    await click(only(el).button);
    await still(el);
    const card = part(el, 'cluster-list')!;
    expect(card.querySelectorAll('li').length, 'the first chunk').to.equal(200);
    const more = card.querySelector<HTMLButtonElement>('[part~="more"]')!;
    expect(words(more)).to.equal('Show 50 more events');
    await click(more);
    await until('the rest listed', () => part(el, 'cluster-list')!.querySelectorAll('li').length === 250);
    expect(part(el, 'cluster-list')!.querySelector('[part~="more"]'), 'nothing more to show').to.equal(null);
    expect(new Set(list(el)!.rows).size, 'each event once').to.equal(250);
    // Focus goes on to the first event shown now (the button is gone), and Escape still closes.
    await until('focus on the 201st', () => el.shadowRoot!.activeElement === part(el, 'cluster-list')!.querySelectorAll('[data-member-id]')[200]);
    await sendKeys({ press: 'Escape' });
    await until('the list closed', () => !part(el, 'cluster-list'));
  });

  it('a "+N" list left open while the reader turns to the list view costs nothing at rest (its button for more is not the list view\'s)', async () => {
    const el = await mountData(oneDay(250), { ...FOLDED, locale: 'en' });
    await click(only(el).button);
    await still(el);
    await click(part(el, 'view-toggle')!);
    await still(el);
    // The whole list view shown (its own button for more, in words, scrolled to, and gone).
    const own = el.shadowRoot!.querySelector<HTMLElement>('[part~="list"] ~ .list-more')!;
    expect(words(own), 'the list view\'s 252 events: 200, then').to.equal('Show 52 more events');
    own.scrollIntoView();
    await until('the list view whole', () => !el.shadowRoot!.querySelector('[part~="list"] ~ .list-more'));
    // The "+N" list's button for more in sight: it is not the list view's, so it loads nothing.
    part(el, 'cluster-list')!.querySelector('[part~="more"]')!.scrollIntoView();
    await still(el);
    let updates = 0;
    const counter = { hostUpdated: () => void updates++ };
    el.addController(counter);
    await frames(30);
    el.removeController(counter);
    expect(updates, 'updates in 30 frames at rest').to.equal(0);
  });

  for (const n of [300, 450]) {
    it(`in the list view of ${n} events, Tab onto "Show … more events" waits for the reader (Tab goes on past the list; Enter shows more, focus on the first added); scrolled to, it loads on its own`, async () => {
      const el = await mountData(oneDay(n - 2), { 'no-hash': '', locale: 'en', view: 'list' });
      const items = () => el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]');
      const more = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="list"] ~ .list-more [part~="more"]');
      const focusedItem = () => [...items()].findIndex((li) => li.querySelector('.link-button') === el.shadowRoot!.activeElement);
      const inWindow = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      };
      expect(items().length, 'the first chunk').to.equal(200);
      // The reader on the 200th event's title (as a screen reader's cursor, which need not scroll
      // the page), then Tab: the button takes focus and comes into view, and the list waits.
      items()[199]!.querySelector<HTMLElement>('.link-button')!.focus({ preventScroll: true });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'the button for more').to.equal(more());
      expect(inWindow(more()!), 'brought into view').to.equal(true);
      await frames(3);
      expect(items().length, 'nothing loaded behind the reader\'s back').to.equal(200);
      // Tab goes on past the list: it does not send the reader back through 200 more events.
      await sendKeys({ press: 'Tab' });
      expect(!!el.shadowRoot!.activeElement?.closest('[part~="list"], .list-more'), 'focus left the list').to.equal(false);
      // Back on the button, Enter: the next chunk, focus on the first event added, in the window.
      more()!.focus({ preventScroll: true });
      await sendKeys({ press: 'Enter' });
      await until('the next chunk', () => items().length === Math.min(n, 400));
      await until('focus on the 201st event', () => focusedItem() === 200);
      expect(inWindow(items()[200]!), 'in the window').to.equal(true);
      if (n <= 400) {
        expect(!!more(), 'the last chunk: no button left').to.equal(false);
        return;
      }
      // Scrolled to without focus (a reader with a mouse or a finger), the rest loads on its own;
      // focus stays where it was.
      expect(words(more()!)).to.equal(`Show ${n - 400} more events`);
      more()!.scrollIntoView();
      await until(`all ${n} listed`, () => items().length === n);
      expect(focusedItem(), 'focus where it was').to.equal(200);
    });
  }

  it('two events on one day: "+2", "2 more events, June 10, 2020"', async () => {
    const el = await mountData(oneDay(2), { ...FOLDED, locale: 'en' });
    const c = only(el);
    expect(c.text).to.equal('+2');
    expect(c.name).to.equal('2 more events, June 10, 2020');
  });

  it('three events known to their month: "3 more events, March – May 2019"', async () => {
    const el = await mountData(threeMonths, { ...FOLDED, locale: 'en' });
    const c = only(el);
    expect(c.text).to.equal('+3');
    expect(c.name).to.equal('3 more events, March\u2009–\u2009May 2019');
  });
});

describe('<event-timeline> "+N" words in German', () => {
  it('"4 weitere Ereignisse, 31. Mai – 8. Juni 2020"', async () => {
    const el = await mountData(nineDays, { ...FOLDED, locale: 'de' });
    const c = only(el);
    expect(c.text).to.equal('+4');
    expect(c.name).to.equal('4 weitere Ereignisse, 31. Mai\u2009–\u20098. Juni 2020');
  });

  it('a click on "+3" of one day lists them under "3 weitere Ereignisse, 10. Juni 2020"', async () => {
    const el = await mountData(oneDay(3), { ...FOLDED, locale: 'de' });
    await click(only(el).button);
    await still(el);
    expect(list(el)?.heading).to.equal('3 weitere Ereignisse, 10. Juni 2020');
    expect(list(el)!.rows).to.have.length(3);
    expectAxisNoFinerThan(el, 'day');
  });

  it('a list of 201 events on one day: "1 weiteres Ereignis zeigen" under the first 200', async () => {
    const el = await mountData(oneDay(201), { ...FOLDED, locale: 'de' });
    await click(only(el).button);
    await still(el);
    expect(words(part(el, 'cluster-list')!.querySelector<HTMLElement>('[part~="more"]')!)).to.equal('1 weiteres Ereignis zeigen');
  });

  it('the counts of the overview in the singular and the plural: "◀ 1 früheres Ereignis", "2 spätere Ereignisse ▶"', async () => {
    const el = await mountData(doc([['in', '2020-06-10', 'Inside'], ['later', '2020-09-01', 'Later']]), { locale: 'de', 'no-hash': '' });
    el.zoomTo('2020-05-01', '2020-07-01', false);
    await settle(el);
    expect(words(part(el, 'overview-earlier')!)).to.equal('◀ 1 früheres Ereignis');
    expect(words(part(el, 'overview-later')!)).to.equal('2 spätere Ereignisse ▶');
  });
});

describe('<event-timeline> "+N" words in Arabic (right to left)', () => {
  it('two: the dual "حدثان آخران، 10 يونيو 2020"', async () => {
    const el = await mountArabic(oneDay(2));
    const c = only(el);
    expect(c.text).to.equal('+2');
    expect(c.name).to.equal('حدثان آخران، 10 يونيو 2020');
  });

  it('a list of 202 events on one day: the dual "عرض حدثين آخرين" under the first 200', async () => {
    const el = await mountArabic(oneDay(202));
    await click(only(el).button);
    await still(el);
    expect(words(part(el, 'cluster-list')!.querySelector<HTMLElement>('[part~="more"]')!)).to.equal('عرض حدثين آخرين');
  });

  it('four (few): "4 أحداث أخرى، 31 مايو – 8 يونيو 2020"', async () => {
    const el = await mountArabic(nineDays);
    const c = only(el);
    expect(c.text).to.equal('+4');
    expect(c.name).to.equal('4 أحداث أخرى، 31 مايو – 8 يونيو 2020');
  });

  it('eleven (many): "11 حدثًا آخر، 10 يونيو 2020"; a click lists all eleven under those words', async () => {
    const el = await mountArabic(oneDay(11));
    const c = only(el);
    expect(c.text).to.equal('+11');
    expect(c.name).to.equal('11 حدثًا آخر، 10 يونيو 2020');
    await click(c.button);
    await still(el);
    expect(list(el)?.heading).to.equal('11 حدثًا آخر، 10 يونيو 2020');
    expect(list(el)!.rows).to.have.length(11);
  });

  it('the counts of the overview: one "حدث سابق واحد", two "حدثان لاحقان"', async () => {
    const el = await mountArabic(doc([['in', '2020-06-10', 'Inside'], ['later', '2020-09-01', 'Later']]));
    el.zoomTo('2020-05-01', '2020-07-01', false);
    await settle(el);
    expect(words(part(el, 'overview-earlier')!)).to.equal('▶ حدث سابق واحد');
    expect(words(part(el, 'overview-later')!)).to.equal('حدثان لاحقان ◀');
  });
});

describe('<event-timeline> opening a "+N" with the mouse', () => {
  it('"+4" of days: each of its events gets its own mark in view, and the axis shows days, not hours', async () => {
    const el = await mountData(nineDays, { ...FOLDED, locale: 'en' });
    const spanBefore = el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
    await click(only(el).button);
    await still(el);
    expect(el.visibleRange.end.getTime() - el.visibleRange.start.getTime(), 'it zoomed in').to.be.below(spanBefore / 10);
    expect(list(el), 'no list: zooming separates them').to.equal(null);
    for (const id of ['a', 'b', 'c', 'd']) expect(visibleIds(el), `${id} has its own mark`).to.include(id);
    expect(clusters(el).map((c) => c.name)).to.deep.equal([]);
    expectAxisNoFinerThan(el, 'day');
  });

  it('"+3" of months: each gets its own box in view, and the axis shows months, not days', async () => {
    const el = await mountData(threeMonths, { ...FOLDED, locale: 'en' });
    await click(only(el).button);
    await still(el);
    expect(list(el), 'no list: zooming separates them').to.equal(null);
    for (const id of ['m1', 'm2', 'm3']) {
      expect(visibleIds(el), `${id} has its own mark`).to.include(id);
      expect(mark(el, id)!.getAttribute('part')).to.contain('imprecise');
    }
    expectAxisNoFinerThan(el, 'month');
  });
});
