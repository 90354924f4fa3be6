import { expect } from '@open-wc/testing';
import { hitKey, hitTest } from '../../src/scene/hit.js';
import { utc } from '../helpers/utc.js';
import { marksById, points, sceneOf } from './build.js';

const june = { start: utc(2020, 6, 1), end: utc(2020, 7, 1) };

describe('hitTest', () => {
  const doc = points([['a', '2020-06-02', 'Alpha'], ['b', '2020-06-10', 'Beta'], ['c', '2020-06-10', 'Gamma'], ['d', '2020-06-10', 'Delta']], [
    { id: 'dl', start: '2020-06-20', title: 'Deadline', kind: 'deadline' },
  ]);
  const scene = sceneOf(doc, june, 700, { maxRows: 1 });

  it('hitTest(inside a mark\'s box, on its marker or its label) is that mark', () => {
    const a = marksById(scene).get('a')!;
    const y = a.top + a.height / 2;
    expect(hitKey(hitTest(scene, a.x, y))).to.equal('a');
    expect(hitKey(hitTest(scene, a.label.left + a.label.width - 1, y))).to.equal('a');
  });

  it('hitTest(just outside a mark\'s box, or in the empty plot) is nothing', () => {
    const a = marksById(scene).get('a')!;
    const y = a.top + a.height / 2;
    expect(hitTest(scene, a.right + 1, y)).to.equal(null);
    expect(hitTest(scene, a.left - 1, y)).to.equal(null);
    expect(hitTest(scene, a.x, a.top - 2)).to.equal(null);
  });

  it('hitTest(on a "+N" mark) is the cluster; on a deadline\'s label, the deadline', () => {
    const cluster = scene.lanes[0]!.clusters[0]!;
    const hit = hitTest(scene, cluster.left + 2, cluster.top + cluster.height / 2);
    expect(hit?.kind).to.equal('cluster');
    const rule = scene.rules.find((r) => r.kind === 'deadline')!;
    expect(hitKey(hitTest(scene, rule.label.left + 3, rule.label.top + 3))).to.equal('dl');
  });
});
