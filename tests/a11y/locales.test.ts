import { expect } from '@open-wc/testing';
import { html, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { cardText, mark, markX, mountData, parts, plotRect, settle, still, tickLabels as drawnTicks } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';
// The UI words of German and Arabic come as modules that register themselves.
import '../../src/i18n/de.js';
import '../../src/i18n/ar.js';

function tickLabels(el: Timeline): string[] {
  return [...drawnTicks(el, 'major'), ...drawnTicks(el, 'minor')];
}

describe('<event-timeline> in other languages', () => {
  it('German: month ticks, card dates and the UI words', async () => {
    const el = await mountData(tiktok2020, { locale: 'de', now: '2020-08-24', 'no-hash': '', start: '2020-05', end: '2020-09' });
    expect(tickLabels(el)).to.include.members(['Juni 2020', 'Juli 2020']);
    el.select('fbi-sitrep-1');
    await still(el);
    expect(cardText(el)).to.contain('2. Juni 2020');
    expect(parts(el, 'fit')[0]!.textContent!.trim()).to.equal('Alles zeigen');
    expect(parts(el, 'view-toggle')[0]!.textContent!.trim()).to.equal('Liste');
  });

  it('Arabic: ticks in Arabic month names, the layout mirrored, and arrows following the visual direction', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width:900px"></div>`);
    const el = document.createElement('event-timeline');
    el.setAttribute('now', '2020-08-24');
    el.setAttribute('no-hash', '');
    el.setAttribute('start', '2020-05');
    el.setAttribute('end', '2020-09');
    // No height cap, so that every event of the view has its own mark to step through.
    el.style.setProperty('--timeline-max-height', 'none');
    el.data = tiktok2020;
    wrapper.append(el);
    await settle(el);
    expect(tickLabels(el).some((t) => t.startsWith('يونيو'))).to.equal(true);
    // Time flows right to left: a later event is further left.
    const early = mark(el, 'george-floyd-killed')!.getBoundingClientRect();
    const late = mark(el, 'executive-order')!.getBoundingClientRect();
    expect(late.right).to.be.below(early.right);
    // Mirrored: a mark is its time's share of the view away from the plot's right edge.
    const plot = plotRect(el);
    const { start, end } = el.visibleRange;
    // Its marker at the middle of its day, 25 May.
    const share = (Date.UTC(2020, 4, 25, 12) - start.getTime()) / (end.getTime() - start.getTime());
    expect(markX(el, 'george-floyd-killed')).to.be.closeTo(plot.right - share * plot.width, 0.5);
    expect(early.right).to.be.above(markX(el, 'george-floyd-killed'));
    await el.focusEvent('fbi-sitrep-1');
    await settle(el);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    const after = (el.shadowRoot!.activeElement as HTMLElement).dataset.eventId;
    const order = [...tiktok2020.events].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)).map((e) => e.id);
    expect(order.indexOf(after!)).to.equal(order.indexOf('fbi-sitrep-1') + 1);
    el.select('fbi-sitrep-1');
    await still(el);
    expect(cardText(el)).to.contain('يونيو 2020');
  });

  it('BCE dates and year-only precision read correctly in every shipped locale', async () => {
    const doc = {
      title: 'Rome',
      lanes: [],
      events: [
        { id: 'caesar', start: '-0043-03-15', title: 'Ides of March' },
        { id: 'year', start: '-0043', title: 'A year' },
      ],
    };
    const expected: Record<string, [RegExp, RegExp]> = {
      'en-GB': [/15 March 44 BCE/, /^44 BCE$/],
      de: [/15\. März 44 v\. Chr\./, /^44 v\. Chr\.$/],
      ar: [/ق\.م/, /ق\.م/],
    };
    for (const [locale, [day, year]] of Object.entries(expected)) {
      const el = await mountData(doc, { locale, 'no-hash': '' });
      el.select('caesar');
      await still(el);
      expect(cardText(el), locale).to.match(day);
      el.select('year');
      await still(el);
      const date = el.shadowRoot!.querySelector('[part~="card"] time')!.textContent!.trim();
      expect(date, locale).to.match(year);
    }
  });
});

describe('language modules', () => {
  it('a language not registered falls back to English words, with dates still in that language', async () => {
    const el = await mountData(tiktok2020, { locale: 'fr', now: '2020-08-24', 'no-hash': '', start: '2020-05', end: '2020-09' });
    expect(parts(el, 'fit')[0]!.textContent!.trim()).to.equal('Show all');
    expect(tickLabels(el).some((t) => t.startsWith('juin'))).to.equal(true);
  });

  it('registerStrings adds a language for every timeline, found by the locale\'s language', async () => {
    const { registerStrings, englishStrings } = await import('../../src/index.js');
    registerStrings('pt', { ...englishStrings, fitAll: 'Mostrar tudo' });
    const el = await mountData(tiktok2020, { locale: 'pt-BR', 'no-hash': '' });
    expect(parts(el, 'fit')[0]!.textContent!.trim()).to.equal('Mostrar tudo');
  });
});
