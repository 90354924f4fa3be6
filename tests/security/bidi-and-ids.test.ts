/**
 * Issue 17, items 4 and 5: an id holding U+0000 is focused, stepped to and returned to like any
 * other; text from the data holding right-to-left overrides stays inside its own place in the
 * library's sentences (the problems panel, names and announcements), which read in order after it.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimelineDocument } from '../../src/model/types.js';
import { click, mark, mountData, part, settle, still } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

const RLO = '\u202e';

/** The id of the event whose mark has focus (or what else has it). */
function focusedId(el: Timeline): string | undefined {
  return document.activeElement === el ? (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId : undefined;
}

/**
 * Whether `words`, found in `container`'s text, are laid out in reading order: each of their
 * characters to the right of the one before (they are English words in a left-to-right page).
 */
function readsInOrder(container: Element, words: string): boolean {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(words);
    if (at < 0) continue;
    const xs: number[] = [];
    for (let i = at; i < at + words.length; i++) {
      if (words[i - at] === ' ') continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      xs.push(range.getBoundingClientRect().left);
    }
    return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
  }
  throw new Error(`"${words}" is not in the text`);
}

describe('issue 17.4: an id holding U+0000', () => {
  const doc: TimelineDocument = {
    title: 'Ids',
    lanes: [],
    events: [
      { id: 'a', title: 'Before', start: '2020-01-01' },
      { id: 'n\u0000ul', title: 'With a NUL id', start: '2020-02-01' },
      { id: 'c', title: 'After', start: '2020-03-01' },
    ],
  };

  it('is focused by focusEvent, reached by the arrow keys, and gets focus back when its card closes', async () => {
    const el = await mountData(doc, { 'no-hash': '' });
    await el.focusEvent('n\u0000ul');
    await settle(el);
    expect(focusedId(el)).to.equal('n\u0000ul');
    await el.focusEvent('a');
    await settle(el);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedId(el), 'ArrowRight from the first').to.equal('n\u0000ul');
    await sendKeys({ press: 'Enter' });
    await still(el);
    expect(el.selected).to.equal('n\u0000ul');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.selected).to.equal(null);
    expect(focusedId(el), 'back on its mark').to.equal('n\u0000ul');
  });
});

describe('issue 17.5: text from the data keeps its direction to itself', () => {
  it('a right-to-left override in a start date does not reverse the rest of the problem message', async () => {
    const el = await mountData({ title: 'Bidi', lanes: [], events: [{ id: 'x', title: 'Fine', start: '2020-01-01' }, { id: 'y', title: 'Bad', start: `2020${RLO}-05-01` }] }, { 'no-hash': '' });
    const item = [...part(el, 'problems')!.querySelectorAll('li')].find((li) => li.textContent!.includes(RLO))!;
    expect(item, 'the problem is listed').to.exist;
    expect(readsInOrder(item, 'is not a date'), `"${item.textContent}" reads in order`).to.equal(true);
  });

  it('a right-to-left override in a lane\'s name stays inside the event\'s name and the step announcement', async () => {
    const doc: TimelineDocument = {
      title: 'Bidi',
      lanes: [{ id: 'l', label: `${RLO}Police` }],
      events: [
        { id: 'x', title: `${RLO}First`, start: '2020-01-01', lane: 'l' },
        { id: 'y', title: 'Second', start: '2020-02-01', lane: 'l' },
      ],
    };
    const el = await mountData(doc, { 'no-hash': '', locale: 'en-GB' });
    const name = mark(el, 'x')!.getAttribute('aria-label')!;
    // Each piece of data is isolated (U+2068 … U+2069), so the library's words after it keep their order.
    expect(name).to.equal(`\u2068${RLO}First\u2069, 1 January 2020, \u2068${RLO}Police\u2069`);
    expect(mark(el, 'y')!.getAttribute('aria-label'), 'plain text is left as it is').to.equal(`Second, 1 February 2020, \u2068${RLO}Police\u2069`);
    el.select('y');
    await still(el);
    await click(part(el, 'previous')!);
    await settle(el);
    const spoken = el.shadowRoot!.querySelector('[role="status"]')!.textContent!;
    expect(spoken).to.equal(`\u2068${RLO}First\u2069, 1 January 2020, \u2068${RLO}Police\u2069`);
  });
});

describe('isolate', () => {
  it('isolate("\\u2069\\u202eX") keeps the override inside: its own U+2069 cannot close the isolate early', async () => {
    const { isolate } = await import('../../src/i18n/isolate.js');
    expect(isolate('\u2069\u202eX')).to.equal('\u2068\u202eX\u2069');
    expect(isolate('Plain title')).to.equal('Plain title');
    expect(isolate('عنوان')).to.equal('\u2068عنوان\u2069');
  });
});
