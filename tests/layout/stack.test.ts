import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { allClusters, computeLayout, clusterMemberIds, laneLayouts } from '../../src/layout/layout.js';
import type { LevelLayout } from '../../src/layout/layout.js';
import { prepareItems } from '../../src/layout/prepare.js';
import type { PreparedItems } from '../../src/layout/prepare.js';
import { DEADLINE_BAND } from '../../src/layout/cluster.js';
import { LayoutLevels } from '../../src/layout/levels.js';
import type { StackOptions } from '../../src/layout/stack.js';
import { DAY, HOUR, utc } from './helpers.js';
import { labelWidth } from './synthetic.js';
import { itemsArb as randomItems } from './arbitraries.js';
import type { TestItem } from './synthetic.js';

const options: StackOptions = { maxRows: 3, deadlineRows: 2, markerPx: 6, paddingPx: 8, clusterPx: 30 };

function point(id: string, start: number, lane = 0, title = id, kind: 'event' | 'deadline' = 'event'): TestItem {
  return { id, start, end: start + DAY, isRange: false, laneIndex: lane, kind, title };
}

const itemsArb = randomItems();
const msPerPxArb = fc.double({ min: 60_000, max: 30 * DAY, noNaN: true });
const rowsArb = fc.integer({ min: 1, max: 5 });

/**
 * The box of sorted position i at `m` ms per px, by the documented formula (a point's unit end takes
 * no room); a lone item the layout placed with a cut label ends where the layout cut it.
 */
function boxAt(p: PreparedItems, layout: LevelLayout, i: number, m: number, o: StackOptions): [number, number] {
  const labelEnd = p.start[i] + (p.labelPx[i] + (o.paddingPx ?? 8)) * m;
  const cutPx = layout.cut.get(i);
  const anchor = p.range[i] ? Math.max(p.end[i], p.start[i]) : p.start[i];
  const end = cutPx !== undefined ? anchor + cutPx * m : p.range[i] ? Math.max(p.end[i], labelEnd) : labelEnd;
  return [p.start[i] - (o.markerPx ?? 0) * m, end];
}

/** No two marks (placed boxes and "+N" marks alike) in one row of one lane overlap at `m` ms per px. */
function expectNoOverlap(p: PreparedItems, layout: LevelLayout, m: number, o: StackOptions): void {
  const rows = new Map<string, { x0: number; x1: number; what: string }[]>();
  const add = (key: string, x0: number, x1: number, what: string) => {
    if (!rows.has(key)) rows.set(key, []);
    rows.get(key)!.push({ x0, x1, what });
  };
  for (let i = 0; i < p.n; i++) {
    if (layout.row[i] < 0) continue;
    const [x0, x1] = boxAt(p, layout, i, m, o);
    add(`${p.deadline[i] ? 'd' : p.lane[i]}:${layout.row[i]}`, x0, x1, p.ids[i]);
  }
  for (const c of allClusters(layout)) {
    const key = `${c.laneIndex === DEADLINE_BAND ? 'd' : c.laneIndex}:${c.row}`;
    add(key, c.start - (o.markerPx ?? 0) * m, c.start + Math.max(1, o.clusterPx ?? 32) * m, `cluster ${c.id}`);
  }
  for (const [key, boxes] of rows) {
    boxes.sort((a, b) => a.x0 - b.x0);
    for (let k = 1; k < boxes.length; k++) {
      expect(boxes[k].x0, `${boxes[k - 1].what} and ${boxes[k].what} in ${key} at ${m} ms/px`).to.be.at.least(boxes[k - 1].x1);
    }
  }
  const { lanes, deadlines } = laneLayouts(p, layout);
  const groups = [...lanes.map((l) => l.clusters), deadlines.clusters];
  for (const clusters of groups) {
    for (let k = 1; k < clusters.length; k++) expect(clusters[k].x0Ms).to.be.at.least(clusters[k - 1].x1Ms);
  }
}

describe('computeLayout (stacking and clusters)', () => {
  it('computeLayout(3 far-apart points) puts them all in row 0', () => {
    const items = [point('a', utc(2020, 1, 1)), point('b', utc(2020, 3, 1)), point('c', utc(2020, 5, 1))];
    const p = prepareItems(items, labelWidth);
    const { lanes } = laneLayouts(p, computeLayout(p, HOUR, options));
    expect(lanes[0].placed.map((x) => [x.id, x.row])).to.deep.equal([['a', 0], ['b', 0], ['c', 0]]);
    expect(lanes[0].rows).to.equal(1);
    expect(lanes[0].clusters).to.deep.equal([]);
  });

  it('computeLayout(one row, a long label reaching the next event) cuts the label instead of making a "+1"', () => {
    const t = utc(2020, 6, 1);
    // a's label (12 chars, 84 px) reaches b, 40 px later; a's marker and padding (6 + 8 px) do not.
    const items = [point('a', t, 0, 'x'.repeat(12)), point('b', t + 40 * HOUR, 0, 'b')];
    const p = prepareItems(items, labelWidth);
    const layout = computeLayout(p, HOUR, { ...options, maxRows: 1 });
    expect(allClusters(layout)).to.deep.equal([]);
    expect([...layout.row]).to.deep.equal([0, 0]);
    // a's box ends where b's begins (b's start less its half marker), at this zoom and any finer one.
    expect(layout.cut.get(0)).to.equal(40 - 6);
    expect(layout.cut.has(1)).to.equal(false);
  });

  it('computeLayout(one row, two events closer than a "+N" mark is wide) makes them one "+2"', () => {
    const t = utc(2020, 6, 1);
    const items = [point('a', t, 0, 'x'.repeat(12)), point('b', t + 35 * HOUR, 0, 'b'), point('c', t + 40 * HOUR, 0, 'c')];
    const p = prepareItems(items, labelWidth);
    const layout = computeLayout(p, HOUR, { ...options, maxRows: 1 });
    expect(allClusters(layout).map((c) => c.count)).to.deep.equal([2]);
    expect([...layout.row]).to.deep.equal([-1, -1, 0]);
  });

  it('computeLayout(3 points on one day, maxRows 3) stacks them in rows 0, 1, 2', () => {
    const t = utc(2020, 6, 1);
    const items = [point('a', t), point('b', t + HOUR), point('c', t + 2 * HOUR)];
    const p = prepareItems(items, labelWidth);
    const { lanes } = laneLayouts(p, computeLayout(p, HOUR, options));
    expect(lanes[0].placed.map((x) => x.row)).to.deep.equal([0, 1, 2]);
    expect(lanes[0].rows).to.equal(3);
  });

  it('computeLayout(6 points on one day, maxRows 3) places two and clusters four as "+4" in row 2', () => {
    const t = utc(2020, 6, 1);
    const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, k) => point(id, t + k * HOUR));
    const p = prepareItems(items, labelWidth);
    const layout = computeLayout(p, HOUR, options);
    const { lanes } = laneLayouts(p, layout);
    expect(lanes[0].placed.map((x) => [x.id, x.row])).to.deep.equal([['a', 0], ['b', 1]]);
    expect(lanes[0].clusters).to.have.length(1);
    const [cluster] = lanes[0].clusters;
    expect(cluster).to.include({ laneIndex: 0, row: 2, count: 4, start: t + 2 * HOUR, end: t + 5 * HOUR + DAY });
    expect(clusterMemberIds(p, layout, cluster)).to.deep.equal(['c', 'd', 'e', 'f']);
    expect(lanes[0].rows).to.equal(3);
  });

  it('computeLayout(day points on 3 consecutive days in one lane, one day across 1000px, maxRows 1) puts all in row 0', () => {
    const items = [point('a', utc(2020, 6, 1)), point('b', utc(2020, 6, 2)), point('c', utc(2020, 6, 3))];
    const p = prepareItems(items, labelWidth);
    const layout = computeLayout(p, DAY / 1000, { ...options, maxRows: 1 });
    const { lanes } = laneLayouts(p, layout);
    expect(lanes[0].placed.map((x) => [x.id, x.row])).to.deep.equal([['a', 0], ['b', 0], ['c', 0]]);
    expect(lanes[0].placed[0].x1Ms).to.equal(utc(2020, 6, 1) + (7 + 8) * (DAY / 1000));
    expect(allClusters(layout)).to.deep.equal([]);
  });

  it('computeLayout(hour points at 0, 1, 6 and 7 h in lanes 1, 2, 0, 0, one hour across 320px, maxRows 1) places all four', () => {
    // The shrunk counterexample of the reachability property below: 6 h and 7 h share lane 0.
    const items = [[6, 0], [0, 1], [1, 2], [7, 0]].map(([h, lane]): TestItem => ({
      id: `h${h}`, start: utc(2020) + h * HOUR, end: utc(2020) + (h + 1) * HOUR, isRange: false, laneIndex: lane, kind: 'event', title: 'x',
    })).sort((a, b) => a.start - b.start);
    const p = prepareItems(items, labelWidth);
    const layout = computeLayout(p, HOUR / 320, { maxRows: 1, markerPx: 6, paddingPx: 8 });
    expect(allClusters(layout)).to.deep.equal([]);
    expect(laneLayouts(p, layout).lanes[0].placed.map((x) => [x.id, x.row])).to.deep.equal([['h6', 0], ['h7', 0]]);
  });

  it('computeLayout(2 points at one hour and a lone one 2 h later, one hour across 320px, maxRows 1) shows "+2" and the lone point in row 0', () => {
    const t = utc(2020, 6, 1);
    const items = [point('a', t), point('b', t), point('c', t + 2 * HOUR)];
    const p = prepareItems(items, labelWidth);
    const layout = computeLayout(p, HOUR / 320, { ...options, maxRows: 1 });
    const { lanes } = laneLayouts(p, layout);
    expect(lanes[0].placed.map((x) => [x.id, x.row])).to.deep.equal([['c', 0]]);
    expect(lanes[0].clusters.map((c) => [c.id, c.row, c.count, clusterMemberIds(p, layout, c)])).to.deep.equal([[0, 0, 2, ['a', 'b']]]);
    expect(layout.lanes[0]).to.deep.equal({ laneIndex: 0, rows: 1, clusterRow: 0, placed: 1, clustered: 2 });
  });

  it('computeLayout(a long range, then a point inside it) stacks the point under the bar', () => {
    const items: TestItem[] = [
      { id: 'r', start: utc(2020, 1), end: utc(2020, 12), isRange: true, laneIndex: 0, kind: 'event', title: 'r' },
      point('p', utc(2020, 6)),
    ];
    const p = prepareItems(items, labelWidth);
    const { lanes } = laneLayouts(p, computeLayout(p, HOUR, options));
    expect(lanes[0].placed.map((x) => [x.id, x.row])).to.deep.equal([['r', 0], ['p', 1]]);
    expect(lanes[0].placed[0].x1Ms).to.equal(utc(2020, 12));
  });

  it('computeLayout keeps lanes apart and puts deadlines in their own band', () => {
    const t = utc(2020, 6, 1);
    const items = [point('a', t, 0), point('b', t, 1), point('d', t, 0, 'deadline', 'deadline')];
    const p = prepareItems(items, labelWidth);
    const { lanes, deadlines } = laneLayouts(p, computeLayout(p, HOUR, options));
    expect(lanes.map((l) => l.placed.map((x) => [x.id, x.row]))).to.deep.equal([[['a', 0]], [['b', 0]]]);
    expect(deadlines.laneIndex).to.equal(DEADLINE_BAND);
    expect(deadlines.placed.map((x) => [x.id, x.row, x.deadline])).to.deep.equal([['d', 0, true]]);
  });

  it('computeLayout does not mutate its input', () => {
    const items = [point('a', utc(2020)), point('b', utc(2020))];
    const copy = JSON.parse(JSON.stringify(items));
    const p = prepareItems(items, labelWidth);
    const start = p.start.slice();
    computeLayout(p, DAY, options);
    expect(items).to.deep.equal(copy);
    expect(p.start).to.deep.equal(start);
  });

  it('prepareItems(unsorted) sorts by start and maps back with order/itemIndex', () => {
    const items = [point('late', utc(2021)), point('early', utc(2020))];
    const p = prepareItems(items, labelWidth);
    expect(p.ids).to.deep.equal(['early', 'late']);
    const { lanes } = laneLayouts(p, computeLayout(p, HOUR, options));
    expect(lanes[0].placed.map((x) => [x.id, x.index, x.itemIndex])).to.deep.equal([['early', 0, 1], ['late', 1, 0]]);
  });

  it('every event is placed exactly once or counted in exactly one cluster, and counts add up', () => {
    fc.assert(
      fc.property(itemsArb, msPerPxArb, rowsArb, (items, m, maxRows) => {
        const o = { ...options, maxRows };
        const p = prepareItems(items, labelWidth);
        const layout = computeLayout(p, m, o);
        const { lanes, deadlines } = laneLayouts(p, layout);
        const seen = new Map<string, number>();
        for (const lane of [...lanes, deadlines]) {
          for (const x of lane.placed) seen.set(x.id, (seen.get(x.id) ?? 0) + 1);
          for (const c of lane.clusters) for (const id of clusterMemberIds(p, layout, c)) seen.set(id, (seen.get(id) ?? 0) + 1);
          const clustered = lane.clusters.reduce((s, c) => s + c.count, 0);
          const summary = lane.laneIndex === DEADLINE_BAND ? layout.deadlineBand : layout.lanes[lane.laneIndex];
          expect(summary.placed + summary.clustered).to.equal(lane.placed.length + clustered);
          expect(lane.rows).to.be.at.most(lane.laneIndex === DEADLINE_BAND ? 2 : maxRows);
          for (const x of lane.placed) expect(x.row).to.be.below(lane.rows);
          for (const c of lane.clusters) expect(c.row).to.equal(lane.rows - 1);
        }
        expect(seen.size).to.equal(items.length);
        for (const count of seen.values()) expect(count).to.equal(1);
        const total = allClusters(layout).reduce((s, c) => s + c.count, 0);
        expect(total).to.equal([...layout.clusterOf].filter((c) => c >= 0).length);
      }),
      { numRuns: 300 },
    );
  });

  it('no two marks (placed boxes and "+N" marks) in a lane row overlap, at the layout\'s msPerPx and at every finer zoom', () => {
    fc.assert(
      fc.property(itemsArb, msPerPxArb, rowsArb, fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }), (items, m, maxRows, fractions) => {
        const o = { ...options, maxRows };
        const p = prepareItems(items, labelWidth);
        const layout = computeLayout(p, m, o);
        expectNoOverlap(p, layout, m, o);
        for (const f of fractions) expectNoOverlap(p, layout, m * f, o);
      }),
      { numRuns: 300 },
    );
  });

  it('a cluster\'s members are all in its lane, between its start and end, and it sits in its lane\'s last row', () => {
    fc.assert(
      fc.property(itemsArb, msPerPxArb, (items, m) => {
        const p = prepareItems(items, labelWidth);
        const layout = computeLayout(p, m, options);
        for (const c of allClusters(layout)) {
          const members = clusterMemberIds(p, layout, c).map((id) => items.find((it) => it.id === id)!);
          expect(members).to.have.length(c.count);
          for (const it of members) {
            expect(it.kind === 'deadline' ? DEADLINE_BAND : it.laneIndex).to.equal(c.laneIndex);
            expect(it.start).to.be.at.least(c.start);
            expect(it.end).to.be.at.most(c.end);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  // Premise of the two properties below: one hour across 320 px, and a mark (half marker 6 px, label at
  // 7 px a character, padding 8 px) narrower than an hour at the layout's msPerPx, so marks an hour
  // apart fit in one row. Hours are drawn from two weeks so that neighbours in one lane are common.
  const hoursArb = (unique: boolean) => (unique ? fc.uniqueArray : fc.array)(fc.integer({ min: 0, max: 24 * 14 }), { maxLength: 300 });
  const lengthsArb = (maxChars: number) => fc.array(fc.integer({ min: 1, max: maxChars }), { minLength: 300, maxLength: 300 });
  const hourItems = (hours: number[], lengths: number[]) => hours
    .map((h, k): TestItem => ({ id: `h${k}`, start: utc(2020) + h * HOUR, end: utc(2020) + h * HOUR + HOUR, isRange: false, laneIndex: k % 3, kind: 'event', title: 'x'.repeat(lengths[k]) }))
    .sort((a, b) => a.start - b.start);

  it('computeLayout(point events at distinct hours, one hour across 320px) places every one: all reachable by zooming in', () => {
    // Widest mark: 6 + 43·7 + 8 = 315 px ≤ 320 px.
    fc.assert(
      fc.property(hoursArb(true), lengthsArb(43), (hours, lengths) => {
        const p = prepareItems(hourItems(hours, lengths), labelWidth);
        const layout = computeLayout(p, HOUR / 320, { maxRows: 1, markerPx: 6, paddingPx: 8 });
        expect(allClusters(layout)).to.deep.equal([]);
        expect([...layout.row].every((r) => r === 0)).to.equal(true);
      }),
      { numRuns: 100 },
    );
  });

  it('LayoutLevels.layoutAt(one hour across 320px) clusters only events that share an instant and places every lone one', () => {
    // The level is computed at its coarse edge, 2^13.5 ≈ 11585 ms/px (an hour ≈ 310.7 px): widest mark 6 + 42·7 + 8 = 308 px.
    fc.assert(
      fc.property(hoursArb(false), lengthsArb(42), fc.integer({ min: 1, max: 5 }), (hours, lengths, maxRows) => {
        const items = hourItems(hours, lengths);
        const p = prepareItems(items, labelWidth);
        const layout = new LayoutLevels(p, { ...options, maxRows }).layoutAt(HOUR / 320);
        const sharing = new Map<string, number>();
        for (const it of items) sharing.set(`${it.laneIndex}@${it.start}`, (sharing.get(`${it.laneIndex}@${it.start}`) ?? 0) + 1);
        for (let i = 0; i < p.n; i++) {
          if (sharing.get(`${p.lane[i]}@${p.start[i]}`) === 1) expect(layout.row[i], `${p.ids[i]} is alone at its instant`).to.be.at.least(0);
        }
        for (const c of allClusters(layout)) {
          const starts = new Set(clusterMemberIds(p, layout, c).map((id) => items.find((it) => it.id === id)!.start));
          expect([...starts]).to.deep.equal([c.start]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
