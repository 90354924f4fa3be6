/** A "+N" mark's key, written and read in one place. */
import { expect } from '@open-wc/testing';
import { clusterKey, parseClusterKey } from '../../src/scene/cluster-key.js';
import { stripKey } from '../../src/scene/strip.js';

describe('clusterKey', () => {
  it('reads back the lane and first member it was made of; a strip bucket\'s key and junk are not "+N" keys', () => {
    expect(parseClusterKey(clusterKey(3, 1984))).to.deep.equal({ laneIndex: 3, firstIndex: 1984 });
    expect(parseClusterKey(stripKey(3, 1120176000000))).to.equal(null);
    expect(parseClusterKey('3:')).to.equal(null);
    expect(parseClusterKey(null)).to.equal(null);
  });
});
