/**
 * A first drawing is the drawing: what follows it in the same moments (a render asked for by
 * anything else, the overview strip's first real width) draws nothing new, so a mount settles with
 * its first paint rather than one or two renders later.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { syntheticTimeline } from '../../events/synthetic.js';
import { scenesOf as scenes, settle, type Timeline } from '../helpers/timeline.js';

/** `el` in a `width` px box of a fresh fixture, its data set: not yet drawn. */
async function appended(data: Timeline['data'], width = 1200): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  const el = document.createElement('event-timeline');
  el.noHash = true;
  el.data = data;
  wrapper.append(el);
  return el;
}

describe('a first drawing', () => {
  it('a render right after the first drawing keeps its scene: the same drawing and buttons, not a copy the buttons then wait to follow', async () => {
    const el = await appended(tiktok2020);
    // Its first drawing: the update that built a scene.
    for (let i = 0; i < 50 && !scenes(el).scene; i++) {
      await el.updateComplete;
      if (!scenes(el).scene) await nextFrame();
    }
    const first = scenes(el).scene;
    expect(first, 'drawn').to.not.equal(null);
    expect(scenes(el).overlay, 'its buttons follow it').to.equal(first);
    // Any render soon after (a resize notice, the live region's words): told for the first time
    // which lanes showed density strips, it composed a scene of its own, which the buttons, waiting
    // for the first view to rest, did not follow (a render more when it rested).
    el.requestUpdate();
    await el.updateComplete;
    expect(scenes(el).scene, 'the same scene').to.equal(first);
    expect(scenes(el).overlay, 'the buttons still on it').to.equal(first);
  });

  it("a large document's overview strip has its drawn width while it loads: the first drawing of everything does not change it", async () => {
    const el = await appended(syntheticTimeline({ count: 100_000, seed: 1 }));
    const track = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="overview-track"]');
    // While it loads (the strip is laid out, hidden, under the progress bar).
    let loading: number | null = null;
    for (let i = 0; i < 600 && loading === null; i++) {
      await nextFrame();
      if (el.shadowRoot!.querySelector('[part~="progress"]') && track()) loading = track()!.getBoundingClientRect().width;
    }
    expect(loading, 'the strip laid out while the progress bar shows').to.be.a('number');
    await settle(el);
    expect(scenes(el).scene, 'drawn').to.not.equal(null);
    // Everything is in view: nothing lies before or after it, and the buttons beside the track give
    // it their width. While loading they had kept it, and the observer's notice of the wider track
    // rendered again a frame after the first drawing.
    expect(track()!.getBoundingClientRect().width, 'the same width drawn').to.equal(loading);
  });
});
