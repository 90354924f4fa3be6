/**
 * Dark follows the page's colour scheme, as form controls do: a page that says it can be dark
 * (`color-scheme: light dark`, or `dark` on an ancestor) gets the dark theme; a page that declares
 * nothing stays light in a dark system (a light article got a black box). The suite's page
 * declares `light dark` in a meta tag (web-test-runner.config.mjs); these tests take it away.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { drawnLabel, mountData, pixel, sameColour, settle, type Timeline } from '../helpers/timeline.js';
import { until } from '../helpers/signals.js';

const LIGHT_BG = [255, 255, 255];
const DARK_BG = [0x15, 0x17, 0x1b];

function rgb(colour: string): number[] {
  return colour.match(/\d+/g)!.slice(0, 3).map(Number);
}

/** The host's background and, on the canvas, the background box just before a label's text. */
function backgrounds(el: Timeline): { host: number[]; canvas: number[] } {
  const label = drawnLabel(el, 'fbi-sitrep-1')!;
  return { host: rgb(getComputedStyle(el).backgroundColor), canvas: pixel(el, label.box.left - 1, label.box.top + label.box.height / 2).slice(0, 3) };
}

describe('<event-timeline> colour scheme', () => {
  let meta: HTMLMetaElement | null;
  beforeEach(() => {
    meta = document.head.querySelector('meta[name="color-scheme"]');
    meta?.remove();
  });
  afterEach(async () => {
    if (meta) document.head.append(meta);
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('stays light in a dark system on a page that declares no colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '', start: '2020-05-20', end: '2020-06-20' }, 1000);
    const { host, canvas } = backgrounds(el);
    expect(host, 'the element').to.deep.equal(LIGHT_BG);
    expect(sameColour(canvas, LIGHT_BG), `the drawing (${canvas})`).to.equal(true);
  });

  it('is dark in a dark system where the page declares light dark, and follows a page that switches to dark itself', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '', start: '2020-05-20', end: '2020-06-20' }, 1000);
    expect(backgrounds(el).host, 'light dark in a dark system').to.deep.equal(DARK_BG);
    expect(sameColour(backgrounds(el).canvas, DARK_BG), 'and its drawing').to.equal(true);

    // A light system; the page's own switch sets dark on an ancestor: the drawing follows (no reload).
    await emulateMedia({ colorScheme: 'light' });
    await until('light again', () => rgb(getComputedStyle(el).backgroundColor).join() === LIGHT_BG.join());
    await settle(el);
    expect(sameColour(backgrounds(el).canvas, LIGHT_BG), 'light system: light drawing').to.equal(true);
    el.parentElement!.style.colorScheme = 'dark';
    await until('the drawing turns dark', () => sameColour(backgrounds(el).canvas, DARK_BG));
    expect(backgrounds(el).host).to.deep.equal(DARK_BG);
  });
});
