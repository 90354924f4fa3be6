/** Deep time on a phone: the vertical reading of a cosmological document, in words all the way. */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { phone } from '../helpers/browser.js';
import { until } from '../helpers/signals.js';
import { settle, VIEWPORT, type Timeline } from '../helpers/timeline.js';

const cosmos = {
  title: 'The history of the universe',
  lanes: [],
  events: [
    { id: 'big-bang', title: 'The Big Bang', start: '-13798000000' },
    { id: 'solar-system', title: 'The Solar System forms', start: '-4600000000' },
    { id: 'dinosaurs', title: "The dinosaurs' extinction", start: '-66000000' },
    { id: 'humans', title: 'The first humans', start: '-300000' },
    { id: 'pyramids', title: 'The pyramids of Giza', start: '-2560' },
    { id: 'today', title: 'Today', start: '2026-12-03' },
  ],
};

describe('<event-timeline> deep time on a phone (375 px)', () => {
  let el: Timeline;
  beforeEach(async () => {
    await phone(375, 740);
    el = document.createElement('event-timeline');
    for (const [k, v] of Object.entries({ now: '2026-12-03', locale: 'en', 'no-hash': '' })) el.setAttribute(k, v);
    el.data = cosmos;
    document.body.append(el);
    // Read vertically once its width is observed (under a loaded machine, after a few frames).
    await until('the vertical list', () => el.matches(':state(vertical)') && el.shadowRoot!.querySelector('.v-event[data-event-id]'));
    await settle(el);
  });
  afterEach(async () => {
    el.remove();
    await phone(VIEWPORT.width, VIEWPORT.height, false);
    await setViewport(VIEWPORT);
  });

  it('lists every event in time order with its date in words, breaks and ticks in years', async () => {
    const root = el.shadowRoot!;
    const rows = [...root.querySelectorAll<HTMLElement>('.v-event[data-event-id]')];
    expect(rows.map((r) => r.dataset.eventId)).to.deep.equal(cosmos.events.map((e) => e.id));
    expect(rows[0]!.textContent).to.match(/13\.798 billion years ago/);
    expect(rows[2]!.textContent).to.match(/66 million years ago/);
    const text = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent!.trim());
    // A break says how long it skipped in words.
    expect(text('.v-break')).to.deep.equal(['9.2 billion years', '4.53 billion years']);
    expect(text('li').join(' | ')).to.not.match(/NaN|Invalid/);
    await expect(el).to.be.accessible();
  });

  it('the demo\'s visible span in the toolbar is whole, on two lines where one cannot hold it ("… – 100 million years ago")', async () => {
    // events/cosmos.json as demo/deep.html shows it (the real now), under the page's heading and
    // standfirst: the window shows the list's first rows only.
    el.remove();
    const heading = document.createElement('div');
    heading.style.height = '420px';
    el = document.createElement('event-timeline');
    el.setAttribute('no-hash', '');
    el.data = await (await fetch(new URL('../../events/cosmos.json', import.meta.url))).json();
    document.body.append(heading, el);
    try {
      await settle(el);
      const span = el.shadowRoot!.querySelector<HTMLElement>('.range-label')!;
      const line = parseFloat(getComputedStyle(span).lineHeight) || span.getBoundingClientRect().height;
      expect(span.textContent!.trim()).to.match(/^13\.8 billion years ago – .+ years ago$/);
      expect(span.scrollWidth, 'not cut at its end').to.be.at.most(span.clientWidth);
      expect(span.getBoundingClientRect().height, 'two lines').to.be.above(1.5 * line);
    } finally {
      heading.remove();
    }
  });
});
