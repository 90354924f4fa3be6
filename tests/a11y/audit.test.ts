/**
 * The accessibility audit's findings (issue 18), each as a reader meets it: real keys and clicks,
 * what has focus, what the live region says, what the accessibility tree is given, and labels
 * measured under WCAG 1.4.12 text spacing and larger text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMediaFeatures } from '../helpers/browser.js';
import '../../src/i18n/ar.js';
import '../../src/i18n/de.js';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { click, drawn, drawnLabel, mark, mountData, part, parts, settle, spoken, still, VIEWPORT } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';
import { until } from '../helpers/signals.js';

/** What has focus, as a reader would say it: an event id, "+N", a part, or the page. */
function focused(el: Timeline): string {
  if (document.activeElement !== el) return document.activeElement === document.body ? '<body>' : `<outside: ${document.activeElement?.localName}>`;
  const inner = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!inner) return '<none>';
  if (inner.dataset.cluster) return '+N';
  return inner.dataset.eventId ?? inner.getAttribute('part') ?? inner.className ?? inner.localName;
}

async function press(el: Timeline, key: string): Promise<void> {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice(6) });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await settle(el);
}

/** One lane: an event long before, three on one day (a "+3" zooming cannot open) and one long after. */
const oneDay: TimelineDocument = {
  title: 'Statements',
  lanes: [{ id: 'l', label: 'Reports' }],
  events: [
    { id: 'x', title: 'First of all', start: '2017-01-15', lane: 'l' },
    { id: 's1', title: 'Statement one', start: '2020-06-10', lane: 'l' },
    { id: 's2', title: 'Statement two', start: '2020-06-10', lane: 'l' },
    { id: 's3', title: 'Statement three', start: '2020-06-10', lane: 'l' },
    { id: 'z', title: 'Last', start: '2020-12-10', lane: 'l' },
  ],
};

/** Arrows right from the focused event to the "+N" mark and opens it with Enter: its list has focus. */
async function openListFromKeyboard(el: Timeline): Promise<void> {
  await el.focusEvent('x');
  await settle(el);
  for (let i = 0; i < 5 && focused(el) !== '+N'; i++) await press(el, 'ArrowRight');
  expect(focused(el)).to.equal('+N');
  await press(el, 'Enter');
  await still(el);
  expect(part(el, 'cluster-list'), 'the list opened').to.exist;
  expect(part(el, 'cluster-list')!.contains(el.shadowRoot!.activeElement), 'focus is in the list').to.equal(true);
}

describe('issue 18.1: closing the list of a "+N" mark', () => {
  const attrs = { 'max-rows': '1', 'no-hash': '' };

  it('Escape returns focus to the "+N" mark it came from', async () => {
    const el = await mountData(oneDay, attrs);
    await openListFromKeyboard(el);
    await press(el, 'Escape');
    expect(part(el, 'cluster-list'), 'the list closed').to.equal(null);
    expect(focused(el)).to.equal('+N');
    // And the reader carries on from there.
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('z');
  });

  it('its Close button returns focus to the "+N" mark', async () => {
    const el = await mountData(oneDay, attrs);
    await openListFromKeyboard(el);
    await click(part(el, 'cluster-list')!.querySelector('[part~="close"]')!);
    await settle(el);
    expect(part(el, 'cluster-list')).to.equal(null);
    expect(focused(el)).to.equal('+N');
  });

  it('an event chosen from the list opens its card, and closing the card returns focus to the "+N" mark', async () => {
    const el = await mountData(oneDay, attrs);
    await openListFromKeyboard(el);
    await press(el, 'Tab');
    await press(el, 'Tab');
    await press(el, 'Enter');
    await still(el);
    expect(el.selected).to.equal('s2');
    await press(el, 'Escape');
    expect(el.selected).to.equal(null);
    expect(focused(el)).to.equal('+N');
  });
});

describe('issue 18.1, read vertically (a phone)', () => {
  it('the list of a "+N" row of events on one day closes with Escape back onto that row', async () => {
    const sameDay: TimelineDocument = {
      title: 'Statements',
      lanes: [],
      events: Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, title: `Statement ${i + 1}`, start: '2020-06-10' })),
    };
    const el = await mountData(sameDay, { orientation: 'vertical', 'no-hash': '' }, 380);
    // Each press spreads the row out by zooming in, until the events (all at one moment) are listed.
    for (let i = 0; i < 12 && !part(el, 'cluster-list'); i++) {
      const row = part(el, 'cluster');
      expect(row, 'a "+N" row').to.exist;
      await click(row!);
      await settle(el);
    }
    expect(part(el, 'cluster-list'), 'the list opened').to.exist;
    expect(part(el, 'cluster-list')!.contains(el.shadowRoot!.activeElement), 'focus is in the list').to.equal(true);
    await press(el, 'Escape');
    expect(part(el, 'cluster-list')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focus is back on the row').to.equal('cluster');
  });
});

describe('issue 18.2: the card\'s Previous and Next', () => {
  it('say the new event\'s title and date, and keep focus on the button, pressed again and again', async () => {
    const el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '', locale: 'en-GB', start: '2020-05', end: '2020-09' });
    await el.focusEvent('fbi-sitrep-1');
    await press(el, 'Enter');
    await still(el);
    expect(el.selected).to.equal('fbi-sitrep-1');
    const order = [...tiktok2020.events].sort((a, b) => a.start.localeCompare(b.start) || 0);
    const at = order.findIndex((e) => e.id === 'fbi-sitrep-1');
    // Tab from the card to its Next button, as a keyboard reader gets there.
    for (let i = 0; i < 12 && focused(el) !== 'control next'; i++) await press(el, 'Tab');
    expect(focused(el)).to.equal('control next');
    for (let step = 1; step <= 2; step++) {
      await press(el, 'Enter');
      await still(el);
      const now = el.selected!;
      expect(now, 'the card moved on').to.not.equal('fbi-sitrep-1');
      const event = tiktok2020.events.find((e) => e.id === now)!;
      expect(part(el, 'card')!.querySelector('h2')!.textContent).to.equal(event.title);
      const words = spoken(el);
      expect(words, 'the new title is said').to.include(event.title);
      expect(words, 'with its date').to.include(part(el, 'card')!.querySelector('time')!.textContent!.trim());
      expect(focused(el), 'focus stays on Next').to.equal('control next');
    }
    expect(order.length).to.be.above(at);
    await press(el, 'Shift+Tab');
    expect(focused(el)).to.equal('control previous');
    const before = el.selected;
    await press(el, 'Enter');
    await still(el);
    expect(el.selected).to.not.equal(before);
    expect(spoken(el)).to.include(tiktok2020.events.find((e) => e.id === el.selected)!.title);
    expect(focused(el)).to.equal('control previous');
  });
});

/** The demo page's attributes (demo/index.html). */
const DEMO = { now: '2020-08-24', 'now-label': 'Article published', start: '2020-03', end: '2020-10', 'no-hash': '', locale: 'en-GB', style: '--timeline-max-height: none' };

/**
 * Width of `text` as the canvas draws it in the style the page computes for a drawn text (`label`,
 * `major`, `minor`, `rule`: the theme's probes carry the parts' styles), spacing included.
 */
function drawnWidth(el: Timeline, text: string, probe: string): number {
  const s = getComputedStyle(el.shadowRoot!.querySelector(`[data-probe="${probe}"]`)!);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  context.letterSpacing = s.letterSpacing === 'normal' ? '0px' : s.letterSpacing;
  context.wordSpacing = s.wordSpacing === 'normal' ? '0px' : s.wordSpacing;
  return context.measureText(text).width;
}

/** Every label whole in view: its drawn box holds its text as the page would set it. */
function expectWholeLabelsFit(el: Timeline): number {
  const scene = drawn(el);
  let checked = 0;
  for (const lane of scene.lanes) {
    for (const m of lane.marks) {
      if (m.label.truncated || m.label.left < 0 || m.label.left + m.label.width > scene.width) continue;
      expect(m.label.width, `${m.item.id}: "${m.label.text}"`).to.be.at.least(drawnWidth(el, m.label.text, 'label') - 0.5);
      checked++;
    }
  }
  return checked;
}

describe('issue 18.3: WCAG 1.4.12 text spacing', () => {
  it('labels are measured with the spacing applied inside the shadow root, and stay whole where they were', async () => {
    const el = await mountData(tiktok2020, DEMO, 1200);
    const whole = ['fbi-sitrep-1', 'fbi-sitrep-2', 'dhs-riot-tips', 'protests', 'blueleaks'];
    for (const id of whole) expect(drawnLabel(el, id)?.truncated, `${id} before`).to.equal(false);
    const before = drawnLabel(el, 'fbi-sitrep-1')!.box.width;
    const spacing = document.createElement('style');
    spacing.textContent = '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; } p { margin-bottom: 2em !important; }';
    el.shadowRoot!.append(spacing);
    await until('labels re-measured with the spacing', () => drawnLabel(el, 'fbi-sitrep-1') && drawnLabel(el, 'fbi-sitrep-1')!.box.width > before * 1.1);
    await settle(el);
    for (const id of whole) {
      const label = drawnLabel(el, id);
      expect(label, `${id} keeps its mark`).to.not.equal(null);
      expect(label!.truncated, `${id}: "${label!.text}"`).to.equal(false);
    }
    expect(expectWholeLabelsFit(el)).to.be.above(5);
    const deadline = drawn(el).rules.find((r) => r.item?.id === 'eo-deadline')!;
    expect(deadline.label.width, 'the deadline label holds its words').to.be.at.least(drawnWidth(el, deadline.label.title, 'rule') + drawnWidth(el, deadline.label.relative, 'rule') - 0.5);
  });
});

describe('issue 18.4: larger text', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('a reader\'s larger default font size reaches the labels, the rows and the axis', async () => {
    const normal = await mountData(tiktok2020, DEMO, 1200);
    const base = { font: drawn(normal).metrics.fontPx, row: drawn(normal).metrics.rowPx, axis: part(normal, 'axis')!.getBoundingClientRect().height };
    normal.remove();
    document.documentElement.style.fontSize = '32px';
    const large = await mountData(tiktok2020, DEMO, 1200);
    const m = drawn(large).metrics;
    expect(m.fontPx).to.be.closeTo(base.font * 2, 0.5);
    expect(m.rowPx).to.be.at.least(base.row * 1.8);
    expect(part(large, 'axis')!.getBoundingClientRect().height).to.be.at.least(base.axis * 1.8);
    expect(expectWholeLabelsFit(large)).to.be.above(3);
  });

  it('a larger root font size set after load is followed: labels, rows and the axis grow', async () => {
    const el = await mountData(tiktok2020, DEMO, 1200);
    const before = drawn(el).metrics;
    document.documentElement.style.fontSize = '24px';
    await until('the new size drawn', () => drawn(el).metrics.fontPx > before.fontPx);
    await settle(el);
    expect(drawn(el).metrics.fontPx).to.be.closeTo(before.fontPx * 1.5, 0.5);
    expect(drawn(el).metrics.rowPx).to.be.at.least(before.rowPx * 1.4);
    expect(expectWholeLabelsFit(el)).to.be.above(3);
  });

  it('--timeline-font-size: 28px set after load: rows and the axis grow, labels are measured again, axis labels do not overlap', async () => {
    const el = await mountData(tiktok2020, DEMO, 1200);
    el.style.setProperty('--timeline-font-size', '28px');
    await until('the new size drawn', () => drawn(el).metrics.fontPx === 28);
    await settle(el);
    const m = drawn(el).metrics;
    expect(m.rowPx).to.be.at.least(28 * 1.6);
    expect(part(el, 'axis')!.getBoundingClientRect().height).to.be.at.least(28 * 2.5);
    expect(expectWholeLabelsFit(el)).to.be.above(3);
    for (const level of ['major', 'minor'] as const) {
      const ticks = drawn(el).axis[level].filter((t) => t.shown);
      for (let i = 1; i < ticks.length; i++) {
        const [a, b] = [ticks[i - 1]!, ticks[i]!];
        expect(a.width, `${a.label} is measured at 28 px`).to.be.at.least(drawnWidth(el, a.label, level) - 0.5);
        expect(Math.max(a.left, b.left) >= Math.min(a.left + a.width, b.left + b.width), `${a.label} / ${b.label}`).to.equal(true);
      }
    }
  });
});

/** A page around the timeline: a main landmark whose heading comes first, as articles have. */
async function mountInPage(doc: TimelineDocument, attrs: Record<string, string>, width = 900, dir = 'ltr'): Promise<{ main: HTMLElement; el: Timeline }> {
  const main = await fixture<HTMLElement>(html`<main dir=${dir} style=${`width:${width}px`}><h1>A story</h1><p>Its first paragraph.</p></main>`);
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = doc;
  main.append(el);
  await settle(el);
  return { main, el };
}

/** The heading level a reader hears (the element's own, or aria-level). */
function levelOf(heading: Element): number {
  return Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1));
}

describe('issue 18.5: the list view', () => {
  afterEach(async () => {
    await setViewport(VIEWPORT);
  });

  it('an article\'s title opens the card next to it, and Escape brings focus back into sight', async () => {
    await setViewport({ width: 1280, height: 700 });
    const el = await mountData(tiktok2020, { ...DEMO, view: 'list' }, 900);
    const item = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')].find((li) => li.dataset.eventId === 'blueleaks')!;
    const title = item.querySelector('button')!;
    title.scrollIntoView({ block: 'center' });
    await click(title);
    await settle(el);
    const card = part(el, 'card')!;
    expect(card, 'the card opened').to.exist;
    expect(card.contains(el.shadowRoot!.activeElement), 'focus is in the card').to.equal(true);
    const article = item.querySelector('article')!.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    expect(box.top - article.bottom, 'the card follows its article').to.be.within(-1, 40);
    expect(box.top, 'and is in sight').to.be.below(window.innerHeight);
    await press(el, 'Escape');
    expect(part(el, 'card')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(title);
    const r = title.getBoundingClientRect();
    expect(r.top, 'the focused title is in the window').to.be.at.least(0);
    expect(r.bottom).to.be.at.most(window.innerHeight);
  });

  it('the live region describes the list, not the timeline\'s span, once the reader switches to it', async () => {
    const el = await mountData(tiktok2020, DEMO, 900);
    await click(part(el, 'zoom-out')!);
    await still(el);
    await until('the span announced', () => /^Showing/.test(spoken(el)));
    await click(part(el, 'view-toggle')!);
    await settle(el);
    const n = tiktok2020.events.length;
    expect(spoken(el)).to.not.match(/^Showing/);
    expect(spoken(el)).to.include(String(n));
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length).to.equal(n);
    await click(part(el, 'view-toggle')!);
    await settle(el);
    expect(spoken(el), 'back in the timeline, its span').to.match(/^Showing/);
  });

  it('list articles and the card take their heading level from heading-level (2 by default), so axe\'s heading-order passes under a page h1', async () => {
    const { main, el } = await mountInPage(tiktok2020, { ...DEMO, view: 'list' });
    const articleHeadings = [...el.shadowRoot!.querySelectorAll('[part~="list-item"] article :is(h1, h2, h3, h4, h5, h6)')];
    expect(articleHeadings.length).to.equal(tiktok2020.events.length);
    for (const h of articleHeadings) expect(levelOf(h)).to.equal(2);
    await expect(main).to.be.accessible();
    el.setAttribute('heading-level', '3');
    el.view = 'timeline';
    await settle(el);
    el.select('blueleaks');
    await settle(el);
    expect(levelOf(part(el, 'card')!.querySelector('h1, h2, h3, h4, h5, h6')!)).to.equal(3);
    el.view = 'list';
    await settle(el);
    for (const h of el.shadowRoot!.querySelectorAll('[part~="list-item"] article :is(h1, h2, h3, h4, h5, h6)')) expect(levelOf(h)).to.equal(3);
  });
});

describe('heading-level that is no level', () => {
  const original = console.warn;
  afterEach(() => {
    console.warn = original;
  });

  it('heading-level="9" warns once, naming it, and headings are level 2', async () => {
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
    const el = await mountData(tiktok2020, { ...DEMO, view: 'list', 'heading-level': '9' });
    el.select('blueleaks');
    await settle(el);
    expect(warnings.filter((w) => w.includes('heading-level="9"'))).to.have.length(1);
    const articles = [...el.shadowRoot!.querySelectorAll('[part~="list-item"] article :is(h1, h2, h3, h4, h5, h6)')];
    expect(new Set(articles.map(levelOf))).to.deep.equal(new Set([2]));
    expect(levelOf(part(el, 'card')!.querySelector('h1, h2, h3, h4, h5, h6')!), 'the card in the list, a level below').to.equal(3);
  });
});

describe('issue 18.6: smaller screen-reader issues', () => {
  it('the region, the toolbar and the lanes\' list each have a name of their own; the toolbar is a toolbar', async () => {
    const el = await mountData(tiktok2020, DEMO);
    const region = el.shadowRoot!.querySelector('section[aria-label]')!.getAttribute('aria-label');
    const toolbar = el.shadowRoot!.querySelector('[part~="controls"]')!;
    expect(toolbar.getAttribute('role')).to.equal('toolbar');
    const lanes = el.shadowRoot!.querySelector('.lanes[role="list"]')!;
    const names = [region, toolbar.getAttribute('aria-label'), lanes.getAttribute('aria-label')];
    for (const name of names) expect(name).to.be.a('string').and.not.equal('');
    expect(new Set(names).size, names.join(' / ')).to.equal(3);
  });

  it('arrow keys move between the toolbar\'s buttons, Home and End to its ends (mirrored right to left)', async () => {
    const el = await mountData(tiktok2020, DEMO);
    part(el, 'zoom-out')!.focus();
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('control zoom-in');
    await press(el, 'End');
    expect(focused(el)).to.equal('control view-toggle');
    await press(el, 'ArrowRight');
    expect(focused(el), 'stays at the end').to.equal('control view-toggle');
    await press(el, 'Home');
    expect(focused(el)).to.equal('control zoom-out');
    el.locale = 'ar';
    el.setAttribute('dir', 'rtl');
    await settle(el);
    part(el, 'zoom-out')!.focus();
    await press(el, 'ArrowLeft');
    expect(focused(el), 'Left is onwards right to left').to.equal('control zoom-in');
  });

  it('the zoom buttons say their name once (no title repeating it)', async () => {
    const el = await mountData(tiktok2020, DEMO);
    for (const name of ['zoom-in', 'zoom-out']) {
      const button = part(el, name)!;
      expect(button.getAttribute('aria-label')).to.be.a('string');
      expect(button.getAttribute('title'), name).to.not.equal(button.getAttribute('aria-label'));
    }
    for (const cluster of parts(el, 'cluster')) expect(cluster.getAttribute('title')).to.not.equal(cluster.getAttribute('aria-label'));
  });

  it('a lane with no marks in view is not an empty list', async () => {
    const el = await mountData(tiktok2020, { ...DEMO, start: '2020-06-01', end: '2020-06-03' });
    const lists = [...el.shadowRoot!.querySelectorAll('[part~="plot"] [role="list"]')];
    const empty = lists.filter((l) => !l.querySelector(':scope > [role="listitem"]'));
    expect(empty.map((l) => l.getAttribute('aria-label')), 'empty lists').to.deep.equal([]);
  });

  it('"c." is apart from the title and in the reader\'s language', async () => {
    const el = await mountData(tiktok2020, { ...DEMO, start: '2020-05', end: '2020-07' });
    expect(mark(el, 'protests')!.getAttribute('aria-label')).to.match(/^Protests across the U\.S\., 26 May – c\. June 2020/);
    el.locale = 'ar';
    await settle(el);
    const name = mark(el, 'protests')!.getAttribute('aria-label')!;
    expect(name).to.include('حوالي');
    expect(name).to.not.include('c.');
  });

  it('"+N" marks sit among the lane\'s marks in time order', async () => {
    const el = await mountData(tiktok2020, { 'max-rows': '1', 'no-hash': '', now: '2020-08-24' });
    el.fit(false);
    await settle(el);
    expect(parts(el, 'cluster').length).to.be.above(0);
    const scene = drawn(el);
    for (const lane of el.shadowRoot!.querySelectorAll('[part~="lane"] [role="list"]')) {
      const times = [...lane.querySelectorAll<HTMLElement>('button')].map((b) => {
        if (b.dataset.cluster) return scene.lanes.flatMap((l) => l.clusters).find((c) => c.key === b.dataset.cluster)!.start;
        return scene.lanes.flatMap((l) => l.marks).find((mk) => mk.item.id === b.dataset.eventId)!.item.start;
      });
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    }
  });

  it('after a list and back, from the keyboard, Tab lands on the event the reader left', async () => {
    const el = await mountData(tiktok2020, DEMO);
    await el.focusEvent('fbi-sitrep-1');
    await settle(el);
    for (let i = 0; i < 6 && (focused(el) === 'fbi-sitrep-1' || focused(el) === '+N'); i++) await press(el, 'ArrowRight');
    const left = focused(el);
    expect(tiktok2020.events.some((e) => e.id === left), `an event: ${left}`).to.equal(true);
    for (let i = 0; i < 8 && focused(el) !== 'control view-toggle'; i++) await press(el, 'Shift+Tab');
    expect(focused(el)).to.equal('control view-toggle');
    await press(el, 'Enter');
    expect(el.view).to.equal('list');
    await press(el, 'Enter');
    expect(el.view).to.equal('timeline');
    for (let i = 0; i < 4 && focused(el).startsWith('control'); i++) await press(el, 'Tab');
    expect(focused(el)).to.equal(left);
  });
});

describe('issue 18.7: where the reader is on the time axis', () => {
  it('the plot is described by the visible span, which is not hidden and follows the view', async () => {
    const el = await mountData(tiktok2020, DEMO);
    const plot = part(el, 'plot')!;
    const ids = `${plot.getAttribute('aria-labelledby') ?? ''} ${plot.getAttribute('aria-describedby') ?? ''}`.trim().split(/\s+/).filter(Boolean);
    expect(plot.getAttribute('role'), 'a named group').to.equal('group');
    const text = () => ids.map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' ');
    expect(text()).to.match(/March.*October 2020/);
    for (const id of ids) expect(el.shadowRoot!.getElementById(id)!.closest('[aria-hidden="true"]'), 'not hidden').to.equal(null);
    el.zoomTo('2020-06', '2020-07', false);
    await settle(el);
    expect(text()).to.match(/June/);
    expect(text()).to.not.match(/March/);
  });

  it('the plot\'s description gives the axis\'s scale in the reader\'s language, following the zoom', async () => {
    const el = await mountData(tiktok2020, DEMO);
    const plot = part(el, 'plot')!;
    const description = () => plot.getAttribute('aria-describedby')!.split(/\s+/).map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' ');
    const unit = () => drawn(el).axis.key.split(':')[0];
    const before = unit();
    expect(description()).to.match(new RegExp(`^Time axis: a mark every \\d+ ${before}s?$`));
    el.zoomTo('2020-06-01', '2020-06-04', false);
    await settle(el);
    expect(unit()).to.not.equal(before);
    expect(description()).to.match(new RegExp(`^Time axis: a mark every \\d+ ${unit()}s?$`));
    el.locale = 'de';
    await settle(el);
    expect(description()).to.match(/^Zeitachse: Abstand der Marken \d+ (Stunden?|Tage?)$/);
  });
});

describe('issue 18: axe with best-practice rules, in a page under its h1', () => {
  afterEach(async () => {
    await emulateMediaFeatures({});
    await emulateMedia({ colorScheme: 'light' });
    await setViewport(VIEWPORT);
  });

  it('default', async () => {
    const { main } = await mountInPage(tiktok2020, DEMO);
    await expect(main).to.be.accessible();
  });

  it('with the card open', async () => {
    const { main, el } = await mountInPage(tiktok2020, DEMO);
    await el.focusEvent('fbi-sitrep-1');
    await press(el, 'Enter');
    await still(el);
    expect(part(el, 'card')).to.exist;
    await expect(main).to.be.accessible();
  });

  it('with the list of a "+N" open', async () => {
    const { main, el } = await mountInPage(oneDay, { 'max-rows': '1', 'no-hash': '' });
    await openListFromKeyboard(el);
    await expect(main).to.be.accessible();
  });

  it('in list view, with a card open in it', async () => {
    const { main, el } = await mountInPage(tiktok2020, { ...DEMO, view: 'list' });
    await expect(main).to.be.accessible();
    el.select('blueleaks');
    await settle(el);
    await expect(main).to.be.accessible();
  });

  it('dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { main } = await mountInPage(tiktok2020, DEMO);
    await expect(main).to.be.accessible();
  });

  it('forced colours', async () => {
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    const { main } = await mountInPage(tiktok2020, DEMO);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await expect(main).to.be.accessible();
  });

  it('forced colours, read vertically: the open event\'s row has a thick Highlight edge (its tint is gone), and no blank square stands for a lane colour', async () => {
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    const { el } = await mountInPage(tiktok2020, { ...DEMO, orientation: 'vertical' }, 380);
    el.select('fbi-sitrep-1');
    await settle(el);
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.v-event')];
    const open = rows.find((r) => r.dataset.eventId === 'fbi-sitrep-1')!;
    const other = rows.find((r) => r.dataset.eventId !== 'fbi-sitrep-1')!;
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(open).borderTopColor, 'the open row\'s edge').to.equal(highlight);
    expect(parseFloat(getComputedStyle(open).borderTopWidth)).to.be.at.least(3);
    expect(getComputedStyle(other).borderTopColor, 'other rows keep theirs').to.not.equal(highlight);
    for (const swatch of el.shadowRoot!.querySelectorAll('.lane-label-swatch')) expect(getComputedStyle(swatch).display).to.equal('none');
  });

  it('right to left (Arabic)', async () => {
    const { main, el } = await mountInPage(tiktok2020, { ...DEMO, locale: 'ar' }, 900, 'rtl');
    await expect(main).to.be.accessible();
    el.select('blueleaks');
    await settle(el);
    await expect(main).to.be.accessible();
  });

  it('read vertically (a phone), with a card open', async () => {
    const { main, el } = await mountInPage(tiktok2020, { ...DEMO, orientation: 'vertical' }, 380);
    expect(part(el, 'vertical')).to.exist;
    await expect(main).to.be.accessible();
    el.select('blueleaks');
    await settle(el);
    expect(part(el, 'card')).to.exist;
    await expect(main).to.be.accessible();
  });

  it('at 200 % (a 640 px window)', async () => {
    await setViewport({ width: 640, height: 450 });
    const { main } = await mountInPage(tiktok2020, DEMO, 620);
    await expect(main).to.be.accessible();
  });
});
