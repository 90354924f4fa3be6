/**
 * A `locale` that is no language tag, or a `now` that is no date, is reported once on the console
 * (not on every redraw while the user pans) and replaced: English, and the real now.
 */
import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { englishStrings } from '../../src/index.js';
import { drag, drawnLabel, mountData, part, plotPoint, settle } from '../helpers/timeline.js';

const demo = tiktok2020;

describe('<event-timeline> with a bad locale or now', () => {
  let warnings: string[];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('locale="not a tag!" and now="someday" each warn once through three drags, and English and the real now are used', async () => {
    const el = await mountData(demo, { locale: 'not a tag!', now: 'someday', 'no-hash': '' });
    el.zoomTo('2020-04-01', '2020-10-01', false);
    await settle(el);
    const before = el.visibleRange.start.getTime();
    for (let i = 0; i < 3; i++) {
      const [x, y] = plotPoint(el, 0.5);
      await drag(x, y, -120);
      await settle(el);
    }
    expect(el.visibleRange.start.getTime(), 'the drags moved the view (so it redrew)').to.be.above(before);
    expect(warnings.filter((w) => w.includes('"not a tag!" is not a valid language tag'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('now="someday" is not a date'))).to.have.length(1);
    expect(part(el, 'view-toggle')!.textContent!.trim()).to.equal(englishStrings.listView);
    const relative = drawnLabel(el, 'eo-deadline')!.text;
    expect(relative, 'the deadline of September 2020 is in the past of the real now').to.match(/ago/);
  });
});
