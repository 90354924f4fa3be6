/** Where focus goes in a lane whose focused mark a zoom took away: by time, not by DOM order. */
import { expect } from '@open-wc/testing';
import { laneStop } from '../../src/controllers/lane-stop.js';

describe('laneStop', () => {
  const root = document.createElement('div');
  root.innerHTML = `<div part="plot">
    <div part="lane" data-lane="0"><button data-t="5"></button></div>
    <div part="lane" data-lane="2"><button data-t="10"></button><button data-t="30"></button><button data-t="20"></button></div>
  </div>`;
  const timeOf = (b: HTMLElement) => Number(b.dataset.t);
  const at = (lane: number, time: number) => laneStop(root, lane, time, timeOf)?.dataset.t;

  it('the earliest button of the lane at or after the time, whatever its place in the DOM', () => {
    expect(at(2, 15)).to.equal('20');
    expect(at(2, 10)).to.equal('10');
    expect(at(2, -Infinity)).to.equal('10');
  });

  it('the latest before it when none is after; none for a lane not drawn', () => {
    expect(at(2, 31)).to.equal('30');
    expect(at(0, 99)).to.equal('5');
    expect(laneStop(root, 1, 0, timeOf)).to.equal(null);
  });
});
