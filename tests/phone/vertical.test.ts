/**
 * Phones (issue 14): below 600 px the demo reads as a vertical list whose gaps are time, read
 * with the page's own scroll; touch, pinch, keys, the card and the orientation switch work.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { emulateMediaFeatures, phone, pinch, touchDrag, wheel } from '../helpers/browser.js';
import { until } from '../helpers/signals.js';
import { click, scrollRest, settle, still, VIEWPORT, type Timeline } from '../helpers/timeline.js';
import { emulateMedia } from '@web/test-runner-commands';

/** The demo page's attributes (demo/index.html). */
const DEMO = { now: '2020-08-24', 'now-label': 'Article published', start: '2020-03', end: '2020-10', 'no-hash': '', locale: 'en' };

/** The demo's timeline, not yet in the page. */
function demoElement(): Timeline {
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(DEMO)) el.setAttribute(k, v);
  el.data = tiktok2020;
  return el;
}

/** The demo in a page of `width` × `height` (a phone's unless `mobile` is false), with a heading above it and room below. */
async function demoOn(width: number, height: number, mobile = true): Promise<Timeline> {
  await phone(width, height, mobile);
  document.body.style.margin = '0';
  const header = document.createElement('h1');
  header.textContent = 'How data from TikTok reached U.S. authorities';
  const el = demoElement();
  // Room below the timeline, as an article has, so the page can scroll to its end.
  const after = document.createElement('p');
  after.style.height = '600px';
  document.body.append(header, el, after);
  await settle(el);
  return el;
}

const root = (el: Timeline) => el.shadowRoot!;
const rowOf = (el: Timeline, id: string) => root(el).querySelector<HTMLButtonElement>(`.v-event[data-event-id="${id}"]`)!;
const rows = (el: Timeline) => [...root(el).querySelectorAll<HTMLButtonElement>('.v-event[data-event-id]')];
const centre = (e: Element): [number, number] => {
  const r = e.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

/** Scrolls the page so `e` is in the window's middle, and waits until it is drawn there. */
async function bringIn(el: Timeline, e: Element): Promise<void> {
  e.scrollIntoView({ block: 'center', behavior: 'instant' });
  await settle(el);
}

/** Clicks the toolbar button of `part` `times` times, letting the timeline settle after each. */
async function pressTimes(el: Timeline, part: string, times: number): Promise<void> {
  const button = root(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
  for (let i = 0; i < times; i++) {
    await click(button);
    await settle(el);
  }
}

/**
 * Swipes the page with one finger until `placed()`, each swipe by `by()` px (how far the page has
 * still to scroll, down when positive; at most a swipe's length). The fingers rest before lifting,
 * as a reader's do to stop a scroll: the page stops where they left it, with no fling after.
 */
async function swipeUntil(placed: () => boolean, by: () => number): Promise<void> {
  const swipe = async (distance: number) => {
    const y0 = window.scrollY;
    const y = distance > 0 ? 600 : 200;
    await touchDrag([{ from: [300, y], to: [300, y - distance] }], 10, 200);
    await until('the page scrolled', () => window.scrollY !== y0);
    await scrollRest();
  };
  for (let i = 0; i < 16 && !placed(); i++) {
    const distance = Math.max(-300, Math.min(450, by()));
    // A finger moving less than the touch slop scrolls nothing: a short way is a longer swipe and one back.
    if (Math.abs(distance) >= 30) await swipe(distance);
    else {
      const over = distance < 0 ? -60 : 60;
      await swipe(distance + over);
      await swipe(-over);
    }
  }
}

describe('<event-timeline> on a phone', () => {
  afterEach(async () => {
    document.querySelectorAll('event-timeline, h1, p').forEach((e) => e.remove());
    document.body.style.margin = '';
    window.scrollTo(0, 0);
    await phone(VIEWPORT.width, VIEWPORT.height, false);
    await setViewport(VIEWPORT);
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const [width, height] of [
    [375, 740],
    [390, 844],
  ] as const) {
    it(`at ${width} × ${height} the demo reads vertically: every event a row with its whole title and date, in time order`, async () => {
      const el = await demoOn(width, height);
      expect(el.matches(':state(vertical)'), ':state(vertical)').to.equal(true);
      expect(root(el).querySelector('[part~="plot"]'), 'no horizontal plot').to.equal(null);
      const shown = rows(el);
      expect(shown.map((r) => r.dataset.eventId).sort()).to.deep.equal(tiktok2020.events.map((e) => e.id).sort());
      const host = el.getBoundingClientRect();
      let last = -Infinity;
      for (const row of shown) {
        const box = row.getBoundingClientRect();
        const title = row.querySelector<HTMLElement>('.v-title')!;
        const id = row.dataset.eventId!;
        expect(title.textContent, id).to.equal(tiktok2020.events.find((e) => e.id === id)!.title);
        // Whole: wrapped, never cut or scrolled, inside the element.
        expect(title.scrollWidth, `${id} title fits its box`).to.be.at.most(title.clientWidth);
        expect(title.scrollHeight, `${id} title not clipped`).to.be.at.most(title.clientHeight + 1);
        expect(box.left, id).to.be.at.least(host.left);
        expect(box.right, id).to.be.at.most(host.right);
        expect(row.querySelector('time')!.textContent!.length, `${id} date`).to.be.greaterThan(3);
        expect(box.top, `${id} below the one before`).to.be.greaterThan(last);
        last = box.bottom - 1;
      }
      expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(width);
    });
  }

  it('the space between rows is time: a two-week gap is taller than a three-day one, and a long empty stretch is a break that says how long', async () => {
    const el = await demoOn(375, 740);
    const gapAfter = (id: string) => {
      const li = rowOf(el, id).closest('li')!;
      const next = li.nextElementSibling as HTMLElement;
      return next.classList.contains('v-gap') ? next.getBoundingClientRect().height : 0;
    };
    // 2 → 5 June (3 days) and 5 → 19 June (14 days).
    expect(gapAfter('fbi-sitrep-2')).to.be.greaterThan(3 * gapAfter('miac-bulletin'));
    const breaks = [...root(el).querySelectorAll<HTMLElement>('.v-break')].map((b) => b.textContent!.trim());
    expect(breaks, 'the gap between the 2017 and 2018 events').to.include('8 months');
    expect(root(el).querySelector('.v-now')?.textContent?.trim()).to.equal('Article published');
  });

  it('a range\'s bar fades out over an end known only to its month, as the plot\'s does: the protests\' ("26 May – June 2020") is solid at its start and keeps a sixth of its colour at its end', async () => {
    const el = await demoOn(375, 740);
    const police = tiktok2020.lanes!.find((l) => l.id === 'police')!.color!;
    const bars = [...root(el).querySelectorAll<HTMLElement>('.v-bar')].filter((b) => b.style.getPropertyValue('--_lane') === police);
    bars.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    expect(bars.length, 'the protests run beside several rows').to.be.above(2);
    /** The alpha of each colour stop of a bar's gradient, as the browser computed it. */
    const stops = (bar: HTMLElement) => {
      const image = getComputedStyle(bar).backgroundImage;
      const colours = image.match(/(?:rgba?|color)\([^()]*\)/g) ?? [];
      return colours.map((c) => {
        const alpha = /\/\s*([\d.]+)\s*\)$/.exec(c) ?? /rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)/.exec(c);
        return alpha ? Number(alpha[1]) : 1;
      });
    };
    const first = stops(bars[0]!);
    const last = stops(bars.at(-1)!);
    expect(first, `its first bar (${getComputedStyle(bars[0]!).backgroundImage})`).to.deep.equal([1, 1]);
    expect(last.length, `its last bar (${getComputedStyle(bars.at(-1)!).backgroundImage})`).to.equal(2);
    expect(last[1]!, 'at its end').to.be.closeTo(0.15, 0.02);
    expect(last[1]!, 'fading down its last bar').to.be.below(last[0]!);
    // In forced colours too, in the system's colour, as the plot's canvas fades it.
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      const forced = stops(bars.at(-1)!);
      expect(forced, `forced colours (${getComputedStyle(bars.at(-1)!).backgroundImage})`).to.have.length(2);
      expect(forced[1]!, 'forced colours, at its end').to.be.closeTo(0.15, 0.02);
      expect(stops(bars[0]!), 'forced colours, its first bar').to.deep.equal([1, 1]);
    } finally {
      await emulateMediaFeatures({});
    }
  });

  it('before the list reaches the window (a story\'s title card above it), the header says what the list covers', async () => {
    // A window shorter than the toolbar and the title card above the list (a phone held sideways).
    await phone(375, 340);
    document.body.style.margin = '0';
    const el = demoElement();
    el.setAttribute('story', '');
    document.body.append(el);
    await settle(el);
    const list = root(el).querySelector('.vertical')!.getBoundingClientRect();
    expect(list.top, 'the list starts below the window').to.be.at.least(340);
    const header = root(el).querySelector('.range-label')!.textContent!.trim().replace(/[\u2009\u202f\u00a0]/g, ' ');
    expect(header).to.equal('November 2017 – September 2020');
  });

  it('"+" pressed above the list (a story\'s title card before it) zooms the list without moving the page: the button stays under the finger', async () => {
    await phone(375, 740);
    document.body.style.margin = '0';
    const el = demoElement();
    el.setAttribute('story', '');
    const after = document.createElement('p');
    after.style.height = '600px';
    document.body.append(el, after);
    await settle(el);
    const first = () => rows(el)[0]!.getBoundingClientRect().top;
    expect(first(), 'the list starts below the window\'s middle').to.be.above(370);
    const plus = root(el).querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
    const at = plus.getBoundingClientRect().top;
    const length = () => root(el).querySelector('.vertical')!.getBoundingClientRect().height;
    const [scrollY, listTop, long] = [window.scrollY, first(), length()];
    await click(plus);
    await settle(el);
    await until('the list zoomed in (longer)', () => length() > long + 100);
    expect(window.scrollY, 'the page did not scroll').to.equal(scrollY);
    expect(plus.getBoundingClientRect().top, 'the "+" where it was').to.be.closeTo(at, 0.5);
    expect(first(), 'the list\'s first row where it was').to.be.closeTo(listTop, 1);
  });

  it('a deadline\'s row says when it falls right after its date, then its lane (not "Government deadline")', async () => {
    const el = await demoOn(375, 740);
    const words = [...rowOf(el, 'eo-deadline').querySelector('.v-date')!.children].map((c) => c.textContent!.trim());
    expect(words).to.deep.equal(['September 20, 2020', 'deadline, 27 days after August 24, 2020', 'Government']);
  });

  it('"now" keeps its label off the rows: on the day of an event it sits above its line, not over the event\'s row', async () => {
    const el = await demoOn(375, 740);
    const label = root(el).querySelector('.v-now > span')!;
    expect(label.textContent).to.equal('Article published');
    const box = label.getBoundingClientRect();
    for (const row of rows(el)) {
      const r = row.getBoundingClientRect();
      const overlap = Math.min(box.bottom, r.bottom) - Math.max(box.top, r.top);
      expect(overlap, `the label and ${row.dataset.eventId}`).to.be.at.most(0.5);
    }
  });

  it('a vertical swipe scrolls the page through the story (no nested scroll area)', async () => {
    const el = await demoOn(375, 740);
    const start = window.scrollY;
    const strip = () => root(el).querySelector<HTMLElement>('.v-position > span')!.getBoundingClientRect().left;
    const stripBefore = strip();
    const [x] = centre(rows(el)[2]!);
    await touchDrag([{ from: [x, 600], to: [x, 150] }], 10);
    await until('the page scrolled', () => window.scrollY > start + 200);
    await until('the sticky bar\'s position strip followed', () => strip() > stripBefore);
    expect(el.scrollHeight, 'the element is as tall as its content').to.be.at.most(el.clientHeight + 2);
  });

  it('the span in the header takes in the day of the last row in the window: 20 September\'s row, "… – 20, 2020"', async () => {
    const el = await demoOn(375, 740);
    // Zoomed in (+ three times, eight times denser) so the window holds days and the header names them.
    await pressTimes(el, 'zoom-in', 3);
    const deadline = rowOf(el, 'eo-deadline');
    // The reader swipes to the story's end: 20 September's row, the last, near the window's top (5–55 px
    // under the sticky toolbar), with the break since 24 August above it and the list's end below. (Lower
    // down, 24 August's row comes into the window and the header names months.)
    const toolbar = root(el).querySelector('.toolbar')!;
    const top = () => deadline.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
    const placed = () => top() >= 5 && top() <= 55;
    await swipeUntil(placed, () => top() - 30);
    const box = deadline.getBoundingClientRect();
    expect(placed(), `the row near the window's top: ${box.top}–${box.bottom}`).to.equal(true);
    await settle(el);
    const header = () => root(el).querySelector('.range-label')!.textContent!.trim();
    // "September 17 – 20, 2020" in the demo's English; before, the span ended at the row's midnight: "… – 19, 2020".
    await until('the header caught up', () => /\b20, 2020$/.test(header())).catch(() => expect(header(), `the header, the row at ${box.top}–${box.bottom}`).to.match(/\b20, 2020$/));
  });

  it('a break is not to scale: with the bar\'s foot in the middle of one ("8 months", end of 2017 to August 2018) the header starts at the row after it, with the window\'s foot in one ("4 weeks" before 20 September) it ends at the row before it, never at a month inside it', async () => {
    const el = await demoOn(375, 740);
    const brk = [...root(el).querySelectorAll<HTMLElement>('.v-break')].find((b) => b.textContent!.trim() === '8 months')!;
    const toolbar = root(el).querySelector('.toolbar')!;
    const off = () => {
      const b = brk.getBoundingClientRect();
      return b.top + b.height / 2 - toolbar.getBoundingClientRect().bottom;
    };
    const placed = () => Math.abs(off()) <= brk.getBoundingClientRect().height / 4;
    await swipeUntil(placed, off);
    expect(placed(), `the break's middle at the bar's foot (${off()} px off)`).to.equal(true);
    await settle(el);
    const after = Number(brk.dataset.to);
    expect(new Date(after).toISOString().slice(0, 7), 'the break ends at the next row: Musical.ly merged').to.equal('2018-08');
    const header = () => root(el).querySelector('.range-label')!.textContent!.trim().replace(/[\u2009\u202f\u00a0]/g, ' ');
    // Before: a month of the stretch the break stands for ("February 2018 – …").
    await until('the header caught up', () => header().startsWith('August')).catch(() => expect(header(), 'the header').to.match(/^August (2, )?2018/));
    expect(header()).to.match(/^August (2, )?2018/);
    // The window's foot in the last break ("4 weeks", from the article's 24 August to the deadline
    // of 20 September): the span ends with the row before it, not in September.
    const later = [...root(el).querySelectorAll<HTMLElement>('.v-break')].find((b) => b.textContent!.trim() === '4 weeks')!;
    const foot = () => {
      const b = later.getBoundingClientRect();
      return b.top + b.height / 2 - window.innerHeight;
    };
    const atFoot = () => Math.abs(foot()) <= later.getBoundingClientRect().height / 4;
    await swipeUntil(atFoot, foot);
    expect(atFoot(), `the break's middle at the window's foot (${foot()} px off)`).to.equal(true);
    await settle(el);
    expect(new Date(Number(later.dataset.from)).toISOString().slice(0, 10), 'the break starts at the row before it').to.equal('2020-08-24');
    await until('the header caught up', () => /August (24, )?2020$/.test(header())).catch(() => expect(header(), 'the header').to.match(/August (24, )?2020$/));
  });

  it('the header names what the reader sees under the sticky toolbar: a row the bar covers is not in its span', async () => {
    const el = await demoOn(375, 740);
    const toolbar = root(el).querySelector('.toolbar')!;
    const sitrep = rowOf(el, 'fbi-sitrep-1');
    // 31 May's row (its list item, padding and all) and the blank drawn after it, from 31 May's start to 2 June's.
    const dhs = rowOf(el, 'dhs-riot-tips').closest('li')!;
    const blank = dhs.nextElementSibling as HTMLElement;
    // The reader swipes until 31 May's row has just gone under the bar (its foot 1–4 px above the
    // bar's): the bar's foot is in the blank (two days, about 9 px), nearer 31 May than 2 June,
    // and the first SITREP's row (2 June) is the first row seen.
    const foot = () => toolbar.getBoundingClientRect().bottom;
    const hidden = () => foot() - dhs.getBoundingClientRect().bottom;
    const placed = () => hidden() >= 1 && hidden() <= 4;
    await swipeUntil(placed, () => 2.5 - hidden());
    expect(placed(), `the row ${hidden()} px under the bar`).to.equal(true);
    expect(toolbar.getBoundingClientRect().top, 'the bar stuck at the window\'s top').to.be.closeTo(0, 1);
    expect(sitrep.getBoundingClientRect().top, '2 June\'s row below the bar').to.be.at.least(foot());
    // Drawn to scale from 31 May's start, the blank puts the bar's foot still on 31 May: the case where the header named May.
    const box = blank.getBoundingClientRect();
    const at = Number(blank.dataset.from) + ((Number(blank.dataset.to) - Number(blank.dataset.from)) * (foot() - box.top)) / box.height;
    expect(blank.className, 'the blank after 31 May').to.equal('v-gap');
    expect(new Date(at).toISOString().slice(0, 10), 'the time drawn at the bar\'s foot').to.equal('2020-05-31');
    await settle(el);
    const header = () => root(el).querySelector('.range-label')!.textContent!.trim();
    // It named May before ("May – July 2020"), a month the reader no longer sees.
    await until('the header caught up', () => /^June\b/.test(header())).catch(() => expect(header()).to.match(/^June\b/));
  });

  for (const [id, height, named] of [['dhs-riot-tips', 740, /^May\b/], ['dhs-riot-tips', 320, /^May\b/], ['transparency-report-2019', 360, /^July\b.*2019$/]] as const) it(`a row gone under the bar with its card open below: the header still names the row's ${id === 'dhs-riot-tips' ? 'day' : 'span (a range\'s)'}, the one being read (${height} px tall${height < 400 ? ': the card fills the window' : ''})`, async () => {
    const el = await demoOn(375, height);
    const toolbar = root(el).querySelector('.toolbar')!;
    const row = rowOf(el, id);
    await bringIn(el, row);
    const [x, y] = centre(row);
    await touchDrag([{ from: [x, y], to: [x, y] }], 1);
    const card = await until('the card', () => root(el).querySelector<HTMLElement>('[part~="card"]'));
    // The row swiped just under the bar (its foot 1–8 px above the bar's), its card below it in view.
    const li = row.closest('li')!;
    const hidden = () => toolbar.getBoundingClientRect().bottom - li.getBoundingClientRect().bottom;
    const placed = () => hidden() >= 1 && hidden() <= 8;
    await swipeUntil(placed, () => 4 - hidden());
    expect(placed(), `the row ${hidden()} px under the bar`).to.equal(true);
    expect(card.getBoundingClientRect().bottom, 'its card in view under the bar').to.be.greaterThan(Math.min(height, toolbar.getBoundingClientRect().bottom + 100));
    if (height < 400) expect(rows(el).filter((r) => r.getBoundingClientRect().top < height && r.getBoundingClientRect().bottom > toolbar.getBoundingClientRect().bottom), 'no row in the window').to.have.length(0);
    await settle(el);
    const header = () => root(el).querySelector('.range-label')!.textContent!.trim();
    await until('the header caught up', () => named.test(header())).catch(() => expect(header()).to.match(named));
  });

  it('in a tall window zoomed out to months, a row at the top is named however little of its month it is: 31 May\'s row under the bar, the header starts in May', async () => {
    const el = await demoOn(430, 1400);
    await pressTimes(el, 'zoom-out', 2);
    // Zoomed out, the list is short: room below it for the page to scroll its row to the top.
    document.querySelector<HTMLElement>('body > p')!.style.height = '1500px';
    const toolbar = root(el).querySelector('.toolbar')!;
    const dhs = rowOf(el, 'dhs-riot-tips');
    const gap = () => dhs.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
    const placed = () => gap() >= 2 && gap() <= 14;
    await swipeUntil(placed, () => gap() - 8);
    expect(placed(), `31 May's row just under the bar: ${gap()} px`).to.equal(true);
    await settle(el);
    const header = () => root(el).querySelector('.range-label')!.textContent!.trim();
    // A window 1,400 px tall holds more than a hundred days, so 31 May is under 1 % of it: a plot's
    // view would leave such a sliver unnamed, but this is a row the reader sees ("June – September" before).
    await until('the header caught up', () => /^May\b/.test(header())).catch(() => expect(header()).to.match(/^May\b/));
    const [, to] = header().split(/\s+–\s+/);
    expect(to, `${header()}: months, not days`).to.match(/^[A-Z][a-z]+ 2020$/);
  });

  it('pinch and Ctrl + wheel change the time density around the gesture', async () => {
    const el = await demoOn(375, 740);
    const a = rowOf(el, 'fbi-sitrep-1');
    await bringIn(el, a);
    // The blank between 28 May's row and 31 May's: three days, drawn to scale (a long stretch is a
    // break of a fixed height, which a change of density does not change).
    const distance = () => rowOf(el, 'dhs-riot-tips').closest('li')!.getBoundingClientRect().top - rowOf(el, 'national-guard-minneapolis').closest('li')!.getBoundingClientRect().bottom;
    const before = distance();
    const [x, y] = centre(rowOf(el, 'fbi-sitrep-2'));
    await pinch(x, y + 40, 2);
    await until('pinched apart', () => distance() > before * 1.3);
    const pinched = distance();
    await wheel(x, y, { deltaY: 300, ctrl: true });
    await until('zoomed out by Ctrl + wheel', () => distance() < pinched * 0.9);
  });

  for (const width of [375, 440]) it(`at ${width} px the toolbar keeps its height while the list scrolls under it: words of another length never move the buttons (the list jumped 27 px)`, async () => {
    const el = await demoOn(width, 700);
    const toolbar = root(el).querySelector('.toolbar')!;
    const label = root(el).querySelector('.range-label')!;
    const seen = new Map<string, number>();
    for (let i = 0; i < 24; i++) {
      await wheel(width / 2, 500, { deltaY: 160 });
      await scrollRest();
      await settle(el);
      seen.set(label.textContent!.trim(), toolbar.getBoundingClientRect().height);
    }
    const lengths = [...seen.keys()].map((t) => t.length);
    expect(Math.max(...lengths) - Math.min(...lengths), `words of several lengths: ${[...seen.keys()].join(' | ')}`).to.be.at.least(8);
    expect(new Set(seen.values()).size, `one height: ${JSON.stringify([...seen])}`).to.equal(1);
  });

  it('a tap opens the card under its row; Next and Previous walk in time with the card', async () => {
    const el = await demoOn(390, 844);
    const row = rowOf(el, 'fbi-sitrep-1');
    await bringIn(el, row);
    const [x, y] = centre(row);
    await touchDrag([{ from: [x, y], to: [x, y] }], 1);
    const card = await until('the card', () => root(el).querySelector<HTMLElement>('[part~="card"]'));
    expect(card.querySelector('h2')!.textContent).to.equal(tiktok2020.events.find((e) => e.id === 'fbi-sitrep-1')!.title);
    const cardTop = card.getBoundingClientRect().top;
    expect(cardTop, 'under its row').to.be.at.least(rowOf(el, 'fbi-sitrep-1').getBoundingClientRect().bottom - 1);
    expect(card.getBoundingClientRect().width, 'full width of the list').to.be.greaterThan(300);
    // The row above says the date, the lane and the title: the card starts with the event's text,
    // and its title, out of sight, still names it.
    const title = card.querySelector('h2')!;
    expect(title.getBoundingClientRect().width, 'no second title under the row').to.be.at.most(1);
    expect(card.querySelector('.card-meta')!.getBoundingClientRect().height, 'no second date and lane').to.be.at.most(1);
    expect(card.getAttribute('aria-labelledby'), 'named by its title').to.equal(title.id);
    expect(getComputedStyle(title).display, 'read by screen readers').to.not.equal('none');
    expect(card.querySelector('p')!.getBoundingClientRect().top - cardTop, 'its text first').to.be.below(24);
    const next = [...card.querySelectorAll('button')].find((b) => /next/i.test(b.textContent! + b.getAttribute('aria-label')))!;
    // ← → and Close on one line in even shares, big enough for a thumb; the arrows' words are
    // their names, for assistive technology only ("← Previous event" stood alone on a line).
    const buttons = ['previous', 'next', 'close'].map((name) => card.querySelector<HTMLElement>(`[part~="${name}"]`)!.getBoundingClientRect());
    for (const b of buttons) {
      expect(Math.abs(b.top - buttons[0]!.top), 'one line').to.be.below(1);
      expect(b.height, 'a thumb\'s height').to.be.at.least(44);
      expect(Math.abs(b.width - buttons[0]!.width), 'even shares').to.be.below(2);
    }
    for (const [name, words] of [['previous', 'Previous event'], ['next', 'Next event']]) {
      const word = card.querySelector(`[part~="${name}"] .nav-word`)!;
      expect(word.textContent, `${name}'s name`).to.equal(words);
      expect(word.getBoundingClientRect().width, `${name}: an arrow to the eye`).to.be.at.most(1);
      // Hidden to the eye only: a word taken out of the accessibility tree would leave a button named "←".
      expect(getComputedStyle(word).display, `${name}'s words rendered`).to.not.equal('none');
      expect(getComputedStyle(word).visibility).to.equal('visible');
      expect(word.closest('[aria-hidden="true"]'), `${name}'s words not hidden from assistive technology`).to.equal(null);
    }
    const [nx, ny] = centre(next);
    await touchDrag([{ from: [nx, ny], to: [nx, ny] }], 1);
    await until('the next event', () => el.selected === 'miac-bulletin');
    const moved = await until('its card', () => root(el).querySelector<HTMLElement>('[part~="card"]'));
    expect(moved.getBoundingClientRect().top).to.be.at.least(rowOf(el, 'miac-bulletin').getBoundingClientRect().bottom - 1);
    expect(root(el).activeElement?.closest('[part~="card"]'), 'focus went with the card').to.not.equal(null);
    const previous = [...moved.querySelectorAll('button')].find((b) => /previous/i.test(b.textContent! + b.getAttribute('aria-label')))!;
    previous.focus();
    await sendKeys({ press: 'Enter' });
    await until('back to the first SITREP', () => el.selected === 'fbi-sitrep-1');
  });

  it('keys: ↓/↑ move between rows in time, → to the nearest row of the next lane, Enter opens', async () => {
    const el = await demoOn(375, 740);
    rowOf(el, 'dhs-riot-tips').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement?.getAttribute('data-event-id')).to.equal(rows(el)[rows(el).findIndex((r) => r.dataset.eventId === 'dhs-riot-tips') + 1]!.dataset.eventId);
    await sendKeys({ press: 'ArrowUp' });
    expect(root(el).activeElement?.getAttribute('data-event-id')).to.equal('dhs-riot-tips');
    const lane = Number(rowOf(el, 'dhs-riot-tips').dataset.lane);
    await sendKeys({ press: 'ArrowRight' });
    const other = root(el).activeElement as HTMLElement;
    expect(Number(other.dataset.lane), 'a later lane').to.be.greaterThan(lane);
    await sendKeys({ press: 'Enter' });
    await until('the card', () => el.selected === other.dataset.eventId);
  });

  it('turning horizontal and back keeps the selection and the span', async () => {
    const el = await demoOn(375, 740);
    const row = rowOf(el, 'fbi-sitrep-2');
    await bringIn(el, row);
    // A tap: the reader read the list, so the plot takes the span in its window.
    await click(row);
    await until('selected', () => el.selected === 'fbi-sitrep-2');
    await phone(1024, 800, false);
    await until('horizontal', () => !el.matches(':state(vertical)') && root(el).querySelector('[part~="plot"]'));
    await settle(el);
    expect(el.selected).to.equal('fbi-sitrep-2');
    const span = el.visibleRange;
    const sitrep = Date.UTC(2020, 5, 5);
    expect(span.start.getTime(), 'the span the phone showed').to.be.at.most(sitrep);
    expect(span.end.getTime()).to.be.at.least(sitrep);
    expect(span.end.getTime() - span.start.getTime(), 'about a window of the list, not the whole story').to.be.below(200 * 86_400_000);
    await phone(375, 740);
    await until('vertical again', () => el.matches(':state(vertical)') && rowOf(el, 'fbi-sitrep-2'));
    await settle(el);
    expect(el.selected).to.equal('fbi-sitrep-2');
    const top = rowOf(el, 'fbi-sitrep-2').getBoundingClientRect().top;
    expect(top, 'the selected event is on screen').to.be.within(0, 740);
  });

  it('narrowed and widened again without the list being read (a window resized, a tablet turned), the plot keeps its view', async () => {
    const el = await demoOn(1024, 800, false);
    const before = el.visibleRange;
    for (const round of [1, 2]) {
      await phone(375, 740);
      await until(`vertical (${round})`, () => el.matches(':state(vertical)') && rows(el).length > 0);
      await settle(el);
      await phone(1024, 800, false);
      await until(`horizontal (${round})`, () => !el.matches(':state(vertical)') && root(el).querySelector('[part~="plot"]'));
      await settle(el);
      // Before, the plot took the list's window: its first rows, from November 2017.
      expect(el.visibleRange.start.toISOString(), `the story's view, not the list's first rows (${round})`).to.equal(before.start.toISOString());
      expect(el.visibleRange.end.toISOString()).to.equal(before.end.toISOString());
    }
  });

  it('reads horizontally at 1,000 px in a box the page scales down (its layout width chooses, not its size on screen)', async () => {
    // A slide deck scales its slides: on screen the element is 500 px wide, below the 600 px of
    // the vertical reading, but its layout (and its plot) is 1,000 px.
    const slide = document.createElement('p');
    Object.assign(slide.style, { width: '1000px', transform: 'scale(0.5)', transformOrigin: '0 0', margin: '0' });
    const el = demoElement();
    slide.append(el);
    document.body.append(slide);
    await settle(el);
    expect(el.getBoundingClientRect().width, 'on screen').to.be.closeTo(500, 1);
    expect(el.matches(':state(vertical)'), ':state(vertical)').to.equal(false);
    expect(root(el).querySelector('[part~="plot"]'), 'the plot').to.not.equal(null);
  });

  it('the focused event keeps focus when the phone turns and the orientation changes', async () => {
    const el = await demoOn(375, 740);
    rowOf(el, 'blueleaks').focus();
    await phone(1024, 800, false);
    await until('horizontal, the same event focused', () => !el.matches(':state(vertical)') && (root(el).activeElement as HTMLElement | null)?.dataset.eventId === 'blueleaks');
    await phone(375, 740);
    await until('vertical, the same event focused', () => el.matches(':state(vertical)') && root(el).activeElement === rowOf(el, 'blueleaks'));
  });

  it('selecting an event from outside (the API, a deep link) scrolls its row and card into the window', async () => {
    const el = await demoOn(375, 740);
    window.scrollTo(0, 0);
    expect(rowOf(el, 'eo-deadline').getBoundingClientRect().top, 'starts below the window').to.be.greaterThan(740);
    el.select('eo-deadline');
    await until('scrolled to it', () => {
      const box = rowOf(el, 'eo-deadline').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= 740;
    });
  });

  it('selecting an event whose row the page has scrolled under the sticky toolbar brings the row out from under it: its card leaves the date and title to the row', async () => {
    const el = await demoOn(375, 740);
    const toolbar = root(el).querySelector('.toolbar')!;
    const row = rowOf(el, 'fbi-sitrep-1');
    await bringIn(el, row);
    // The row's top half under the bar, stuck at the window's top.
    window.scrollBy({ top: row.getBoundingClientRect().top + row.getBoundingClientRect().height / 2 - toolbar.getBoundingClientRect().bottom, behavior: 'instant' });
    await scrollRest();
    const bar = toolbar.getBoundingClientRect().bottom;
    expect(rowOf(el, 'fbi-sitrep-1').getBoundingClientRect().top, 'under the bar').to.be.below(bar);
    el.select('fbi-sitrep-1');
    await until('its row clear of the bar', () => {
      const box = rowOf(el, 'fbi-sitrep-1').getBoundingClientRect();
      return box.top >= toolbar.getBoundingClientRect().bottom - 0.5 && box.bottom <= 740;
    });
    // Just out from under it, not to the window's middle: the page moves as little as it must.
    expect(rowOf(el, 'fbi-sitrep-1').getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom, 'right under the bar').to.be.below(2);
  });

  it('a card wide enough for its buttons\' words keeps them (a vertical reading 600 px wide)', async () => {
    const el = await demoOn(600, 800, false);
    el.setAttribute('orientation', 'vertical');
    await settle(el);
    const row = rowOf(el, 'fbi-sitrep-1');
    await bringIn(el, row);
    el.select('fbi-sitrep-1');
    const card = await until('the card', () => root(el).querySelector<HTMLElement>('.v-card [part~="card"]'));
    for (const name of ['previous', 'next']) expect(card.querySelector(`[part~="${name}"] .nav-word`)!.getBoundingClientRect().width, `${name}'s words shown`).to.be.above(40);
    const [previous, next] = ['previous', 'next'].map((name) => card.querySelector(`[part~="${name}"]`)!.getBoundingClientRect());
    expect(Math.abs(previous!.top - next!.top), 'on one line').to.be.below(1);
  });

  it('events dated only to their month are a row of their own ("February 2010, no exact date · 20 events", its bar hatched), not counted into the row of the month\'s first day or week', async () => {
    await phone(375, 740);
    const el = document.createElement('event-timeline');
    el.setAttribute('locale', 'en');
    el.setAttribute('no-hash', '');
    // Ten events on each of the 28 days of February 2010, and twenty dated only to the month.
    const days = Array.from({ length: 280 }, (_, k) => ({ id: `d${k}`, title: `Day event ${k}`, start: `2010-02-${String(1 + Math.floor(k / 10)).padStart(2, '0')}` }));
    const months = Array.from({ length: 20 }, (_, k) => ({ id: `m${k}`, title: `Month event ${k}`, start: '2010-02' }));
    el.data = { title: 'February 2010', lanes: [], events: [...days, ...months] };
    document.body.append(el);
    await settle(el);
    const rows = () => [...root(el).querySelectorAll<HTMLElement>('.v-cluster')];
    const words = (r: HTMLElement) => `${r.querySelector('.v-date')!.textContent!.trim()} · ${r.querySelector('.v-title')!.textContent!.trim()}`;
    const month = rows().find((r) => r.querySelector('.v-date')!.textContent!.trim() === 'February 2010, no exact date')!;
    // Among rows of days, "February 2010 · 20 events" read as the month's total.
    expect(rows().map(words).slice(0, 3)).to.deep.equal(['February 1, 2010 · 10 events', 'February 2010, no exact date · 20 events', 'February 2, 2010 · 10 events']);
    const bar = (r: HTMLElement) => getComputedStyle(r.querySelector('.v-density')!).backgroundImage;
    expect(bar(month), 'the month\'s bar hatched').to.match(/repeating-linear-gradient/);
    expect(bar(rows()[0]!), 'a day\'s plain').to.equal('none');
    // The header names the whole month while its row is in the window, days below it or not.
    const span = () => root(el).querySelector('.range-label')!.textContent!.trim().replace(/[\u2009\u202f\u00a0]/g, ' ');
    await bringIn(el, month);
    const below = rows().filter((r) => r.getBoundingClientRect().top > month.getBoundingClientRect().bottom && r.getBoundingClientRect().bottom < innerHeight);
    expect(below.length, 'rows of days below it in the window').to.be.at.least(2);
    const lastDay = rows().find((r) => r.querySelector('.v-date')!.textContent!.trim() === 'February 28, 2010')!;
    expect(lastDay.getBoundingClientRect().top, '28 February\'s row is not in the window').to.be.above(innerHeight);
    await until('the month in the header', () => /28, 2010$/.test(span()));
    // Once the month's row is out of the window (above it), the header names the days in it.
    const tenth = rows().find((r) => r.querySelector('.v-date')!.textContent!.trim() === 'February 10, 2010')!;
    await bringIn(el, tenth);
    expect(month.getBoundingClientRect().bottom, 'the month\'s row above the window').to.be.below(0);
    await until('the days in the header', () => !/28, 2010$/.test(span()) && /February \d+ – \d+, 2010$/.test(span()));
    await click(month.querySelector('button')!);
    const list = await until('the list under the row', () => root(el).querySelector<HTMLElement>('[part~="cluster-list"]'));
    const titles = [...list.querySelectorAll('button')].map((b) => b.textContent!);
    expect(titles.filter((t) => t.includes('Month event')).length, 'every month-dated event').to.equal(20);
    expect(titles.some((t) => t.includes('Day event')), 'and no day-dated one').to.equal(false);
    expect(root(el).querySelectorAll('[part~="cluster-list"]').length, 'one list').to.equal(1);
    // Headed as its row reads: the month-dated events, none of which the list showed before (not
    // "20 more events"), and not the month's total.
    expect(list.querySelector('#cluster-title')!.textContent!.trim().replace(/[\u2009\u202f\u00a0]/g, ' '), 'its heading').to.equal('February 2010, no exact date: 20 events');
    expect(list.closest('li')!.previousElementSibling, 'right under the month\'s row (not under 1 February\'s, which starts with it)').to.equal(month);
    expect(root(el).querySelectorAll('.v-event[tabindex="0"]').length, 'one row takes Tab').to.equal(1);
  });

  it('a tap on a row of 250 events of one day lists them 200 at a time (zooming could not tell them apart)', async () => {
    await phone(375, 740);
    const el = document.createElement('event-timeline');
    for (const [k, v] of Object.entries({ locale: 'en', 'no-hash': '' })) el.setAttribute(k, v);
    const statements = Array.from({ length: 250 }, (_, k) => ({ id: `s${k}`, title: `Statement ${k + 1}`, start: '2020-06-10' }));
    el.data = { title: 'One day', lanes: [], events: [{ id: 'x', title: 'First of all', start: '2020-01-15' }, ...statements, { id: 'z', title: 'Last', start: '2020-12-10' }] };
    document.body.append(el);
    await settle(el);
    const row = [...root(el).querySelectorAll<HTMLElement>('.v-cluster')].find((r) => r.querySelector('.v-title')!.textContent!.trim() === '250 events')!;
    await click(row.querySelector('button')!);
    const list = await until('the list under the row', () => root(el).querySelector<HTMLElement>('[part~="cluster-list"]'));
    expect(list.querySelectorAll('li').length).to.equal(200);
    await click(list.querySelector<HTMLElement>('[part~="more"]')!);
    await until('all 250', () => root(el).querySelector('[part~="cluster-list"]')?.querySelectorAll('li').length === 250);
  });

  it('a list of events opened from a "+N" mark of the plot stays open under the phone\'s row of those events when the window narrows', async () => {
    await phone(1024, 800, false);
    const el = document.createElement('event-timeline');
    for (const [k, v] of Object.entries({ locale: 'en', 'no-hash': '', 'max-rows': '1' })) el.setAttribute(k, v);
    // One of them runs to 20 June: the plot's "+N" spans to its end, the phone's row names the day they start.
    const statements = Array.from({ length: 8 }, (_, k) => ({ id: `s${k}`, title: `Statement ${k + 1}`, start: '2020-06-10', ...(k === 7 ? { end: '2020-06-20' } : {}) }));
    el.data = { title: 'One day', lanes: [], events: [{ id: 'x', title: 'First of all', start: '2020-01-15' }, ...statements, { id: 'z', title: 'Last', start: '2020-12-10' }] };
    document.body.append(el);
    await settle(el);
    // The mark as drawn once the plot is still (under a loaded machine a late render of the shared
    // rows could replace the button between finding it and clicking it).
    await still(el);
    const mark = root(el).querySelector<HTMLElement>('button[part~="cluster"]')!;
    expect(mark.getAttribute('aria-label')).to.match(/^8 more events, June 10/);
    await click(mark);
    await until('the list on the plot', () => root(el).querySelector('[part~="cluster-list"]'));
    await phone(375, 740);
    const list = await until('the list in the vertical list', () => (el.matches(':state(vertical)') ? root(el).querySelector<HTMLElement>('.vertical [part~="cluster-list"]') : null));
    const row = list.closest('li')!.previousElementSibling as HTMLElement;
    expect(row.querySelector('.v-date')?.textContent?.trim(), 'under the row of 10 June').to.equal('June 10, 2020');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in the vertical view (${scheme})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await demoOn(375, 740);
      await expect(el).to.be.accessible();
      rowOf(el, 'fbi-sitrep-1').click();
      await until('card', () => root(el).querySelector('[part~="card"]'));
      await expect(el).to.be.accessible();
    });
  }

  it('deep time on a phone: the bars of two year-long events one under the other stay apart (the first modern humans and the Great Pyramid read as one range), and no tick\'s words lie over a row', async () => {
    await phone(375, 740, true);
    const el = document.createElement('event-timeline');
    el.setAttribute('locale', 'en');
    el.setAttribute('no-hash', '');
    el.data = {
      title: 'Deep time',
      lanes: [],
      // The demo's deep time: at the scale of the Big Bang, 300,000 years are less than a px.
      events: [
        { id: 'big-bang', start: '-13798000000', title: 'The Big Bang', approximate: true },
        { id: 'dinosaurs', start: '-66000000', title: 'The dinosaurs die out', approximate: true },
        { id: 'humans', start: '-300000', title: 'The first modern humans', approximate: true },
        { id: 'pyramids', start: '-2559', title: 'The Great Pyramid of Giza', approximate: true },
      ],
    };
    document.body.append(el);
    await settle(el);
    expect(el.matches(':state(vertical)'), ':state(vertical)').to.equal(true);
    /** Where a row's bar is inked: its box less its transparent top border. */
    const inked = (id: string) => {
      const bar = rowOf(el, id).closest('li')!.querySelector<HTMLElement>('.v-bar')!;
      const box = bar.getBoundingClientRect();
      return { top: box.top + parseFloat(getComputedStyle(bar).borderTopWidth), bottom: box.bottom };
    };
    const [humans, pyramids] = [inked('humans'), inked('pyramids')];
    const li = (id: string) => rowOf(el, id).closest('li')!.getBoundingClientRect();
    expect(li('pyramids').top - li('humans').bottom, 'the rows touch').to.be.closeTo(0, 0.5);
    expect(pyramids.top - humans.bottom, `apart (${humans.bottom} → ${pyramids.top})`).to.be.at.least(3);
    // No tick's words over a row: "1 CE" stood over the corner of the Great Pyramid's row.
    const rows = [...root(el).querySelectorAll<HTMLElement>('.v-event')].map((r) => r.getBoundingClientRect());
    for (const tick of root(el).querySelectorAll<HTMLElement>('.v-tick')) {
      const t = tick.getBoundingClientRect();
      const over = rows.find((r) => t.left < r.right && t.right > r.left && t.top < r.bottom - 0.5 && t.bottom > r.top + 0.5);
      expect(over, `"${tick.textContent}" over a row`).to.equal(undefined);
    }
  });

  it('zoomTo() by the page, read vertically, shows that span: its density fits it in the window, its start at the sticky bar', async () => {
    const el = await demoOn(375, 740);
    const spread = () => rowOf(el, 'fbi-sitrep-2').getBoundingClientRect().top - rowOf(el, 'fbi-sitrep-1').getBoundingClientRect().top;
    const before = spread();
    el.zoomTo('2020-06-01', '2020-06-21', false);
    await settle(el);
    await scrollRest();
    const bar = root(el).querySelector('.toolbar')!.getBoundingClientRect();
    expect(rowOf(el, 'dhs-riot-tips').getBoundingClientRect().bottom, '31 May is above the window').to.be.at.most(bar.bottom + 1);
    for (const id of ['fbi-sitrep-1', 'fbi-sitrep-2', 'blueleaks']) {
      const box = rowOf(el, id).getBoundingClientRect();
      expect(box.top, `${id} under the bar`).to.be.at.least(bar.bottom - 1);
      expect(box.bottom, `${id} in the window`).to.be.at.most(window.innerHeight);
    }
    expect(spread(), 'spread out to the span').to.be.above(before);
    // (Its end may run on past the span: a long quiet stretch after 19 June is shortened to a break.)
    expect(root(el).querySelector('.range-label')!.textContent, 'the bar names it from its start').to.match(/^June/);
  });

});
