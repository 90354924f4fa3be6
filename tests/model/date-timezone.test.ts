import { expect } from '@open-wc/testing';
import { emulateTimezone } from '../helpers/browser.js';
import { formatDate, formatDateRange } from '../../src/model/dates.js';
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import { parsed, plainSpaces, utc } from './utc.js';

const d = parsed;

/** What a reader in the current zone gets for a few calendar dates. */
function seen() {
  const day = d('2020-06-02');
  const month = d('2020-07');
  const newYear = d('2021-01-01');
  const bce = d('-0043-03-15');
  const [item] = toTimelineItems(parseTimeline({ title: 't', lanes: [], events: [{ id: 'a', title: 'a', start: '2020-06-02' }] }).document);
  return {
    day: [day.start, day.end, formatDate(day, 'en-GB'), formatDate(day, 'en-US')],
    month: [month.start, month.end, formatDate(month, 'en-GB')],
    newYear: [newYear.start, formatDate(newYear, 'en-GB')],
    bce: [bce.start, formatDate(bce, 'en-GB')],
    range: plainSpaces(formatDateRange(d('2020-05-26'), d('2020-06'), 'en-GB')),
    item: [item.start, item.end],
    dateTime: plainSpaces(formatDate(d('2020-06-02T23:30+02:00'), 'en-GB')),
  };
}

const expected = {
  day: [utc(2020, 6, 2), utc(2020, 6, 3), '2 June 2020', 'June 2, 2020'],
  month: [utc(2020, 7, 1), utc(2020, 8, 1), 'July 2020'],
  newYear: [utc(2021, 1, 1), '1 January 2021'],
  bce: [utc(-43, 3, 15), '15 March 44 BCE'],
  range: '26 May – June 2020',
  item: [utc(2020, 6, 2), utc(2020, 6, 3)],
  dateTime: '2 June 2020 at 23:30 UTC+02:00',
};

describe('calendar dates never shift with the reader’s time zone', () => {
  after(async () => {
    await emulateTimezone('UTC');
  });

  // Minutes west of UTC on 2 June 2020 (what getTimezoneOffset returns), proving the zone is on.
  const zones: [string, number][] = [['America/Los_Angeles', 420], ['Pacific/Kiritimati', -840], ['Asia/Kolkata', -330], ['UTC', 0]];
  for (const [zone, offset] of zones) {
    it(`parseDate + formatDate under ${zone} give the same day, month and ms as in UTC`, async () => {
      await emulateTimezone(zone);
      expect(new Date(utc(2020, 6, 2)).getTimezoneOffset()).to.equal(offset);
      expect(seen()).to.deep.equal(expected);
    });
  }

  it('the zone emulation is real: a local-time formatter does see another day in Kiritimati', async () => {
    await emulateTimezone('Pacific/Kiritimati');
    const local = new Intl.DateTimeFormat('en-GB', { day: 'numeric' }).format(utc(2020, 6, 2, 12));
    expect(local).to.equal('3');
  });
});
