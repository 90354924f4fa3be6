import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { emulateMediaFeatures } from '../helpers/browser.js';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { click, mark, markX, mountData, pixel, rgbOf, sameColour, settle, still } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

describe('<event-timeline> passes axe-core', () => {
  let el: Timeline;
  beforeEach(async () => {
    el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '', start: '2020-05', end: '2020-09' });
  });
  afterEach(async () => {
    await emulateMediaFeatures({});
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('in the light theme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('in the dark theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 23, 27)');
    await expect(el).to.be.accessible();
  });

  it('with the card open', async () => {
    await el.focusEvent('fbi-sitrep-1');
    await still(el);
    await click(mark(el, 'fbi-sitrep-1')!);
    await still(el);
    expect(el.shadowRoot!.querySelector('[part~="card"][role="dialog"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('in list view', async () => {
    el.view = 'list';
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('ol[part~="list"] > li article time[datetime]').length).to.equal(tiktok2020.events.length);
    await expect(el).to.be.accessible();
  });

  it('under forced colors, with marks and the selection still drawn in system colours', async () => {
    await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-color-scheme': 'light' });
    await settle(el);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colors are emulated').to.equal(true);
    el.select('fbi-sitrep-1');
    await still(el);
    // The canvas is not recoloured by the browser: it paints in system colours itself. The selected
    // marker's ring is Highlight, its dot CanvasText.
    const box = mark(el, 'fbi-sitrep-1')!.getBoundingClientRect();
    const x = markX(el, 'fbi-sitrep-1');
    const y = box.top + box.height / 2;
    expect(sameColour(pixel(el, x, y), rgbOf('CanvasText')), 'the dot is CanvasText').to.equal(true);
    const ring = [-9, 9].map((dx) => pixel(el, x + dx, y));
    expect(ring.some((c) => sameColour(c, rgbOf('Highlight'))), 'the ring is Highlight').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
