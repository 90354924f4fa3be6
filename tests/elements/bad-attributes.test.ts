/**
 * Attributes with values the element cannot use: each is reported once on the console (not on
 * every redraw while the user pans), naming the attribute and the value, and replaced by a
 * sensible value: English for a bad `locale`, the real now for a bad `now`, the default or the
 * nearest bound for numbers, the timeline view, and "fit all" for a bad `start`/`end` pair.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { englishStrings } from '../../src/index.js';
import type { TimelineErrorDetail } from '../../src/dom-events/timeline-events.js';
import { holdUrl, newKey } from '../helpers/test-server.js';
import { drag, drawnLabel, marks, mountData, part, parts, plotPoint, settle, type Timeline } from '../helpers/timeline.js';

const demo = tiktok2020;

describe('<event-timeline> with a bad locale or now', () => {
  let warnings: string[];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('locale="not a tag!" and now="someday" each warn once through three drags, and English and the real now are used', async () => {
    const el = await mountData(demo, { locale: 'not a tag!', now: 'someday', 'no-hash': '' });
    el.zoomTo('2020-04-01', '2020-10-01', false);
    await settle(el);
    const before = el.visibleRange.start.getTime();
    for (let i = 0; i < 3; i++) {
      const [x, y] = plotPoint(el, 0.5);
      await drag(x, y, -120);
      await settle(el);
    }
    expect(el.visibleRange.start.getTime(), 'the drags moved the view (so it redrew)').to.be.above(before);
    expect(warnings.filter((w) => w.includes('"not a tag!" is not a valid language tag'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('now="someday" is not a date'))).to.have.length(1);
    expect(part(el, 'view-toggle')!.textContent!.trim()).to.equal(englishStrings.listView);
    const relative = drawnLabel(el, 'eo-deadline')!.text;
    expect(relative, 'the deadline of September 2020 is in the past of the real now').to.match(/ago/);
  });
});

/** Every attribute is checked when it changes: one warning naming it and its value, and a sensible fallback (issue 17, item 2). */
describe('<event-timeline> attributes with unusable values', () => {
  let warnings: string[];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  });
  afterEach(() => {
    console.warn = original;
  });

  const BASE = new URL('../fixtures/network/base.json', import.meta.url).href;

  /** A timeline with `attrs` loading tests/fixtures/network/base.json: what it fired first. */
  async function loadWith(attrs: Record<string, string>): Promise<{ el: Timeline; outcome: Event }> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('event-timeline');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('src', BASE);
    const outcome = Promise.race([oneEvent(el, 'timeline-load'), oneEvent(el, 'timeline-error')]);
    wrapper.append(el);
    const event = await outcome;
    await settle(el);
    return { el, outcome: event };
  }

  for (const value of ['abc', '', '0', '-5', 'NaN']) {
    it(`timeout="${value}" warns once and loads with the default 15 s`, async () => {
      const { outcome } = await loadWith({ timeout: value });
      expect(outcome.type, (outcome as CustomEvent).detail?.message).to.equal('timeline-load');
      expect(warnings).to.deep.equal([`<event-timeline>: timeout="${value}" is not a positive number of ms; using 15000`]);
    });
  }

  for (const value of ['Infinity', '2147483648', '1e10']) {
    it(`timeout="${value}" warns once and loads with the longest timeout, 5 minutes`, async () => {
      const { outcome } = await loadWith({ timeout: value });
      expect(outcome.type, (outcome as CustomEvent).detail?.message).to.equal('timeline-load');
      expect(warnings).to.deep.equal([`<event-timeline>: timeout="${value}" is more than 300000 ms; using 300000`]);
    });
  }

  it('timeout="1" warns and waits 1 s, the shortest timeout, for a server that never answers', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('event-timeline');
    el.setAttribute('timeout', '1');
    el.src = holdUrl(newKey());
    const failed = oneEvent(el, 'timeline-error');
    const started = performance.now();
    wrapper.append(el);
    const { detail } = (await failed) as CustomEvent<TimelineErrorDetail>;
    expect(detail.cause).to.equal('timeout');
    expect(detail.message).to.contain('took longer than 1000 ms');
    expect(performance.now() - started, 'ms until the timeout').to.be.at.least(950);
    expect(warnings).to.deep.equal(['<event-timeline>: timeout="1" is less than 1000 ms; using 1000']);
  });

  for (const [value, warning] of [
    ['0', 'is not a positive number of MB; using 50'],
    ['big', 'is not a positive number of MB; using 50'],
    ['1e9', 'is more than 500 MB; using 500'],
  ]) {
    it(`max-size="${value}" warns once and loads within the limit it falls back to`, async () => {
      const { outcome } = await loadWith({ 'max-size': value });
      expect(outcome.type, (outcome as CustomEvent).detail?.message).to.equal('timeline-load');
      expect(warnings).to.deep.equal([`<event-timeline>: max-size="${value}" ${warning}`]);
    });
  }

  /** The rows drawn (of marks and "+N" marks) in the one lane of 30 events on the same day, and the element. */
  async function rowsWith(maxRows: string | null, attrs: Record<string, string> = {}): Promise<{ rows: number; el: Timeline }> {
    const doc = { title: 'Crowded', lanes: [], events: Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2020-06-01' })) };
    const el = await mountData(doc, maxRows === null ? attrs : { ...attrs, 'max-rows': maxRows });
    return { rows: new Set([...marks(el), ...parts(el, 'cluster')].map((m) => Math.round(m.getBoundingClientRect().top))).size, el };
  }
  const unlimited = { style: '--timeline-max-height: none' };

  it('max-rows="auto" and no max-rows give the events the rows they need, within 80 % of the viewport\'s height, without a warning', async () => {
    const auto = await rowsWith('auto');
    expect((await rowsWith(null)).rows).to.equal(auto.rows);
    expect(auto.rows, 'more rows than the old fixed 3').to.be.above(5);
    expect(auto.el.getBoundingClientRect().height).to.be.at.most(innerHeight * 0.8 + 1);
    expect(parts(auto.el, 'cluster'), 'the rest folds into one "+N"').to.have.length(1);
    // With no cap on the height, each of the 30 has its own row.
    const all = await rowsWith('auto', unlimited);
    expect(all.rows).to.equal(30);
    expect(parts(all.el, 'cluster')).to.have.length(0);
    expect((await rowsWith('5', unlimited)).rows, 'max-rows is an upper bound').to.equal(5);
    expect(warnings).to.deep.equal([]);
  });

  for (const value of ['0', '-1', '2.5', 'abc', '']) {
    it(`max-rows="${value}" warns once and uses "auto"`, async () => {
      expect((await rowsWith(value, unlimited)).rows).to.equal(30);
      expect(warnings).to.deep.equal([`<event-timeline>: max-rows="${value}" is not "auto" or a whole number of rows from 1 to 20; using "auto"`]);
    });
  }

  it('max-rows="50" warns once and draws at most 20 rows', async () => {
    expect((await rowsWith('50', unlimited)).rows).to.equal(20);
    expect(warnings).to.deep.equal(['<event-timeline>: max-rows="50" is more than 20 rows; using 20']);
  });

  it('view="<svg>" warns once and shows the timeline', async () => {
    const el = await mountData(tiktok2020, { view: '<svg>' });
    expect(part(el, 'plot'), 'the timeline view').to.exist;
    expect(part(el, 'list')).to.equal(null);
    expect(warnings).to.deep.equal(['<event-timeline>: view="<svg>" is not "timeline" or "list"; using "timeline"']);
  });

  it('orientation="sideways" warns once and uses "auto": the plot at 900 px, the vertical list at 400 px', async () => {
    const wide = await mountData(tiktok2020, { orientation: 'sideways' });
    expect(part(wide, 'plot'), 'the plot at 900 px').to.exist;
    expect(warnings).to.deep.equal(['<event-timeline>: orientation="sideways" is not "horizontal", "vertical" or "auto"; using "auto"']);
    const narrow = await mountData(tiktok2020, { orientation: 'sideways' }, 400);
    expect(part(narrow, 'vertical'), 'the vertical list at 400 px').to.exist;
    expect(part(narrow, 'plot')).to.equal(null);
  });

  it('start without end warns once, naming start, and the first view shows every event', async () => {
    const fitted = (await mountData(tiktok2020)).visibleRange;
    const el = await mountData(tiktok2020, { start: '2020-06' });
    expect(el.visibleRange).to.deep.equal(fitted);
    expect(warnings).to.deep.equal(['<event-timeline>: start="2020-06" is set without end; set both, or neither; the first view shows every event']);
  });

  it('start="banana" warns about the start attribute (not about a zoomTo call), and the first view shows every event', async () => {
    const fitted = (await mountData(tiktok2020)).visibleRange;
    const el = await mountData(tiktok2020, { start: 'banana', end: '2020-13' });
    expect(el.visibleRange).to.deep.equal(fitted);
    expect(warnings).to.deep.equal(['<event-timeline>: start="banana" is not a date; the first view shows every event']);
    warnings.length = 0;
    el.start = '2020-06';
    await settle(el);
    expect(warnings).to.deep.equal(['<event-timeline>: end="2020-13" is not a date; the first view shows every event']);
    warnings.length = 0;
    el.end = '2020-05';
    await settle(el);
    expect(warnings).to.deep.equal(['<event-timeline>: end="2020-05" is not after start="2020-06"; the first view shows every event']);
    warnings.length = 0;
    el.end = '2020-07';
    await settle(el);
    expect(warnings, 'a valid pair').to.deep.equal([]);
    expect(el.visibleRange.start.toISOString().slice(0, 10)).to.equal('2020-06-01');
  });

  it('a property set from script is named with its value: el.timeout = NaN', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('event-timeline');
    el.timeout = NaN;
    wrapper.append(el);
    await settle(el);
    expect(warnings).to.deep.equal(['<event-timeline>: timeout="NaN" is not a positive number of ms; using 15000']);
  });

  it('each change is checked once, not on every redraw', async () => {
    const el = await mountData(tiktok2020, { 'max-rows': '0' });
    for (let i = 0; i < 3; i++) {
      el.zoomTo('2020-01-01', `2020-0${i + 4}-01`, false);
      await settle(el);
    }
    expect(warnings).to.have.length(1);
    el.setAttribute('max-rows', '-2');
    await settle(el);
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.contain('max-rows="-2"');
  });
});
