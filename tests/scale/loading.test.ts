/**
 * Loading a large document: it is read and arranged in slices, so the reader sees how far it has
 * got (a progress bar with words) and the page keeps answering input meanwhile; the timeline that
 * appears at the end accounts for every event.
 */
import { expect } from '@open-wc/testing';
import { nextFrame } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { syntheticTimeline } from '../../events/synthetic.js';
import type { Timeline } from '../helpers/timeline.js';
import { settle } from '../helpers/timeline.js';
import { frames, until, within } from '../helpers/signals.js';
import { accountedFor } from './scale-helpers.js';

const COUNT = 300_000;

interface Seen {
  text: string;
  now: number;
  max: number;
}

/** The progress bar as a reader (and assistive technology) sees it, or null when none is shown. */
function progressOf(el: Timeline): Seen | null {
  const bar = el.shadowRoot!.querySelector<HTMLElement>('[part~="progress"]');
  if (!bar || bar.getBoundingClientRect().height === 0) return null;
  return { text: bar.getAttribute('aria-valuetext')!, now: Number(bar.getAttribute('aria-valuenow')), max: Number(bar.getAttribute('aria-valuemax')) };
}

describe(`<event-timeline> loading ${COUNT.toLocaleString('en')} events`, () => {
  let el: Timeline | undefined;
  after(() => el?.parentElement?.remove());

  it('shows its progress in words and as a progress bar that only goes forward, answers a click meanwhile, and then draws every event', async () => {
    const doc = syntheticTimeline({ count: COUNT, seed: 3 });
    const wrapper = document.createElement('div');
    wrapper.style.width = '1200px';
    const button = document.createElement('button');
    button.textContent = 'Elsewhere on the page';
    let clickedWhileLoading = false;
    el = document.createElement('event-timeline');
    el.setAttribute('locale', 'en');
    el.setAttribute('no-hash', '');
    button.addEventListener('click', () => (clickedWhileLoading = progressOf(el!) !== null));
    wrapper.append(button, el);
    document.body.append(wrapper);
    el.data = doc;

    const seen: Seen[] = [];
    // The overview's track, each frame it is shown: its place must not move under the reader.
    const trackWidths = new Set<number>();
    const readingStrip: string[] = [];
    const track = () => el!.shadowRoot!.querySelector<HTMLElement>('[part~="overview-track"]');
    let clicked: Promise<unknown> | null = null;
    for (let frame = 0; frame < 3000; frame++) {
      await nextFrame();
      // Held in its place unseen while the document is read; counted once it shows.
      const shown = track()?.checkVisibility({ visibilityProperty: true }) ? track() : null;
      const width = shown?.getBoundingClientRect().width;
      if (width) trackWidths.add(width);
      const now = progressOf(el);
      if (!now) {
        if (seen.length) break;
        continue;
      }
      if (seen.at(-1)?.text !== now.text) seen.push(now);
      // While the document is read the strip holds its place: unseen, out of Tab's reach.
      if (now.text.startsWith('Loading') && track()) {
        readingStrip.push(`${track()!.checkVisibility({ visibilityProperty: true }) ? 'shown' : 'unseen'} ${track()!.closest('[inert]') ? 'inert' : 'reachable'} ${Math.round(track()!.getBoundingClientRect().height)}`);
      }
      // A real click, through the browser's input queue, while the document is still loading.
      if (!clicked && seen.length >= 2) {
        const box = button.getBoundingClientRect();
        clicked = sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      }
    }
    await clicked;
    await settle(el);

    const texts = seen.map((s) => s.text);
    expect(texts.some((t) => /^Loading 300,000 events: \d+%$/.test(t)), texts.join(' | ')).to.equal(true);
    expect(texts.some((t) => /^Arranging 300,000 events: \d+%$/.test(t)), texts.join(' | ')).to.equal(true);
    // Every text counts the events, from the first frame on (a load above 200,000 events starts in
    // a task of its own: its first progress had no total yet, "Loading 0 events: 0%").
    for (const t of texts) expect(t, texts.join(' | ')).to.match(/^(Loading|Arranging) 300,000 events: \d+%$/);
    expect(seen.length, 'distinct progress texts').to.be.at.least(4);
    // Within each phase (reading, then arranging) the bar never goes back.
    for (let i = 1; i < seen.length; i++) {
      const phase = (s: Seen) => s.text.split(' ')[0];
      expect(seen[i].max).to.equal(100);
      if (phase(seen[i]) === phase(seen[i - 1])) expect(seen[i].now, texts.slice(i - 1, i + 1).join(' → ')).to.be.at.least(seen[i - 1].now);
    }
    expect(clickedWhileLoading, 'the click was handled while the progress was shown').to.equal(true);
    expect(progressOf(el), 'no progress once drawn').to.equal(null);
    expect(accountedFor(el)).to.equal(COUNT);
    trackWidths.add(track()!.getBoundingClientRect().width);
    expect([...trackWidths], 'the overview track\'s width in every frame it showed').to.have.length(1);
    const height = Math.round(track()!.getBoundingClientRect().height);
    expect(readingStrip.length, 'frames read with the strip in place').to.be.above(0);
    expect([...new Set(readingStrip)], 'the strip while the document is read').to.deep.equal([`unseen inert ${height}`]);
  });

  it('taken out of the page while it arranges and put back, it arranges again, draws every event and selects the event asked for meanwhile', async () => {
    const doc = syntheticTimeline({ count: COUNT, seed: 4 });
    const wrapper = document.createElement('div');
    wrapper.style.width = '1200px';
    const second = document.createElement('event-timeline');
    second.setAttribute('locale', 'en');
    second.setAttribute('no-hash', '');
    wrapper.append(second);
    document.body.append(wrapper);
    second.data = doc;
    await until('arranging', () => progressOf(second)?.text.startsWith('Arranging'), 30_000);
    second.remove();
    await frames(5);
    // Asked for while out of the page, with the reading cut short: selected, and focused, once it is read again.
    const wanted = doc.events[1234]!.id;
    second.select(wanted);
    const focusing = second.focusEvent(wanted);
    // Frames out of the page: the calls look at the document while it is not being read.
    await frames(2);
    wrapper.append(second);
    await within(focusing, 'focusEvent() to settle', 30_000);
    expect(second.selected, 'selected once read again').to.equal(wanted);
    const focused = await until('its own mark focused', () => {
      const active = second.shadowRoot!.activeElement as HTMLElement | null;
      return active?.dataset.eventId ?? active?.dataset.cluster;
    });
    expect(focused).to.equal(wanted);
    second.fit(false);
    await settle(second);
    expect(progressOf(second), 'no progress once drawn').to.equal(null);
    expect(accountedFor(second)).to.equal(COUNT);
    wrapper.remove();
  });
});
