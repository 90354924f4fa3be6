import { expect } from '@open-wc/testing';
import { fromTimelineJS } from '../../src/importers/timelinejs.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineProblem } from '../../src/model/problems.js';
import { timelineJsExample } from './fixtures/timelinejs-example.js';
import { timelineJsCosmological } from './fixtures/timelinejs-cosmological.js';
import { timelineJs2Example } from './fixtures/timelinejs2-example.js';
import { toTimelineItems } from '../../src/model/items.js';
import { formatDate } from '../../src/model/dates.js';

const at = (problems: TimelineProblem[], path: string) => problems.filter((p) => p.path === path);

describe('fromTimelineJS', () => {
  const { document, problems } = fromTimelineJS(timelineJsExample);

  it('fromTimelineJS(example) gives the expected document', () => {
    expect(document).to.deep.equal({
      title: 'Two thousand years of news',
      description: 'From the Roman Acta Diurna to the web.',
      lanes: [
        { id: 'ancient-world', label: 'Ancient world' },
        { id: 'print', label: 'Print' },
        { id: 'broadcast', label: 'Broadcast' },
        { id: 'eras', label: 'Eras' },
      ],
      events: [
        { id: 'ides-of-march', start: '-0043-03-15', title: 'Caesar is assassinated', summary: 'Reported in the Acta Diurna.', lane: 'ancient-world' },
        { id: 'acta-diurna', start: '-0058', end: '0222', title: 'Acta Diurna', summary: 'Daily official notices, carved in stone or metal.', lane: 'ancient-world' },
        {
          id: 'gutenberg-s-press',
          start: '1450',
          approximate: true,
          title: 'Gutenberg\u2019s press',
          summary: 'Movable type in Mainz. Printing press',
          lane: 'print',
          media: { src: 'https://upload.wikimedia.org/wikipedia/commons/9/9a/PrintMus_038.jpg', alt: 'A replica of the press', credit: 'Wikimedia Commons' },
          sources: [{ label: 'Printing press', url: 'https://en.wikipedia.org/wiki/Printing_press' }],
        },
        { id: 'first-newspaper', start: '1605-06', title: 'Relation, the first newspaper', lane: 'print' },
        {
          id: 'moon-landing',
          start: '1969-07-20T20:17Z',
          title: 'Moon landing broadcast',
          summary: 'Watched by about 650 million people.',
          lane: 'broadcast',
          sources: [{ label: 'The landing on TV', url: 'https://www.youtube.com/watch?v=S9HdPi9Ikhk' }],
        },
        { id: 'moon-landing-2', start: '1969-07-21', title: 'Newspapers report the landing', lane: 'print' },
        {
          id: 'event-7',
          start: '1991-08-06',
          title: 'The first website goes online at CERN.',
          summary: 'The first website goes online at CERN.',
          media: { src: 'https://example.org/first-site.png', alt: 'Screenshot of the first website' },
        },
        { id: 'era-the-age-of-print', start: '1605', end: '1920', title: 'The age of print', lane: 'eras' },
        { id: 'era-the-age-of-broadcast', start: '1920', end: '1990', title: 'The age of broadcast', lane: 'eras' },
      ],
    });
  });

  it('the result parses with zero problems', () => {
    expect(parseTimeline(document).problems).to.deep.equal([]);
  });

  it('a TimelineJS year -44 is 44 BCE: astronomical -0043', () => {
    const { document: doc } = fromTimelineJS({ events: [{ start_date: { year: -44 }, text: { headline: 'x' } }, { start_date: { year: -1 }, text: { headline: 'y' } }] });
    expect(doc.events.map((e) => e.start)).to.deep.equal(['-0043', '0000']);
  });

  it('precision follows the fields present: year, month, day, minute, second, millisecond', () => {
    const dates = [{ year: 2020 }, { year: 2020, month: 7 }, { year: 2020, month: 7, day: 4 }, { year: 2020, month: 7, day: 4, hour: 9 },
      { year: 2020, month: 7, day: 4, hour: 9, minute: 5, second: 7 }, { year: 2020, month: 7, day: 4, hour: 9, minute: 5, second: 7, millisecond: 250 }];
    const { document: doc } = fromTimelineJS({ events: dates.map((start_date, i) => ({ start_date, text: { headline: `e${i}` } })) });
    expect(doc.events.map((e) => e.start)).to.deep.equal(['2020', '2020-07', '2020-07-04', '2020-07-04T09:00Z', '2020-07-04T09:05:07Z', '2020-07-04T09:05:07.250Z']);
  });

  it('reports the YouTube media as an error and keeps its link as a source', () => {
    const [problem] = at(problems, 'events[4].media.url');
    expect(problem.severity).to.equal('error');
    expect(problem.message).to.contain('YouTube video').and.contain('kept as a source');
  });

  it('reports dropped markup, times read as UTC, a taken unique_id, a missing headline and the title media', () => {
    expect(at(problems, 'events[0].text.text')[0].message).to.contain('HTML markup was dropped');
    expect(at(problems, 'events[2].text.text')[0].message).to.contain('link is kept as a source');
    expect(at(problems, 'events[4].text.text')[0].message).to.contain('HTML markup was dropped');
    expect(at(problems, 'events[4].start_date')[0].message).to.contain('read as UTC');
    expect(at(problems, 'events[5].unique_id')[0].message).to.contain('"moon-landing-2"');
    expect(at(problems, 'events[6].text.headline')[0].message).to.contain('missing');
    expect(at(problems, 'title.media')[0].severity).to.equal('warning');
  });

  it('reports a display_date that differs from the date shown, and not one that says the same', () => {
    const [differs] = at(problems, 'events[5].display_date');
    expect(differs.message).to.equal('"The morning after" is not carried over: the timeline shows the date as "July 21, 1969"');
    expect(at(problems, 'events[3].display_date')).to.deep.equal([]);
    expect(at(problems, 'events[2].start_date.display_date')).to.deep.equal([]);
  });

  it('reports that eras became range events in the Eras lane', () => {
    const [eras] = at(problems, 'eras');
    expect(eras.severity).to.equal('warning');
    expect(eras.message).to.contain('2 eras become range events').and.contain('"Eras"');
  });

  it('lists exactly the expected problem paths, none from the final parse', () => {
    expect(problems.map((p) => p.path).sort()).to.deep.equal([
      'eras',
      'events[0].text.text',
      'events[2].media.alt',
      'events[2].text.text',
      'events[4].media.url',
      'events[4].start_date',
      'events[4].text.text',
      'events[5].display_date',
      'events[5].unique_id',
      'events[6].text.headline',
      'title.media',
      'title.text.headline',
      'title.text.text',
    ].sort());
  });
});

describe('fromTimelineJS on the cosmological scale', () => {
  const { document, problems } = fromTimelineJS(timelineJsCosmological);

  it('fromTimelineJS(cosmological example) keeps all six slides, deep years as written, with no problems', () => {
    expect(problems).to.deep.equal([]);
    expect(document.title).to.equal('The history of the universe');
    expect(document.events.map((e) => [e.id, e.start])).to.deep.equal([
      ['the-big-bang', '-13798000000'],
      ['the-solar-system-forms', '-4798000000'],
      ['the-dinosaurs-die-out', '-66000000'],
      ['the-first-humans', '-2800000'],
      ['the-great-pyramid-of-giza', '-2559'],
      ['today', '2020-06-02'],
    ]);
  });

  it('the six slides are placed in time order and read as TimelineJS shows them', () => {
    const items = toTimelineItems(document);
    expect(items.map((i) => i.id)).to.deep.equal(document.events.map((e) => e.id));
    const now = Date.UTC(2025, 5, 1);
    expect(items.map((i) => formatDate(i.startDate, 'en', { now }).replace(/\u00a0/g, ' '))).to.deep.equal([
      '13.798 billion years ago', '4.798 billion years ago', '66 million years ago', '2.8 million years ago', '2560 BCE', 'June 2, 2020',
    ]);
  });

  it('a deep year with a month keeps its year and reports the month as ignored', () => {
    const result = fromTimelineJS({ scale: 'cosmological', events: [{ start_date: { year: -66000000, month: 6 }, text: { headline: 'x' } }] });
    expect(result.document.events[0].start).to.equal('-66000000');
    expect(at(result.problems, 'events[0].start_date.month')[0]).to.deep.include({ severity: 'warning', value: 6 });
    expect(at(result.problems, 'events[0].start_date.month')[0].message).to.match(/^ignored: a year this far from now has no months/);
  });

  it('a year of thirteen digits is still not a year', () => {
    const result = fromTimelineJS({ events: [{ start_date: { year: '-1379800000000' }, text: { headline: 'x' } }] });
    expect(result.document.events).to.deep.equal([]);
    expect(at(result.problems, 'events[0].start_date.year')[0].message).to.contain('expected a whole year');
  });

  it('an unknown scale is reported; "human" and "cosmological" are not', () => {
    const [problem] = fromTimelineJS({ scale: 'geological', events: [] }).problems.filter((p) => p.path === 'scale');
    expect(problem.message).to.equal('"geological" is not a TimelineJS scale ("human" or "cosmological"); it is ignored');
    expect(fromTimelineJS({ scale: 'human', events: [] }).problems.filter((p) => p.path === 'scale')).to.deep.equal([]);
  });
});

describe('fromTimelineJS unique_id', () => {
  it('an empty unique_id says so in plain words and names the id the event gets', () => {
    const { document, problems } = fromTimelineJS({ events: [{ unique_id: '', start_date: { year: 2020 }, text: { headline: 'The Big Bang' } }, { unique_id: '  ', start_date: { year: 2021 } }] });
    expect(document.events.map((e) => e.id)).to.deep.equal(['the-big-bang', 'event-2']);
    expect(at(problems, 'events[0].unique_id')).to.deep.equal([{ path: 'events[0].unique_id', severity: 'warning', value: '', message: 'is empty, so the event gets the id "the-big-bang", made from its headline' }]);
    expect(at(problems, 'events[1].unique_id')[0].message).to.equal('is empty, so the event gets the id "event-2", made from its place in the list');
  });
  it('a unique_id that is not text is an error that names the id the event gets', () => {
    const { problems } = fromTimelineJS({ events: [{ unique_id: {}, start_date: { year: 2020 }, text: { headline: 'Moon' } }] });
    expect(at(problems, 'events[0].unique_id')[0]).to.deep.include({ severity: 'error', message: 'expected text, got an object; the event gets the id "moon", made from its headline' });
  });
});

describe('fromTimelineJS on a TimelineJS 2 document', () => {
  const { document, problems } = fromTimelineJS(timelineJs2Example);

  it('fromTimelineJS(TimelineJS 2 example) says it is a TimelineJS 2 document', () => {
    expect(at(problems, 'timeline')).to.deep.equal([{
      path: 'timeline',
      severity: 'warning',
      message: 'this is a TimelineJS 2 document: it is converted from TimelineJS 2\'s format ("date" and "era" slides with "startDate" texts such as "2011,12,10")',
    }]);
  });

  it('fromTimelineJS(TimelineJS 2 example) gives the expected document', () => {
    expect(document).to.deep.equal({
      title: 'Flying the Atlantic',
      description: 'From Kitty Hawk to the jet age.',
      lanes: [{ id: 'flights', label: 'Flights' }, { id: 'eras', label: 'Eras' }],
      events: [
        {
          id: 'first-powered-flight', start: '1903-12-17', title: 'First powered flight', summary: 'The Wright brothers fly at Kitty Hawk.', lane: 'flights',
          media: { src: 'https://upload.wikimedia.org/wikipedia/commons/3/3e/First_flight2.jpg', alt: 'The first flight', credit: 'Library of Congress' },
        },
        {
          id: 'lindbergh-crosses-the-atlantic', start: '1927-05-20', end: '1927-05-21', title: 'Lindbergh crosses the Atlantic', summary: 'New York to Paris, alone.', lane: 'flights',
          sources: [{ label: 'Newsreel', url: 'https://www.youtube.com/watch?v=5Ay5GqJwHF8' }],
        },
        { id: 'amelia-earhart-flies-the-atlantic-alone', start: '1932-05-20', end: '1932-05-21', title: 'Amelia Earhart flies the Atlantic alone', lane: 'flights' },
        { id: 'lucky-lady-ii-lands', start: '1949-03-01T10:30Z', title: 'Lucky Lady II lands', summary: 'The first non-stop flight around the world.' },
        { id: 'jet-airliners-cross-the-atlantic', start: '1958', title: 'Jet airliners cross the Atlantic' },
        { id: 'era-the-pioneer-era', start: '1903', end: '1939', title: 'The pioneer era', lane: 'eras' },
      ],
    });
    expect(parseTimeline(document).problems).to.deep.equal([]);
  });

  it('its problems have TimelineJS 2 paths', () => {
    expect(problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).to.deep.equal([
      'warning timeline: this is a TimelineJS 2 document: it is converted from TimelineJS 2\'s format ("date" and "era" slides with "startDate" texts such as "2011,12,10")',
      'error timeline.date[5].startDate: "next spring" is not a TimelineJS 2 date (write it such as "2011,12,10", "12/10/2011" or "2011"); the slide is left out',
      'warning timeline.text: HTML markup was dropped: the timeline shows plain text',
      'warning timeline.asset: is not carried over: the title slide gives only the title and description',
      'warning timeline.date[0].text: HTML markup was dropped: the timeline shows plain text',
      'warning timeline.date[0].asset.alt: missing: the image\'s text alternative is taken from its caption; write an "alt" that describes the image',
      'error timeline.date[1].asset.media: "https://www.youtube.com/watch?v=5Ay5GqJwHF8" is a YouTube video, not an image: the timeline shows only images, so it is left out and its link is kept as a source',
      'warning timeline.date[3].startDate: TimelineJS times have no time zone; this one is read as UTC (add an offset in the output if it was local time)',
      'warning timeline.era: the timeline has no eras: the 1 era becomes a range event in the lane "Eras"',
    ]);
  });

  it('TimelineJS 2 date texts: commas, slashes, a year, a sign, ISO, a number, with times', () => {
    const dates: unknown[] = ['1932,2,27', '1932,2,27,13,30', '1932,2', '12/2011', '12/10/2011', '2011', '-500', '2011-12-10', 1932, '-13798000000', '2011-12-10T08:15'];
    const { document: doc, problems: found } = fromTimelineJS({ timeline: { headline: 'T', date: dates.map((startDate, i) => ({ startDate, headline: `e${i}` })) } });
    expect(doc.events.map((e) => e.start)).to.deep.equal(['1932-02-27', '1932-02-27T13:30Z', '1932-02', '2011-12', '2011-12-10', '2011', '-0499', '2011-12-10', '1932', '-13798000000', '2011-12-10T08:15Z']);
    expect(found.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('a TimelineJS 2 date that does not exist is reported at its startDate, and the slide left out', () => {
    const { document: doc, problems: found } = fromTimelineJS({ timeline: { headline: 'T', date: [{ startDate: '1932,13,1', headline: 'x' }, { headline: 'no date' }, 'not a slide'] } });
    expect(doc.events).to.deep.equal([]);
    expect(found.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'timeline.date[1].startDate: missing: a TimelineJS 2 slide needs a "startDate" such as "2011,12,10"; the slide is left out',
      'timeline.date[2]: expected a slide object with "startDate", got the text "not a slide"; it is left out',
      'timeline.date[0].startDate: expected a whole number from 1 to 12, got the text "13"; the slide is left out',
    ]);
  });

  it('a TimelineJS 2 document without "date" says where its slides belong', () => {
    const { problems: found } = fromTimelineJS({ timeline: { headline: 'T' } });
    expect(at(found, 'timeline.date')[0].message).to.equal('missing: a TimelineJS 2 document lists its slides in "date"');
  });
});
