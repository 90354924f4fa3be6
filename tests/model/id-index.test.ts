import { expect } from '@open-wc/testing';
import { IdIndex } from '../../src/model/id-index.js';
import { finish } from '../../src/model/work.js';

const filled = (ids: string[]) => {
  const index = new IdIndex(ids.length, (i) => ids[i]!);
  finish(index.fillWork());
  return index;
};

describe('IdIndex', () => {
  it('find(id) of each of 50,000 ids is its position; of an absent id, −1', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `event-${i}`);
    const index = filled(ids);
    expect(index.complete).to.equal(true);
    const wrong = ids.filter((id, i) => index.find(id) !== i);
    expect(wrong).to.deep.equal([]);
    expect(['event-50000', 'event-', '', 'Event-1'].map((id) => index.find(id))).to.deep.equal([-1, -1, -1, -1]);
  });

  it('find(id) tells apart ids that differ in one code unit, astral characters and U+0000', () => {
    const ids = ['a', 'b', '', '\u0000', '\u0000\u0000', 'x\u{1F600}', 'x\u{1F601}', 'مرحبا', 'مرحبا ', 'ab', 'ba'];
    const index = filled(ids);
    expect(ids.map((id) => index.find(id))).to.deep.equal(ids.map((_, i) => i));
  });

  it('find(id) tells apart two ids of the same hash ("declinate" and "macallums", negative as an Int32)', () => {
    const ids = ['declinate', 'macallums', 'other'];
    const index = filled(ids);
    expect(ids.map((id) => index.find(id))).to.deep.equal([0, 1, 2]);
    expect(index.find('macallum'), 'a prefix').to.equal(-1);
  });

  it('find("x") of ["x", "y", "x"] is 0 (the first)', () => {
    const index = filled(['x', 'y', 'x']);
    expect(index.find('x')).to.equal(0);
  });

  it('fillWork() half done: find(id) knows the first positions only, complete is false', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => String(i));
    const index = new IdIndex(ids.length, (i) => ids[i]!);
    const work = index.fillWork();
    work.next();
    work.next();
    expect(index.complete).to.equal(false);
    expect(index.filled).to.be.greaterThan(0).and.lessThan(10_000);
    expect(index.find('0')).to.equal(0);
    expect(index.find('9999')).to.equal(-1);
    finish(work);
    expect(index.find('9999')).to.equal(9999);
  });

  it('claim(id) gives a new id the next position (−1) and answers a known id with its position, adding nothing', () => {
    const kept: string[] = [];
    const index = new IdIndex(3, (p) => kept[p]!);
    const read = (id: string) => {
      const before = index.claim(id);
      if (before < 0) kept.push(id);
      return before;
    };
    expect(['a', 'b', 'a', 'b', 'c'].map(read)).to.deep.equal([-1, -1, 0, 1, -1]);
    expect(kept).to.deep.equal(['a', 'b', 'c']);
    expect(index.filled, 'duplicates take no position').to.equal(3);
    expect(index.complete).to.equal(true);
    expect(['a', 'b', 'c', 'd'].map((id) => index.find(id))).to.deep.equal([0, 1, 2, -1]);
    expect(read('a'), 'a known id, with the table full').to.equal(0);
    expect(() => read('d')).to.throw(RangeError);
  });

  it('claim(id) tells apart two ids of the same hash ("declinate" and "macallums")', () => {
    const kept: string[] = [];
    const index = new IdIndex(3, (p) => kept[p]!);
    for (const id of ['declinate', 'macallums']) {
      expect(index.claim(id), id).to.equal(-1);
      kept.push(id);
    }
    expect(index.claim('macallums')).to.equal(1);
  });

  it('new IdIndex(0): complete, find("a") is −1', () => {
    const index = filled([]);
    expect(index.complete).to.equal(true);
    expect(index.find('a')).to.equal(-1);
  });

  it('find(undefined), find(42) from plain JavaScript are −1, not a throw', () => {
    const index = filled(['a', '42']);
    expect(index.find(undefined as unknown as string)).to.equal(-1);
    expect(index.find(42 as unknown as string)).to.equal(-1);
  });
});
