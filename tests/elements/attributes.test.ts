/** The attribute checks of <event-timeline> (src/elements/attributes.ts): the value used, and the problem when it differs. */
import { expect } from '@open-wc/testing';
import { checkLocale, checkMaxRows, checkMaxSize, checkNow, checkSpan, checkTimeout, checkView, rowsConverter } from '../../src/elements/attributes.js';
import { utc } from '../helpers/utc.js';

describe('attribute checks', () => {
  const table: Array<[string, () => unknown, unknown]> = [
    ['checkTimeout(null, 15_000)', () => checkTimeout(null, 15_000), [15_000]],
    ['checkTimeout(2500, 15_000)', () => checkTimeout(2500, 15_000), [2500]],
    ['checkTimeout(NaN, 15_000)', () => checkTimeout(NaN, 15_000), [15_000, 'is not a positive number of ms; using 15000']],
    ['checkTimeout(0, 15_000)', () => checkTimeout(0, 15_000), [15_000, 'is not a positive number of ms; using 15000']],
    ['checkTimeout(-5, 15_000)', () => checkTimeout(-5, 15_000), [15_000, 'is not a positive number of ms; using 15000']],
    ['checkTimeout("2500", 15_000)', () => checkTimeout('2500', 15_000), [15_000, 'is not a positive number of ms; using 15000']],
    ['checkTimeout(1, 15_000)', () => checkTimeout(1, 15_000), [1000, 'is less than 1000 ms; using 1000']],
    ['checkTimeout(Infinity, 15_000)', () => checkTimeout(Infinity, 15_000), [300_000, 'is more than 300000 ms; using 300000']],
    ['checkTimeout(2 ** 31, 15_000)', () => checkTimeout(2 ** 31, 15_000), [300_000, 'is more than 300000 ms; using 300000']],
    ['checkMaxSize(undefined, 50)', () => checkMaxSize(undefined, 50), [50]],
    ['checkMaxSize(0.5, 50)', () => checkMaxSize(0.5, 50), [0.5]],
    ['checkMaxSize(0, 50)', () => checkMaxSize(0, 50), [50, 'is not a positive number of MB; using 50']],
    ['checkMaxSize(0.0001, 50)', () => checkMaxSize(0.0001, 50), [0.001, 'is less than 0.001 MB; using 0.001']],
    ['checkMaxSize(1e6, 50)', () => checkMaxSize(1e6, 50), [500, 'is more than 500 MB; using 500']],
    ['checkMaxRows("auto")', () => checkMaxRows('auto'), [null]],
    ['checkMaxRows(null)', () => checkMaxRows(null), [null]],
    ['checkMaxRows(1)', () => checkMaxRows(1), [1]],
    ['checkMaxRows(20)', () => checkMaxRows(20), [20]],
    ['checkMaxRows(21)', () => checkMaxRows(21), [20, 'is more than 20 rows; using 20']],
    ['checkMaxRows(0)', () => checkMaxRows(0), [null, 'is not "auto" or a whole number of rows from 1 to 20; using "auto"']],
    ['checkMaxRows(2.5)', () => checkMaxRows(2.5), [null, 'is not "auto" or a whole number of rows from 1 to 20; using "auto"']],
    ['checkMaxRows(NaN)', () => checkMaxRows(NaN), [null, 'is not "auto" or a whole number of rows from 1 to 20; using "auto"']],
    ['checkView("list")', () => checkView('list'), ['list']],
    ['checkView(null)', () => checkView(null), ['timeline']],
    ['checkView("LIST")', () => checkView('LIST'), ['timeline', 'is not "timeline" or "list"; using "timeline"']],
    ['checkNow(null)', () => checkNow(null), [null]],
    ['checkNow("2020-08-24")', () => checkNow('2020-08-24'), [utc(2020, 8, 24)]],
    ['checkNow("someday")', () => checkNow('someday'), [null, 'is not a date; using the current time']],
    ['checkLocale("EN-gb")', () => checkLocale('EN-gb'), ['en-GB']],
    ['checkLocale("not a tag!")', () => checkLocale('not a tag!'), ['en', 'is not a valid language tag; using English']],
    ['checkSpan(null, null)', () => checkSpan(null, null), [null]],
    ['checkSpan("2020-06", "2020-07")', () => checkSpan('2020-06', '2020-07'), [{ start: utc(2020, 6, 1), end: utc(2020, 8, 1) }]],
    ['checkSpan("2020-06", null)', () => checkSpan('2020-06', null), [null, ['start', 'is set without end; set both, or neither; the first view shows every event']]],
    ['checkSpan(null, "2020")', () => checkSpan(null, '2020'), [null, ['end', 'is set without start; set both, or neither; the first view shows every event']]],
    ['checkSpan("banana", "2020-13")', () => checkSpan('banana', '2020-13'), [null, ['start', 'is not a date; the first view shows every event']]],
    ['checkSpan("2020", "2020-13")', () => checkSpan('2020', '2020-13'), [null, ['end', 'is not a date; the first view shows every event']]],
    ['checkSpan("2020-06", "2020-05")', () => checkSpan('2020-06', '2020-05'), [null, ['end', 'is not after start="2020-06"; the first view shows every event']]],
    ['rowsConverter.fromAttribute(" Auto ")', () => rowsConverter.fromAttribute(' Auto '), 'auto'],
    ['rowsConverter.fromAttribute("4")', () => rowsConverter.fromAttribute('4'), 4],
    ['rowsConverter.fromAttribute(null)', () => rowsConverter.fromAttribute(null), null],
  ];
  for (const [call, run, expected] of table) {
    it(`${call} is ${JSON.stringify(expected)}`, () => {
      expect(run()).to.deep.equal(expected);
    });
  }
});
