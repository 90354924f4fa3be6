/**
 * A hundred thousand events in the vertical list: folded into "+N" rows when zoomed out, and
 * zoomed in the page holds only the rows near the window, which follow the page's scroll.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { syntheticTimeline } from '../../events/synthetic.js';
import { phone } from '../helpers/browser.js';
import { until } from '../helpers/signals.js';
import { part, settle, VIEWPORT, type Timeline, unavailable } from '../helpers/timeline.js';
import { setViewport } from '@web/test-runner-commands';

const COUNT = 100_000;

describe(`<event-timeline> vertical with ${COUNT.toLocaleString('en')} events`, () => {
  let el: Timeline;
  before(async () => {
    await phone(375, 740);
    document.body.style.margin = '0';
    el = document.createElement('event-timeline');
    el.setAttribute('no-hash', '');
    el.setAttribute('locale', 'en');
    el.data = syntheticTimeline({ count: COUNT, seed: 1 });
    document.body.append(el);
    // Read vertically once its width is observed (under a loaded machine, after a few frames).
    await until('the vertical list', () => el.matches(':state(vertical)') && el.shadowRoot!.querySelector('.v-event, .v-cluster'));
    await settle(el);
  });
  after(async () => {
    el.remove();
    document.body.style.margin = '';
    window.scrollTo(0, 0);
    await phone(VIEWPORT.width, VIEWPORT.height, false);
    await setViewport(VIEWPORT);
  });

  const nodes = () => el.shadowRoot!.querySelectorAll('*').length;
  const counted = () =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('.v-cluster .v-title')].reduce((n, t) => n + Number(t.textContent!.replace(/[^\d]/g, '')), 0) +
    el.shadowRoot!.querySelectorAll('.v-event[data-event-id]').length;

  it('fitted, the "+N" rows and the rows account for every event, in a small page', async () => {
    expect(el.matches(':state(vertical)')).to.equal(true);
    expect(counted()).to.equal(COUNT);
    expect(nodes()).to.be.below(2000);
    // 2005's events start from 1 January to 31 December: its row is named for the whole year
    // (it said "1 January – 30 December 2005": the last start's first instant taken as an exclusive end).
    const row = el.shadowRoot!.querySelector('.v-cluster')!;
    const starts = el.data!.events.map((e) => e.start).filter((d) => d.startsWith('2005'));
    expect(starts.some((d) => d === '2005-12-31'), 'the data has events on 31 December 2005').to.equal(true);
    // Read as an event row reads, its date line then its title, each said once (it read
    // "+4,056" over "4,056 more events, 2005").
    expect(row.querySelector('.v-date')!.textContent).to.equal('2005');
    expect(row.querySelector('.v-title')!.textContent).to.equal(`${starts.length.toLocaleString('en')} events`);
    expect(row.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`2005 ${starts.length.toLocaleString('en')} events`);
  });

  it('each "+N" row has a bar as long as its events per day against the busiest row\'s: the column reads as the shape of the data', async () => {
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.v-cluster')].map((row) => {
      const year = Number(row.querySelector('.v-date')!.textContent);
      return {
        count: Number(row.querySelector('.v-title')!.textContent!.replace(/[^\d]/g, '')),
        // A row of a year: 365 or 366 days.
        perDay: Number(row.querySelector('.v-title')!.textContent!.replace(/[^\d]/g, '')) / ((Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000),
        bar: row.querySelector('.v-density')!.getBoundingClientRect().width,
        room: row.querySelector('.v-date')!.getBoundingClientRect().width,
      };
    });
    expect(rows.length, 'a column of years').to.be.above(10);
    expect(rows.every((r) => r.perDay > 0), 'rows of whole years').to.equal(true);
    const busiest = Math.max(...rows.map((r) => r.perDay));
    for (const r of rows) expect(r.bar, `+${r.count}`).to.be.closeTo((r.room * r.perDay) / busiest, 1);
    expect(new Set(rows.map((r) => Math.round(r.bar))).size, 'the bars differ as the counts do').to.be.above(5);
  });

  it('zoomed far in (thousands of rows), only the rows near the window are in the page, and scrolling brings the next ones', async () => {
    const zoomIn = part(el, 'zoom-in')!;
    for (let i = 0; i < 12 && !unavailable(zoomIn); i++) {
      const box = zoomIn.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await settle(el);
    }
    // The synthetic dates are whole days: a day's events (about 14) stay one "+N" row at any zoom.
    // Rows, gaps and breaks enough to fill the window and more before and after it.
    const drawnPx = [...el.shadowRoot!.querySelectorAll('.vertical > li:not(.v-spacer)')].reduce((sum, li) => sum + li.getBoundingClientRect().height, 0);
    expect(drawnPx, 'px of rows near the window').to.be.at.least(3 * window.innerHeight);
    expect(el.shadowRoot!.querySelectorAll('.v-row').length, 'rows near the window').to.be.greaterThan(10);
    expect(el.shadowRoot!.querySelector('.v-spacer'), 'the rest stands as spacers').to.not.equal(null);
    expect(nodes()).to.be.below(4000);
    const firstRow = () => el.shadowRoot!.querySelector<HTMLElement>('.v-row')!.dataset.from;
    const firstBefore = firstRow();
    window.scrollBy(0, 6 * 740);
    await until('rows follow the scroll', () => firstRow() !== firstBefore);
    await settle(el);
    const middle = el.shadowRoot!.elementFromPoint(187, 370);
    expect(middle?.closest('li:not(.v-spacer)'), 'the window shows rows, not a spacer').to.not.equal(null);
    expect(nodes()).to.be.below(4000);
  });

  it('at rest at either end of the long list, the element does no work (no update in 30 frames)', async () => {
    const { frames } = await import('../helpers/signals.js');
    for (const top of [0, document.documentElement.scrollHeight]) {
      window.scrollTo(0, top);
      await settle(el);
      await frames(5);
      let updates = 0;
      const counter = { hostUpdated: () => void updates++ };
      el.addController(counter);
      await frames(30);
      el.removeController(counter);
      expect(updates, `updates at rest, scrolled to ${top ? 'the end' : 'the top'}`).to.equal(0);
    }
  });

  it('End and Home reach the last and first rows of the whole list, not only of the rows rendered', async () => {
    const rowsNow = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.v-row')];
    rowsNow()[3]!.querySelector('button')!.focus();
    await sendKeys({ press: 'End' });
    const last = await until('the last row focused', () => {
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      return active && !el.shadowRoot!.querySelector('ol > .v-spacer:last-child') && active.closest('li') === rowsNow().at(-1) ? active : null;
    });
    expect(last.getBoundingClientRect().top, 'in the window').to.be.within(0, 740);
    await sendKeys({ press: 'Home' });
    await until('the first row focused', () => el.shadowRoot!.activeElement?.closest('li') === rowsNow()[0] && !el.shadowRoot!.querySelector('ol > .v-spacer:first-child'));
  });

  it('a "+N" row of events on one day lists them under the row', async () => {
    const row = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.v-cluster')].find((r) => {
      const box = r.getBoundingClientRect();
      return box.top > 100 && box.bottom < 700;
    })!;
    const count = Number(row.querySelector('.v-title')!.textContent!.replace(/[^\d]/g, ''));
    const box = row.querySelector('button')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    const list = await until('the list', () => el.shadowRoot!.querySelector<HTMLElement>('[part~="cluster-list"]'));
    expect(list.querySelectorAll('button[data-event-id], li button').length, 'one button per event').to.be.at.least(count);
    expect(list.getBoundingClientRect().top, 'under its row').to.be.at.least(row.getBoundingClientRect().bottom - 1);
    expect(el.shadowRoot!.activeElement?.closest('[part~="cluster-list"]'), 'focus on the list').to.not.equal(null);
  });
  it('Enter on a year\'s "+N" row zooms in around it into months and keeps focus on the row that starts with its first event', async () => {
    const fit = part(el, 'fit') as HTMLButtonElement | null;
    if (fit && !unavailable(fit)) {
      fit.click();
      await settle(el);
    }
    window.scrollTo(0, 0);
    await settle(el);
    const year = el.shadowRoot!.querySelector<HTMLElement>('.v-cluster')!;
    expect(year.querySelector('.v-date')!.textContent).to.equal('2005');
    const from = year.dataset.from;
    year.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until('zoomed in', () => el.shadowRoot!.querySelector('.v-cluster .v-date')?.textContent !== '2005');
    await settle(el);
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.closest('li')?.dataset.from, 'focus on the row of the same first event').to.equal(from);
    expect(focused?.closest('li')?.querySelector('.v-date')?.textContent, 'now a finer row').to.not.equal('2005');
    // A calendar step finer, not six (the whole list became days, 800,000 px of page): 2005's months.
    expect(focused?.closest('li')?.querySelector('.v-date')?.textContent, 'the year\'s first month').to.equal('January 2005');
  });

  it('another document of another span gets its own density: the story after the hundred thousand reads at its own scale', async () => {
    const { tiktok2020 } = await import('../../events/tiktok-2020.js');
    el.data = tiktok2020;
    await settle(el);
    const rows = el.shadowRoot!.querySelectorAll('.v-event[data-event-id]');
    expect(rows.length, 'every story event its own row').to.equal(tiktok2020.events.length);
    expect(el.shadowRoot!.querySelectorAll('.v-break').length, 'the quiet years are breaks').to.be.at.least(2);
    el.data = syntheticTimeline({ count: COUNT, seed: 1 });
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.v-row').length, 'a column of years again').to.be.below(40);
  });
});

describe('<event-timeline> turning vertical with a card open on a long list', () => {
  afterEach(async () => {
    document.querySelectorAll('event-timeline').forEach((e) => e.remove());
    window.scrollTo(0, 0);
    await phone(VIEWPORT.width, VIEWPORT.height, false);
    await setViewport(VIEWPORT);
  });

  it('a card opened on the plot months into its view stays open and in the window under its row, or the "+N" row folding it, when the window narrows to a phone\'s', async () => {
    const el = document.createElement('event-timeline') as Timeline;
    el.setAttribute('no-hash', '');
    el.setAttribute('locale', 'en');
    el.data = syntheticTimeline({ count: 20_000, seed: 1 });
    document.body.append(el);
    await settle(el);
    // Room around the timeline, as an article has.
    el.style.margin = '400px 0 3000px';
    el.zoomTo('2016-05-01', '2017-09-01', false);
    await settle(el);
    const picked = el.document!.events.find((e) => typeof e.start === 'string' && e.start >= '2017-01-01' && e.start < '2017-01-10')!;
    el.select(picked.id!);
    await settle(el);
    expect(el.selected).to.equal(picked.id);
    await phone(375, 812);
    await until('read vertically', () => el.matches(':state(vertical)'));
    await settle(el);
    // The list renders the rows near the window only: anchored at the span's start (May 2016), the
    // row of 3 January 2017 and its card were far below it, not in the page.
    const card = await until('the card in the list', () => el.shadowRoot!.querySelector<HTMLElement>('.vertical > .v-card [part~="card"]'));
    expect(el.selected).to.equal(picked.id);
    const box = card.getBoundingClientRect();
    expect(box.top, 'the card in the window').to.be.below(window.innerHeight);
    expect(box.bottom).to.be.above(0);
    const row = card.closest('li')!.previousElementSibling!;
    const from = Number((row as HTMLElement).dataset.from);
    expect(from, 'under the row of its day, or of the "+N" holding it').to.be.at.most(Date.parse(String(picked.start)));
    expect(Number((row as HTMLElement).dataset.end ?? (row as HTMLElement).dataset.to)).to.be.above(Date.parse(String(picked.start)));
    // Under its own row the card leaves its title to the row; under a "+N" row ("3–9 January · 85
    // events") it says it.
    const folded = row.classList.contains('v-cluster');
    const title = card.querySelector('h1, h2, h3, h4, h5, h6')!;
    expect(title.getBoundingClientRect().width > 1, folded ? 'under a "+N" row, its title shown' : 'under its row, its title left to the row').to.equal(folded);
    // Drawn together (−) until a "+N" row folds it: the card goes under that row and says its title.
    const rowAbove = () => el.shadowRoot!.querySelector('.vertical > .v-card')?.previousElementSibling;
    for (let i = 0; i < 8 && !rowAbove()?.classList.contains('v-cluster'); i++) {
      const minus = part(el, 'zoom-out')!;
      minus.scrollIntoView({ block: 'nearest' });
      const r = minus.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
      await settle(el);
    }
    expect(rowAbove()?.classList.contains('v-cluster'), 'a "+N" row folds it').to.equal(true);
    expect(el.selected).to.equal(picked.id);
    const under = el.shadowRoot!.querySelector('.vertical > .v-card [part~="card"]')!;
    expect(under.querySelector('h1, h2, h3, h4, h5, h6')!.getBoundingClientRect().width, 'its title shown').to.be.above(1);
    expect(under.querySelector('.card-meta')!.getBoundingClientRect().height, 'and its date').to.be.above(1);
    el.style.margin = '';
  });
});
