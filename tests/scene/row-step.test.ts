/** Up and Down through lanes that show density strips: a pure function of the drawn scene. */
import { expect } from '@open-wc/testing';
import { BAND, rowStep } from '../../src/scene/row-step.js';
import type { RowStep } from '../../src/scene/row-step.js';
import type { Scene, SceneBucket, SceneLane, SceneMark } from '../../src/scene/types.js';

const mark = (laneIndex: number, start: number, kind: 'event' | 'deadline' = 'event') => ({ item: { id: `${laneIndex}@${start}`, laneIndex, start, kind } }) as unknown as SceneMark;
const bucket = (laneIndex: number, start: number, end: number) => ({ key: `strip:${laneIndex}:${start}`, start, end, count: 1 }) as SceneBucket;
const lane = (index: number, marks: SceneMark[], buckets: SceneBucket[] | null) =>
  ({ index, marks, clusters: [], strip: buckets && { buckets } }) as unknown as SceneLane;

/** Lane 0: labels at 10 and 90 over a strip of [0, 50) and [50, 100); lane 1: events, no strip; lane 2: a strip and no labels; lane 3: events. */
const scene = {
  lanes: [lane(0, [mark(0, 10), mark(0, 90)], [bucket(0, 0, 50), bucket(0, 50, 100)]), lane(1, [mark(1, 40)], null), lane(2, [], [bucket(2, 20, 30), bucket(2, 70, 80)]), lane(3, [mark(3, 5)], null)],
} as unknown as Scene;

/** Every lane has events; the band has none unless said. */
const all = (row: number) => row !== BAND;
const step = (scene: Scene, from: { laneIndex: number; strip: boolean; time: number }, direction: -1 | 1, hasEvents = all) => rowStep(scene, from, direction, hasEvents);

const where = (step: RowStep) =>
  !step ? null : step.kind === 'mark' ? `mark ${step.mark.item.id}` : step.kind === 'bucket' ? `bucket ${step.bucket.key}` : step.kind === 'lane' ? `lane ${step.laneIndex}` : 'stay';

describe('rowStep', () => {
  it('goes from a lane\'s labels down to its own strip at the same time, and back up to the label nearest that time', () => {
    expect(where(step(scene, { laneIndex: 0, strip: false, time: 60 }, 1))).to.equal('bucket strip:0:50');
    expect(where(step(scene, { laneIndex: 0, strip: true, time: 75 }, -1))).to.equal('mark 0@90');
  });

  it('leaves a strip for the events of the lane below (the caller finds the one nearest in time), and the events above a strip lane for its labels', () => {
    expect(where(step(scene, { laneIndex: 0, strip: true, time: 25 }, 1))).to.equal('lane 1');
    expect(where(step(scene, { laneIndex: 1, strip: false, time: 40 }, -1))).to.equal('bucket strip:0:0');
  });

  it('enters a strip lane without labels at its strip, in the bucket nearest the time when none holds it', () => {
    expect(where(step(scene, { laneIndex: 1, strip: false, time: 45 }, 1))).to.equal('bucket strip:2:20');
    expect(where(step(scene, { laneIndex: 1, strip: false, time: 65 }, 1))).to.equal('bucket strip:2:70');
    expect(where(step(scene, { laneIndex: 3, strip: false, time: 5 }, -1))).to.equal('bucket strip:2:20');
  });

  it('leaves two rows of events to the events\' own rule, and stays where no row lies beyond', () => {
    const plain = { lanes: [lane(0, [mark(0, 1)], null), lane(1, [mark(1, 2)], null)] } as unknown as Scene;
    expect(step(plain, { laneIndex: 0, strip: false, time: 1 }, 1)).to.equal(null);
    const bottom = { lanes: [lane(0, [], [bucket(0, 0, 10)])] } as unknown as Scene;
    expect(where(step(bottom, { laneIndex: 0, strip: true, time: 5 }, 1))).to.equal('stay');
    expect(where(step(bottom, { laneIndex: 0, strip: true, time: 5 }, -1))).to.equal('stay');
    expect(where(step(scene, { laneIndex: 0, strip: false, time: 1 }, -1)), 'no deadlines: nothing above the top lane').to.equal('stay');
  });

  it('reaches the deadline band above the lanes from a strip, and the top lane\'s labels from the band (the events\' rule went to the bucket under them)', () => {
    const withBand = () => true;
    const top = { lanes: [lane(0, [], [bucket(0, 0, 50)]), lane(1, [mark(1, 40)], null)] } as unknown as Scene;
    expect(where(step(top, { laneIndex: 0, strip: true, time: 25 }, -1, withBand))).to.equal(`lane ${BAND}`);
    expect(where(step(scene, { laneIndex: BAND, strip: false, time: 60 }, 1, withBand))).to.equal('mark 0@90');
    expect(where(step(scene, { laneIndex: 0, strip: false, time: 60 }, -1, withBand))).to.equal(`lane ${BAND}`);
    expect(where(step(top, { laneIndex: BAND, strip: false, time: 25 }, 1, withBand)), 'a strip lane without labels: its strip').to.equal('bucket strip:0:0');
    // The band above a lane of events: the events' own rule.
    const plainTop = { lanes: [lane(0, [mark(0, 1)], null), lane(1, [], [bucket(1, 0, 9)])] } as unknown as Scene;
    expect(step(plainTop, { laneIndex: BAND, strip: false, time: 1 }, 1, withBand)).to.equal(null);
  });

  it('passes over a lane with no events (declared, or emptied by a filter): Up and Down stopped next to it', () => {
    const gap = { lanes: [lane(0, [], [bucket(0, 0, 50)]), lane(1, [], null), lane(2, [], [bucket(2, 0, 50)])] } as unknown as Scene;
    const noLane1 = (row: number) => row !== 1 && row !== BAND;
    expect(where(step(gap, { laneIndex: 0, strip: true, time: 25 }, 1, noLane1))).to.equal('bucket strip:2:0');
    expect(where(step(gap, { laneIndex: 2, strip: true, time: 25 }, -1, noLane1))).to.equal('bucket strip:0:0');
    expect(where(step(gap, { laneIndex: 0, strip: true, time: 25 }, 1))).to.equal('lane 1');
  });

  it('does not count a deadline drawn in a lane as a label to land on', () => {
    const withDeadline = { lanes: [lane(0, [mark(0, 50, 'deadline')], [bucket(0, 0, 100)]), lane(1, [mark(1, 3)], null)] } as unknown as Scene;
    expect(where(step(withDeadline, { laneIndex: 1, strip: false, time: 50 }, -1))).to.equal('bucket strip:0:0');
  });
});
