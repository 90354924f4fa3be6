/**
 * A timeline kept open all day: moving away and back leaves its shadow tree as it was. Lit's
 * keyed lists (the buttons over the marks, the phone's rows) once left a comment node behind for
 * every row they removed (lit-html 3.3.1 to 3.3.3, lit/lit#5298; the project pins 3.3.0): one
 * to three a pan step on the desktop and seven a scroll step on a phone, without end, and a phone's
 * step slowed from 19 to 38 ms over 4,000 of them.
 */
import { expect } from '@open-wc/testing';
import { syntheticTimeline } from '../../events/synthetic.js';
import { phone } from '../helpers/browser.js';
import { frames, until } from '../helpers/signals.js';
import { mountData, settle, VIEWPORT, type Timeline } from '../helpers/timeline.js';
import { setViewport } from '@web/test-runner-commands';

/** Every node of the element's shadow tree, comments and text included. */
function nodes(el: Timeline): { all: number; comments: number } {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let all = 0;
  let comments = 0;
  while (walker.nextNode()) {
    all++;
    if (walker.currentNode.nodeType === Node.COMMENT_NODE) comments++;
  }
  return { all, comments };
}

describe('<event-timeline> over a long session', () => {
  it('twenty pans away and twenty back, each at rest: the shadow tree has as many nodes as before', async function () {
    this.timeout(60_000);
    const el = await mountData(syntheticTimeline({ count: 1000, seed: 9 }), { 'no-hash': '', locale: 'en' }, 1200);
    const start = Date.UTC(2010, 0, 1);
    const span = Date.UTC(2010, 3, 1) - start;
    el.zoomTo(start, start + span, false);
    await settle(el);
    const before = nodes(el);
    for (const step of [...Array(20).keys(), ...[...Array(20).keys()].reverse()]) {
      const from = start + (step * span) / 10;
      el.zoomTo(from, from + span, false);
      // At rest: the buttons over the marks are made again for each view.
      await settle(el);
    }
    el.zoomTo(start, start + span, false);
    await settle(el);
    expect(nodes(el)).to.deep.equal(before);
  });

  it('on a phone, scrolling down the list and back up: the shadow tree has as many nodes as before', async function () {
    this.timeout(60_000);
    await phone(375, 740);
    document.body.style.margin = '0';
    const el = document.createElement('event-timeline');
    try {
      el.setAttribute('no-hash', '');
      el.setAttribute('locale', 'en');
      el.setAttribute('start', '2010-01');
      el.setAttribute('end', '2010-12');
      el.data = syntheticTimeline({ count: 1000, seed: 9 });
      document.body.append(el);
      await until('the vertical list', () => el.matches(':state(vertical)') && el.shadowRoot!.querySelector('.v-event'));
      await settle(el);
      const before = nodes(el);
      const rowsAt = (y: number) => {
        window.scrollTo(0, y);
        return frames(2);
      };
      const bottom = document.documentElement.scrollHeight - innerHeight;
      expect(bottom, 'a list longer than the window').to.be.above(4000);
      for (let y = 0; y <= bottom; y += 400) await rowsAt(y);
      for (let y = bottom; y >= 0; y -= 400) await rowsAt(y);
      await rowsAt(0);
      await settle(el);
      expect(nodes(el)).to.deep.equal(before);
    } finally {
      el.remove();
      document.body.style.margin = '';
      window.scrollTo(0, 0);
      await phone(VIEWPORT.width, VIEWPORT.height, false);
      await setViewport(VIEWPORT);
    }
  });
});
