/**
 * Text from the data keeps its own direction inside the library's words: an English title in an
 * Arabic interface ends with its full stop (not ".Protests across the U.S"), and an Arabic title
 * in an English one starts at the right.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { part, settle, type Timeline } from '../helpers/timeline.js';
import '../../src/i18n/ar.js';

/** `doc` in a page of direction `dir` and language `lang`, `width` px wide. */
async function mountIn(doc: TimelineDocument, dir: 'rtl' | 'ltr', lang: string, width = 900): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} lang=${lang} style=${`width:${width}px`}></div>`);
  const el = document.createElement('event-timeline');
  el.setAttribute('no-hash', '');
  el.setAttribute('locale', lang);
  el.data = doc;
  wrapper.append(el);
  await settle(el);
  return el;
}

/** The horizontal box of the last character of `el`'s text, and of all its text. */
function lastCharAndText(el: Element): { last: DOMRect; left: number; right: number } {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let node: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) node = n as Text;
  const end = node!.data.trimEnd().length;
  const range = document.createRange();
  range.setStart(node!, end - 1);
  range.setEnd(node!, end);
  const last = range.getBoundingClientRect();
  const all = document.createRange();
  all.selectNodeContents(el);
  const rects = [...all.getClientRects()].filter((r) => r.width > 0 && Math.abs(r.top - last.top) < 2);
  return { last, left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
}

describe('<event-timeline> text from the data in the other direction', () => {
  it('an English title in an Arabic interface ends with its full stop, at its right end, in the card and the list', async () => {
    const el = await mountIn(tiktok2020, 'rtl', 'ar');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="controls"]')!).direction, 'the interface reads right to left').to.equal('rtl');
    el.select('protests');
    await settle(el);
    const heading = part(el, 'card')!.querySelector('h1, h2, h3, h4, h5, h6')!;
    expect(heading.textContent).to.equal('Protests across the U.S.');
    const { last, right } = lastCharAndText(heading);
    expect(last.right, 'the full stop is the rightmost letter').to.be.closeTo(right, 1);
    expect(heading.getBoundingClientRect().right - right, 'on the card\'s side, as its other lines').to.be.below(1);
    part(el, 'view-toggle')!.click();
    await settle(el);
    const item = el.shadowRoot!.querySelector('[part~="list-item"][data-event-id="protests"] :is(h1, h2, h3, h4, h5, h6)')!;
    const inList = lastCharAndText(item);
    expect(inList.last.right, 'in the list too').to.be.closeTo(inList.right, 1);
  });

  it('an Arabic title in an English interface starts at the right: its first letter is its rightmost', async () => {
    const title = 'نشر المقال.';
    const el = await mountIn({ ...tiktok2020, events: tiktok2020.events.map((e) => (e.id === 'protests' ? { ...e, title } : e)) }, 'ltr', 'en');
    el.select('protests');
    await settle(el);
    const heading = part(el, 'card')!.querySelector('h1, h2, h3, h4, h5, h6')!;
    const { last, left } = lastCharAndText(heading);
    expect(last.left, 'its full stop is the leftmost letter').to.be.closeTo(left, 1);
  });

  it('the arrows of Previous and Next point the way time runs: mirrored where the page reads right to left, and not part of the buttons\' names', async () => {
    for (const [dir, lang, mirrored] of [['rtl', 'ar', true], ['ltr', 'en', false]] as const) {
      const el = await mountIn(tiktok2020, dir, lang);
      el.select('protests');
      await settle(el);
      for (const name of ['previous', 'next']) {
        const arrow = part(el, name)!.querySelector('.arrow')!;
        expect(arrow.getAttribute('aria-hidden'), `${dir} ${name}: decoration`).to.equal('true');
        expect(getComputedStyle(arrow).transform, `${dir} ${name}`).to.equal(mirrored ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
      }
      // Earlier is where Previous points: to the right of Next in a right-to-left page.
      const [previous, next] = ['previous', 'next'].map((n) => part(el, n)!.getBoundingClientRect().left);
      expect(previous! > next!, `${dir}: Previous is on the side it points to`).to.equal(mirrored);
    }
  });

  it('a "+N" row\'s words keep the page\'s direction: its span and count at the right of its row in an Arabic phone reading', async () => {
    const crowded: TimelineDocument = {
      title: 't',
      lanes: [],
      events: [...Array.from({ length: 12 }, (_, i) => ({ id: `same-${i}`, title: `Event ${i}`, start: '2020-06-02' })), { id: 'later', title: 'Later', start: '2020-09-01' }],
    };
    const el = await mountIn(crowded, 'rtl', 'ar', 375);
    expect(el.matches(':state(vertical)'), 'read vertically').to.equal(true);
    for (const line of ['.v-date', '.v-title']) {
      const words = el.shadowRoot!.querySelector(`.v-cluster ${line}`)!;
      const { right } = lastCharAndText(words);
      expect(words.getBoundingClientRect().right - right, `${line} at the right`).to.be.below(2);
    }
    // Twelve events in Arabic's "many" form (11 to 99), in the locale's digits.
    expect(el.shadowRoot!.querySelector('.v-cluster .v-title')!.textContent).to.equal(`${(12).toLocaleString('ar')} حدثًا`);
  });

  it('in Arabic a deadline\'s words are joined with the Arabic comma: on a phone\'s row, in its card and in its mark\'s name (not "موعد نهائي, خلال 27 يومًا")', async () => {
    const deadline = tiktok2020.events.find((e) => e.kind === 'deadline')!;
    const wide = await mountIn(tiktok2020, 'rtl', 'ar');
    wide.setAttribute('now', '2020-08-24');
    await settle(wide);
    const name = part(wide, 'plot')!.querySelector(`[data-event-id="${deadline.id}"]`)?.getAttribute('aria-label') ?? '';
    wide.select(deadline.id);
    await settle(wide);
    const chip = part(wide, 'card')!.querySelector('.chip')!.textContent!;
    const phone = await mountIn(tiktok2020, 'rtl', 'ar', 375);
    phone.setAttribute('now', '2020-08-24');
    await settle(phone);
    const row = phone.shadowRoot!.querySelector(`.v-event[data-event-id="${deadline.id}"] .v-when`)!.textContent!;
    for (const [where, text] of [['the card', chip], ['the row', row], ['the name', name]] as const) {
      expect(text, `${where}: "${text}"`).to.include('\u060c');
      expect(text, where).to.not.include(',');
    }
  });
});
