/**
 * Room for labels at a fitted view's end (`labelRoomEnd`): the later end that makes every label
 * cut by the view's end whole, and nothing for labels that are whole or cut by something else.
 */
import { expect } from '@open-wc/testing';
import { timeScale } from '../../src/layout/scale.js';
import { labelRoomEnd, MAX_LABEL_ROOM } from '../../src/scene/label-room.js';
import { markReach, ruleLabelWidth } from '../../src/scene/metrics.js';
import { relativeTime } from '../../src/i18n/relative.js';
import type { Scene } from '../../src/scene/types.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { DAY, utc } from '../helpers/utc.js';
import { marksById, measure, metrics, points, sceneOf } from './build.js';

const june = { start: utc(2020, 6, 1), end: utc(2020, 7, 1) };
const LONG = 'A rather long title that cannot fit';
/** `b` at the view's end, `a` just before it in the same row: `b`'s label has room on neither side. */
const cutAtEnd = points([['a', '2020-06-25', 'A'], ['b', '2020-06-28', LONG]]);
const limit = june.end + (june.end - june.start) * MAX_LABEL_ROOM;
/** The reach the layout measured, by time-order index (what the scene controller passes). */
const reachOf = (scene: Scene) => (index: number) => {
  const mark = scene.lanes.flatMap((l) => l.marks).find((m) => m.item.index === index)!;
  return markReach(metrics, measure(mark.label.full, 'label'), !!mark.bar);
};

describe('labelRoomEnd', () => {
  for (const rtl of [false, true]) {
    it(`a label cut by the view's end${rtl ? ' (right to left)' : ''}: the view ending there draws it whole, its reach ending at the plot's end`, () => {
      const scene = sceneOf(cutAtEnd, june, 700, { rtl });
      expect(marksById(scene).get('b')!.label.truncated, 'cut as fitted').to.equal(true);
      const end = labelRoomEnd(scene, june, limit, reachOf(scene));
      expect(end).to.be.above(june.end);
      expect(end).to.be.at.most(limit);
      const room = { start: june.start, end };
      const after = sceneOf(cutAtEnd, room, 700, { rtl });
      const b = marksById(after).get('b')!;
      expect(b.label.truncated).to.equal(false);
      expect(b.label.text).to.equal(LONG);
      // Just enough: the mark's x (the middle of its day) plus its reach is the plot's width.
      const x = timeScale(room, 700)(utc(2020, 6, 28) + DAY / 2);
      expect(x + markReach(metrics, measure(LONG, 'label'), false)).to.be.closeTo(700, 0.01);
    });
  }

  it('whole labels: the view keeps its end', () => {
    const scene = sceneOf(points([['a', '2020-06-02', 'Alpha'], ['b', '2020-06-10', 'Beta'], ['c', '2020-06-29', 'A rather long title']]), june, 700);
    expect(marksById(scene).get('c')!.label.before, 'the last label went before its marker, whole').to.equal(true);
    expect(labelRoomEnd(scene, june, limit, reachOf(scene))).to.equal(june.end);
  });

  it('a label that would need the end past the limit is left cut, and so is one cut by a neighbour in its row', () => {
    const scene = sceneOf(cutAtEnd, june, 700);
    const tight = june.end + 86_400_000;
    expect(labelRoomEnd(scene, june, tight, reachOf(scene)), 'past the limit').to.equal(june.end);
    // Late June, squeezed between two "+2" marks in one row: cut by the next one, not by the view's
    // end (a later end would not make its room), though its whole label would run past the end.
    const squeezed = points([
      ['p', '2020-06-22', 'Alpha'], ['q', '2020-06-22', 'Beta'],
      ['lone', '2020-06-25', 'A long and lonely title between two folds'],
      ['r', '2020-06-28', 'Epsilon'], ['s', '2020-06-28', 'Phi'],
    ]);
    const late = sceneOf(squeezed, june, 700, { maxRows: 1 });
    const lone = marksById(late).get('lone')!;
    expect(lone.label.truncated, 'cut by its neighbour').to.equal(true);
    const reach = reachOf(late);
    const x = timeScale(june, 700)(utc(2020, 6, 25));
    expect(x + reach(lone.item.index), 'its whole label would run past the view\'s end').to.be.above(700);
    expect(labelRoomEnd(late, june, limit, reach)).to.equal(june.end);
  });

  it('a deadline\'s label cut at the end (it may not slide back over the label before it in its row): the view ending there draws it whole from its rule', () => {
    const title = 'Deadline for the sale of the business, or the business ends';
    const doc = points([], [
      { id: 'a', start: '2020-06-02', title: 'A'.repeat(26), kind: 'deadline' },
      { id: 'b', start: '2020-06-28', title, kind: 'deadline' },
    ]);
    const now = utc(2020, 6, 15);
    const ruleOf = (scene: Scene) => scene.rules.find((r) => r.item?.id === 'b')!;
    const scene = sceneOf(doc, june, 700, { now });
    expect(ruleOf(scene).label.truncated, 'cut as fitted').to.equal(true);
    const b = ruleOf(scene).item!;
    const whole = ruleLabelWidth(metrics, measure(title, 'rule'), measure(relativeTime(b.start, now, 'en'), 'rule'));
    // A limit far enough for this long label (a fitted view's own is half its span later).
    const end = labelRoomEnd(scene, june, june.end + 4 * (june.end - june.start), (i) => (i === b.index ? whole : 0));
    expect(end).to.be.above(june.end);
    const after = ruleOf(sceneOf(doc, { start: june.start, end }, 700, { now }));
    expect(after.label.truncated).to.equal(false);
    expect(after.label.title).to.equal(title);
    expect(after.label.left, 'from its rule').to.be.closeTo(after.x, 1e-6);
    expect(after.label.left + after.label.width).to.be.closeTo(700, 0.01);
  });

  it('a view where a lane shows its density strip keeps its end, even with a label cut at it', () => {
    const dense: TimelineDocument = {
      title: 'dense',
      lanes: [{ id: 'l', label: 'Lane' }, { id: 'd', label: 'Dense' }],
      events: [
        ...cutAtEnd.events,
        ...Array.from({ length: 300 }, (_, i) => ({ id: `d${i}`, title: `Report ${i}`, start: `2020-06-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`, lane: 'd' })),
      ],
    };
    const scene = sceneOf(dense, june, 700, { maxRows: 1 });
    expect(scene.lanes.some((l) => l.strip), 'a strip is drawn').to.equal(true);
    expect(marksById(scene).get('b')!.label.truncated, 'cut at the end').to.equal(true);
    expect(labelRoomEnd(scene, june, limit, reachOf(scene))).to.equal(june.end);
  });
});
