/**
 * The scene controller's label cache: each drawn event is described once per locale and strings,
 * and the cache starts afresh once it holds more than 10,000 descriptions, so panning through a
 * large document does not keep a label for every event ever drawn.
 */
import { expect } from '@open-wc/testing';
import { syntheticTimeline } from '../../events/synthetic.js';
import { SceneController } from '../../src/controllers/scene-controller.js';
import type { Scene, SceneOptions } from '../../src/controllers/scene-controller.js';
import { toTimelineItems } from '../../src/model/items.js';
import { parseTimeline } from '../../src/model/parse.js';

const WEEK = 7 * 86_400_000;
const FONT = '14px sans-serif';

describe('SceneController', () => {
  const doc = syntheticTimeline({ count: 30_000, seed: 5 });
  const items = toTimelineItems(parseTimeline(doc).document);
  const first = items[0]!.start;
  const last = items[items.length - 1]!.start;

  function setUp() {
    const scene = new SceneController();
    const described = new Map<string, number>();
    const at = (start: number, labelsKey = 'en'): Scene =>
      scene.compute(
        {
          items,
          lanes: doc.lanes,
          view: { start, end: start + WEEK },
          width: 4000,
          maxRows: 3,
          now: 0,
          defaultLaneLabel: 'Other',
          locale: 'en',
          describe: (item) => {
            described.set(item.id, (described.get(item.id) ?? 0) + 1);
            return `, ${item.id} (${labelsKey})`;
          },
          describeCluster: () => '',
          tabStopId: null,
          keep: undefined,
          tabStopCluster: null,
          labelsKey,
          moving: false,
        } satisfies SceneOptions,
        FONT,
      );
    return { at, described };
  }

  const marks = (scene: Scene) => scene.lanes.flatMap((lane) => lane.marks);

  it('compute(the same week twice) describes each drawn event once; compute(other labelsKey) describes them again', () => {
    const { at, described } = setUp();
    const drawn = marks(at(first));
    expect(drawn.length).to.be.greaterThan(5);
    at(first);
    for (const m of drawn) expect(described.get(m.item.id), m.item.id).to.equal(1);
    const german = marks(at(first, 'de'));
    for (const m of german) expect(m.details).to.equal(`, ${m.item.id} (de)`);
    for (const m of drawn) expect(described.get(m.item.id), m.item.id).to.equal(2);
  });

  it('compute(every week of 20 years) describes more than 10,000 events, then the first week again anew, and every label stays right', () => {
    const { at, described } = setUp();
    const drawn = marks(at(first));
    for (let start = first + WEEK; start < last; start += WEEK) {
      for (const m of marks(at(start))) expect(m.details).to.equal(`, ${m.item.id} (en)`);
    }
    expect(described.size, 'distinct events described while panning').to.be.greaterThan(10_000);
    const again = marks(at(first));
    expect(again.map((m) => m.item.id)).to.deep.equal(drawn.map((m) => m.item.id));
    for (const m of again) {
      expect(m.details).to.equal(`, ${m.item.id} (en)`);
      expect(described.get(m.item.id), `${m.item.id} described again after the cache started afresh`).to.equal(2);
    }
  });
});
