/**
 * The 100,000-event demo: generates a seeded synthetic timeline, hands it to the element and
 * shows how long mounting took (from setting `data` until the first frame with the events
 * drawn has been painted).
 */
import '../src/define.js';
import { syntheticTimeline } from '../events/synthetic.js';
import type { EventTimelineElement } from '../src/elements/event-timeline.js';

const params = new URLSearchParams(location.search);
const count = Math.min(1_000_000, Math.max(1, Math.floor(Number(params.get('count')) || 100_000)));
const seed = Math.floor(Number(params.get('seed')) || 1);

const timeline = document.querySelector<EventTimelineElement>('#large')!;
const status = document.querySelector<HTMLElement>('#status')!;
const countText = document.querySelector<HTMLElement>('#count')!;
const format = new Intl.NumberFormat(document.documentElement.lang || 'en');

/** Resolves after the next frame has been painted (a rAF, then a task posted from it). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
}

async function main(): Promise<void> {
  countText.textContent = format.format(count);
  await afterPaint();
  const generating = performance.now();
  // The generator's title ("Synthetic timeline (100,000 events, seed 1)") is cut in a 768 px
  // toolbar beside the span and the buttons; the page's text names the default seed, the title another.
  const doc = { ...syntheticTimeline({ count, seed, shaped: !params.has('even') }), title: `${format.format(count)} generated events${seed === 1 ? '' : ` (seed ${seed})`}` };
  const generated = performance.now() - generating;
  const start = performance.now();
  timeline.data = doc;
  await timeline.updateComplete;
  // A large document is read and arranged a slice at a time under a progress bar, and the first
  // update may learn the width and draw again: wait until the events are drawn and nothing is pending.
  const drawing = () => {
    const root = timeline.shadowRoot;
    // The plot's canvas, or on a phone the vertical list.
    const drawn = root?.querySelector('[part~="canvas"], [part~="vertical"]');
    return !!drawn && drawn.getBoundingClientRect().height > 0 && !root!.querySelector('[part~="progress"]');
  };
  do {
    await afterPaint();
  } while (timeline.isUpdatePending || !drawing());
  const mounted = performance.now() - start;
  const drawn = timeline.shadowRoot?.querySelectorAll('*').length ?? 0;
  status.textContent =
    `${format.format(doc.events.length)} events mounted in ${format.format(Math.round(mounted))} ms ` +
    `(parse, layout and first paint; generating them took ${format.format(Math.round(generated))} ms). ` +
    `${format.format(drawn)} elements are in the timeline's DOM.`;
}

void main();
