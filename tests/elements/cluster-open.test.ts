import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { parseDate, isDateError } from '../../src/model/dates.js';
import { click, drawn, drawnLabel, mountData, parts, settle, still } from '../helpers/timeline.js';

const startOf = (start: string): number => {
  const d = parseDate(start);
  if (isDateError(d)) throw new Error(start);
  return d.start;
};

describe('<event-timeline> opening a "+N"', () => {
  it('(by click or Enter) zooms to its events with every one of their titles whole, near the story\'s end too (the article page at 1280 px: "Microsoft…" was cut by the plot\'s end)', async () => {
    const el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '' }, 1180);
    el.fit(false);
    await settle(el);
    const fitted = drawn(el).lanes.flatMap((l) => l.clusters.map((c) => c.key));
    expect(fitted.length, '"+N" marks in the fitted view').to.be.at.least(2);
    // Each "+N" of the fitted view opened from it in turn: by a click, by Enter on the next.
    for (const [n, key] of fitted.entries()) {
      el.fit(false);
      await still(el);
      await settle(el);
      const scene = drawn(el);
      const lane = scene.lanes.find((l) => l.clusters.some((c) => c.key === key))!;
      const cluster = lane.clusters.find((c) => c.key === key)!;
      const marked = new Set(lane.marks.map((m) => m.item.id));
      const members = tiktok2020.events
        .filter((e) => (e.lane ?? null) === lane.id && !marked.has(e.id) && e.kind !== 'deadline')
        .filter((e) => startOf(e.start) >= cluster.start && startOf(e.start) <= cluster.end)
        .map((e) => e.id);
      expect(members.length, `the events of ${cluster.text}`).to.equal(cluster.count);
      const button = parts(el, 'cluster').find((b) => b.dataset.cluster === cluster.key)!;
      if (n % 2 === 0) await click(button);
      else {
        button.focus();
        await sendKeys({ press: 'Enter' });
      }
      await still(el);
      await settle(el);
      for (const id of members) {
        const label = drawnLabel(el, id);
        expect(label, `${id} has a mark of its own after opening ${cluster.text}`).to.not.equal(null);
        expect(label!.truncated, `${id}'s title whole ("${label!.text}") after opening ${cluster.text}`).to.equal(false);
      }
    }
  });
});
