import { expect } from '@open-wc/testing';
import { Slices } from '../../src/controllers/slices.js';
import { phase, type Work } from '../../src/model/work.js';

/** Work of `total` units that takes about `msEach` ms a unit and yields its progress after each. */
function* busyWork(total: number, msEach: number): Work<string> {
  for (let done = 0; done < total; done++) {
    yield { done, total };
    const until = performance.now() + msEach;
    while (performance.now() < until) {
      // Busy, as reading events is.
    }
  }
  return 'finished';
}

describe('Slices: long work in slices, its progress shown by whole percents', () => {
  it('calls back once per whole percent the progress reaches, never twice for the same one, and hands over the result', async () => {
    const slices = new Slices();
    const percents: number[] = [];
    const total = 12_000;
    // About 120 slices of 10 ms, each moving the progress by less than a percent: a call after
    // every slice would show most percents twice.
    const result = await new Promise<string>((resolve) => {
      const atOnce = slices.run(
        busyWork(total, 0.1),
        resolve,
        () => percents.push(Math.floor((100 * slices.progress!.done) / slices.progress!.total)),
        0,
      );
      expect(atOnce, 'work this long goes on in slices').to.equal(false);
    });
    expect(result).to.equal('finished');
    expect(slices.busy, 'not busy once done').to.equal(false);
    // The first call shows that work goes on (0%), then one per whole percent it moved to.
    expect(percents[0]).to.equal(0);
    expect(new Set(percents).size, 'no percent shown twice').to.equal(percents.length);
    expect([...percents].sort((a, b) => a - b), 'in order').to.deep.equal(percents);
    expect(percents.length, 'a call for (nearly) every percent').to.be.within(90, 101);
  });

  it('a slice that moves the progress within the same percent asks for nothing', async () => {
    const slices = new Slices();
    let calls = 0;
    let tasks = 0;
    // A million units of which twelve slices get through a few hundred: far less than a percent.
    await new Promise<void>((resolve) => {
      function* slow(): Work<void> {
        let task = -1;
        for (let done = 0; done < 1_000_000; done++) {
          yield { done, total: 1_000_000 };
          const until = performance.now() + 0.5;
          while (performance.now() < until) {
            // Busy.
          }
          // A new slice starts in a new task: a microtask queued in the last one has run since.
          if (task !== tasks) {
            task = tasks;
            queueMicrotask(() => tasks++);
          }
          if (tasks > 12) return;
        }
      }
      slices.run(slow(), resolve, () => calls++, 0);
    });
    expect(tasks, 'slices').to.be.above(12);
    expect(calls, 'only the first call (0%)').to.equal(1);
  });

  /**
   * Work that busies itself past `atOnceMs` in its first unit, then reports `doneAfter` of 100
   * done, and ends at its next step: how far it got decides, not how fast the machine is (the
   * estimate of the rest only grows with the time it took).
   */
  function* overrun(atOnceMs: number, doneAfter: number): Work<string> {
    yield { done: 0, total: 100 };
    const until = performance.now() + atOnceMs + 2;
    while (performance.now() < until) {
      // Busy, past the time it may run at once.
    }
    yield { done: doneAfter, total: 100 };
    return 'finished';
  }

  it('work nearly done when its time at once runs out ends at once: no progress bar, no slice, no frame later', () => {
    const slices = new Slices();
    let result: string | null = null;
    let calls = 0;
    const atOnce = slices.run(overrun(40, 99), (r) => (result = r), () => calls++, 40);
    expect(atOnce, 'ended at once').to.equal(true);
    expect(result).to.equal('finished');
    expect(calls, 'no progress shown').to.equal(0);
    expect(slices.busy).to.equal(false);
  });

  it('work half done when its time runs out goes on in slices; so does a zoom level\'s short budget, and a later phase of a larger job judged by its own progress', async () => {
    const cases: Array<[string, number, () => Work<string>]> = [
      ['50 % after 40 ms', 40, () => overrun(40, 50)],
      // 80 % after 8 ms: the rest is about 2 ms, more than a quarter of 6.
      ['80 % after 6 ms', 6, () => overrun(6, 80)],
      // A zoom level is the load's last quarter: 30 % of it reads 82.5 % of the whole, and the rest
      // of it (70 %) is more than twice what it did. Judged from 0, it looked nearly done.
      ['30 % of the last phase after 40 ms', 40, () => phase(overrun(40, 30), 0.75, 1)],
    ];
    for (const [what, atOnceMs, work] of cases) {
      const slices = new Slices();
      let calls = 0;
      let atOnce = true;
      const result = await new Promise<string>((resolve) => {
        atOnce = slices.run(work(), resolve, () => calls++, atOnceMs);
      });
      expect(atOnce, `${what}: in slices`).to.equal(false);
      expect(result).to.equal('finished');
      expect(calls, `${what}: its progress shown once (it ended in the first slice)`).to.equal(1);
    }
  });
});
