/**
 * Property: feeding <event-timeline> arbitrary JSON through `data` never throws (in the setter,
 * in rendering, or later in a frame) and the element stays usable: the next valid document is
 * drawn and answers a click. Seeds come from tests/helpers/fc.ts (printed; replayable).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { mutatedDocument } from '../model/arbitraries.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { click, mark, marks, settle, type Timeline } from '../helpers/timeline.js';
import { uncaught } from '../helpers/errors.js';

const VALID: TimelineDocument = {
  title: 'Valid',
  lanes: [{ id: 'l', label: 'Lane' }],
  events: [
    { id: 'v1', title: 'First valid', start: '2020-01-01', lane: 'l' },
    { id: 'v2', title: 'Second valid', start: '2020-06-01', end: '2020-08-01' },
  ],
};

/** Any JSON a file could hold, and documents that are nearly right. */
const anyInput = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 3, arbitrary: mutatedDocument },
  { weight: 1, arbitrary: fc.record({ title: fc.jsonValue({ maxDepth: 1 }), lanes: fc.jsonValue({ maxDepth: 2 }), events: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }) }) },
);

/** Runs `body`, failing with any error thrown in it or reported to the window meanwhile. */
async function noErrors(body: () => Promise<void>): Promise<void> {
  const errors = await uncaught(body);
  if (errors.length) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
}

/** A fresh timeline, 700 px wide, in the page. */
async function fresh(): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
  const el = document.createElement('event-timeline');
  el.noHash = true;
  wrapper.append(el);
  return el;
}

describe('<event-timeline> .data fuzzing', () => {
  it('data = arbitrary JSON never throws, and the next valid document is drawn', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        // A fresh element per run, so a failure shrinks to the one input that causes it.
        const el = await fresh();
        await noErrors(async () => {
          el.data = input as TimelineDocument;
          await el.updateComplete;
          await nextFrame();
          await el.updateComplete;
        });
        await noErrors(async () => {
          el.data = structuredClone(VALID);
          await el.updateComplete;
          await nextFrame();
          await el.updateComplete;
        });
        expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['v1', 'v2']);
        el.parentElement!.remove();
      }),
      // Each run draws in real frames: bound the shrinking of a failure (it reports the smallest input
      // found by then), generously, as 40 runs take 8 s or more on a busy 2-core machine.
      { numRuns: 40, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true },
    );
  });

  it('after a run of arbitrary inputs into one element it still answers the mouse and its API', async () => {
    const el = await fresh();
    const inputs = fc.sample(anyInput, { numRuns: 30 });
    await noErrors(async () => {
      for (const input of inputs) {
        el.data = input as TimelineDocument;
        await el.updateComplete;
      }
      el.data = structuredClone(VALID);
      await settle(el);
    });
    await click(mark(el, 'v1')!);
    await settle(el);
    expect(el.selected).to.equal('v1');
    el.zoomTo('2020-05-01', '2020-09-01', false);
    await settle(el);
    expect(mark(el, 'v2')).to.exist;
  });
});
