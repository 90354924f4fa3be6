import { expect } from '@open-wc/testing';
import { laneHeight, markReach, metricsFor } from '../../src/scene/metrics.js';

describe('metricsFor', () => {
  it('metricsFor(14) is the design size: 32 px rows, 26 px marks, a 46 px axis, 24 px lane headers', () => {
    const m = metricsFor(14);
    expect([m.rowPx, m.markPx, m.axisPx, m.laneHeaderPx, m.markerPx]).to.deep.equal([32, 26, 46, 24, 12]);
  });

  it('metricsFor(28): every size grows with the text', () => {
    const small = metricsFor(14);
    const large = metricsFor(28);
    for (const key of ['rowPx', 'markPx', 'axisPx', 'laneHeaderPx', 'bandRowPx', 'markerPx', 'gapPx', 'clusterPx'] as const) {
      expect(large[key], key).to.be.closeTo(small[key] * 2, 1);
    }
  });

  it('metricsFor(14, 48) and metricsFor(14, 24): the page\'s row height wins, marks stay inside their rows', () => {
    for (const row of [24, 48]) {
      const m = metricsFor(14, row);
      expect(m.rowPx).to.equal(row);
      expect(m.markPx).to.be.below(row);
      expect(m.markPx).to.be.at.least(row * 0.75);
    }
  });

  it('metricsFor(20, 24): a row is never shorter than its text needs', () => {
    expect(metricsFor(20, 24).rowPx).to.equal(32);
  });

  it('laneHeight(rows) is the header, the rows and the padding; markReach adds the marker or inset and the end padding', () => {
    const m = metricsFor(14);
    expect(laneHeight(m, 3)).to.equal(24 + 3 * 32 + 4);
    expect(markReach(m, 100, false)).to.equal(100 + 6 + 6 + 6);
    expect(markReach(m, 100, true)).to.equal(100 + 8 + 6);
  });
});
