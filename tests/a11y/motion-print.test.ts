import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { syntheticTimeline } from '../../events/synthetic.js';
import { formatSpan } from '../../src/elements/format-view.js';
import { toTimelineItems } from '../../src/model/items.js';
import { parseTimeline } from '../../src/model/parse.js';
import { click, mountData, part, settle, span } from '../helpers/timeline.js';
import { contrast } from '../helpers/contrast.js';
import { emulateMediaFeatures } from '../helpers/browser.js';

describe('<event-timeline> motion and print', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', media: 'screen' }));

  it('with prefers-reduced-motion, the zoom button changes the view at once, not over frames', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mountData(tiktok2020, { 'no-hash': '' });
    const before = span(el);
    await click(part(el, 'zoom-in')!);
    await el.updateComplete;
    expect(span(el)).to.be.closeTo(before / 2, before * 0.01);
  });

  it('without it, the same zoom animates (the first frame is not yet the end)', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '' });
    const before = span(el);
    await click(part(el, 'zoom-in')!);
    await el.updateComplete;
    expect(span(el)).to.be.above(before / 2 + before * 0.01);
  });

  it('printing lays out every event as the list, and hides the plot and controls', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '' });
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await settle(el);
    const items = el.shadowRoot!.querySelectorAll('[part~="list-item"]');
    expect(items.length).to.equal(tiktok2020.events.length);
    expect(getComputedStyle(part(el, 'plot')!).display).to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.toolbar')!).display).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length).to.equal(0);
  });

  for (const story of [false, true]) {
    it(`on paper${story ? ' in story mode' : ''}: the document's title and description head the list, titles read as headings (not links), and the overview strip is not printed`, async () => {
      const el = await mountData(tiktok2020, { 'no-hash': '', ...(story ? { story: '' } : {}) });
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await settle(el);
      const head = el.shadowRoot!.querySelector<HTMLElement>('.print-head');
      expect(head, 'a heading for the printed list').to.not.equal(null);
      expect(head!.querySelector('h2')!.textContent).to.equal(tiktok2020.title);
      expect(head!.querySelector('[part~="description"]')!.textContent).to.equal(tiktok2020.description);
      const first = el.shadowRoot!.querySelector('[part~="list"]')!.getBoundingClientRect();
      expect(head!.getBoundingClientRect().bottom, 'above the list').to.be.at.most(first.top + 1);
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part~="list-item"] .link-button')!;
      const style = getComputedStyle(title);
      expect(style.color, 'in the text colour').to.equal(getComputedStyle(el).color);
      expect(style.textDecorationLine, 'not underlined').to.equal('none');
      expect(getComputedStyle(part(el, 'overview')!).display).to.equal('none');
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
      await settle(el);
      expect(el.shadowRoot!.querySelector('.print-head'), 'gone after printing').to.equal(null);
    });
  }

  it('printed from a dark screen (a page of `color-scheme: light dark`), the list is light and its greys and links read on paper; deadlines say their words as the card does; images print', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
    try {
      const el = await mountData(tiktok2020, { 'no-hash': '', now: '2020-08-24', locale: 'en-GB' });
      expect(getComputedStyle(el).color, 'dark on screen: light text').to.equal('rgb(232, 234, 237)');
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' }, 'print');
      expect(matchMedia('print and (prefers-color-scheme: dark)').matches, 'printing from a dark system').to.equal(true);
      await settle(el);
      const root = el.shadowRoot!;
      const paper = 'rgb(255, 255, 255)';
      for (const [what, node] of [
        ['a date', root.querySelector('[part~="list-item"] time')!],
        ['a lane', root.querySelector('[part~="list-item"] .list-meta span')!],
        ['a link', root.querySelector('[part~="list-item"] a')!],
        ['a title', root.querySelector('[part~="list-item"] .link-button')!],
      ] as const) {
        expect(contrast(getComputedStyle(node).color, paper), `${what} on paper`).to.be.at.least(4.5);
      }
      const deadline = root.querySelector('[part~="list-item"][data-event-id="eo-deadline"] .list-meta')!;
      expect(deadline.textContent!.replace(/\s+/g, ' ')).to.include('deadline, 27 days after 24 August 2020');
      const chart = root.querySelector<HTMLImageElement>('[part~="list-item"][data-event-id="transparency-report-2019"] figure img');
      expect(chart, 'the event\'s image in its article').to.not.equal(null);
      expect(chart!.loading, 'loaded for paper, not when scrolled to').to.equal('eager');
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      await emulateMediaFeatures({});
      document.documentElement.style.colorScheme = '';
    }
  });

  it('a print of more events than it holds (5,000) says how many it left out and when they happened, in a line that prints', async function () {
    this.timeout(20_000);
    const doc = syntheticTimeline({ count: 5_003, seed: 3 });
    const el = await mountData(doc, { 'no-hash': '', locale: 'en' });
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length).to.equal(5_000);
    const line = el.shadowRoot!.querySelector<HTMLElement>('.list-unprinted');
    expect(line, 'a line after the list').to.not.equal(null);
    expect(getComputedStyle(line!).display, 'printed').not.to.equal('none');
    // The three left out are the latest to start: from the first one's start to the latest end among them.
    const left = toTimelineItems(parseTimeline(doc).document).slice(5_000);
    const range = formatSpan({ start: left[0]!.start, end: Math.max(...left.map((i) => i.end)) }, 'en');
    expect(line!.textContent).to.equal(`3 more events, ${range}, are not printed: a print holds the first 5,000.`);
    expect(el.shadowRoot!.querySelector('.list-more'), 'no button on paper').to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('.list-unprinted'), 'gone after printing').to.equal(null);
  });

  it('laid out for print without the print events (a PDF made from print media): the list is there, not a blank', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '' });
    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length).to.equal(tiktok2020.events.length);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="list"]')!.getBoundingClientRect().height).to.be.above(100);
    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length, 'back on screen: the plot, no list').to.equal(0);
  });
});
