import { expect } from '@open-wc/testing';
import { DataSet } from 'vis-data/standalone';
import { fromVisTimeline } from '../../src/importers/vis-timeline.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineProblem } from '../../src/model/problems.js';
import { visGroups, visItems } from './fixtures/vis-example.js';

const at = (problems: TimelineProblem[], path: string) => problems.filter((p) => p.path === path);
const expectedDocument = {
  title: 'Imported from vis-timeline',
  lanes: [
    { id: 'missions', label: 'Missions' },
    { id: 'launches', label: 'Launches' },
  ],
  events: [
    { id: '1', start: '1957-10-04', title: 'Sputnik 1', lane: 'launches' },
    { id: '2', start: '1961-04-12T06:07Z', title: 'Vostok 1', lane: 'launches' },
    { id: '3', start: '1961-05-25', end: '1972-12-19', title: 'Apollo program', summary: 'NASA\u2019s crewed Moon programme', lane: 'missions' },
    { id: 'a11', start: '1969-07-16T13:32Z', end: '1969-07-24T16:50Z', title: 'Apollo 11', lane: 'missions' },
    { id: 'iss', start: '2000-11-02', title: 'ISS crewed', lane: 'missions' },
    { id: 'gemini', start: '1965-03-23T14:24:00Z', title: 'Gemini 3', lane: 'missions' },
  ],
};

describe('fromVisTimeline', () => {
  const { document, problems } = fromVisTimeline(visItems, visGroups);

  it('fromVisTimeline(items, groups) gives lanes in group order and the expected events', () => {
    expect(document).to.deep.equal(expectedDocument);
    expect(parseTimeline(document).problems).to.deep.equal([]);
  });

  it('reports the background item (left out), style and className (not carried), a box end (ignored) and markup', () => {
    expect(at(problems, 'items[5]')[0]).to.include({ severity: 'error' });
    expect(at(problems, 'items[5]')[0].message).to.contain('background');
    expect(at(problems, 'items[4].style')[0]).to.include({ severity: 'warning', value: 'color: red;' });
    expect(at(problems, 'items[4].className')[0]).to.include({ severity: 'warning', value: 'long' });
    expect(at(problems, 'items[6].end')[0].message).to.contain('box item');
    expect(at(problems, 'items[2].content')[0].message).to.contain('HTML markup was dropped');
    expect(at(problems, 'items[2].title')[0].message).to.contain('HTML markup was dropped');
    expect(at(problems, 'groups[1].className')).to.have.length(1);
    expect(problems.map((p) => p.path).sort()).to.deep.equal(
      ['groups[1].className', 'groups[1].content', 'items[2].content', 'items[2].title', 'items[4].className', 'items[4].style', 'items[5]', 'items[6].end'].sort(),
    );
  });

  it('reads vis-data DataSets like arrays', () => {
    const fromSets = fromVisTimeline(new DataSet(visItems as never[]), new DataSet(visGroups));
    expect(fromSets.document).to.deep.equal(expectedDocument);
  });

  it('a calendar range end is exclusive in vis: 2020-06-01..2020-06-05 (midnight) ends on 4 June; a one-day range ends on its start', () => {
    const { document: doc } = fromVisTimeline([
      { id: 'a', content: 'A', start: '2020-06-01', end: '2020-06-05' },
      { id: 'b', content: 'B', start: Date.UTC(2020, 5, 1), end: Date.UTC(2020, 5, 2) },
      { id: 'c', content: 'C', start: Date.UTC(2020, 5, 1, 12), end: Date.UTC(2020, 5, 2) },
    ]);
    expect(doc.events.map((e) => [e.start, e.end])).to.deep.equal([
      ['2020-06-01', '2020-06-04'],
      ['2020-06-01', '2020-06-01'],
      ['2020-06-01T12:00Z', '2020-06-02T00:00Z'],
    ]);
  });

  it('dates: Date objects and numbers at UTC midnight become calendar dates, others UTC date-times; offsets are kept; BCE works', () => {
    const bce = new Date(0);
    bce.setUTCFullYear(-43, 2, 15);
    const { document: doc, problems: p } = fromVisTimeline([
      { id: 1, content: 'a', start: new Date(Date.UTC(2020, 0, 31)) },
      { id: 2, content: 'b', start: Date.UTC(2020, 0, 31, 0, 0, 1, 500) },
      { id: 3, content: 'c', start: '2020-06-02T14:30:00+02:00' },
      { id: 4, content: 'd', start: bce },
      { id: 5, content: 'e', start: '2020-06-02 14:30' },
      { id: 6, content: 'f', start: '/Date(1591056000000)/' },
    ]);
    expect(doc.events.map((e) => e.start)).to.deep.equal(['2020-01-31', '2020-01-31T00:00:01.500Z', '2020-06-02T14:30:00+02:00', '-0043-03-15', '2020-06-02T14:30Z', '2020-06-02']);
    expect(at(p, 'items[4].start')[0].message).to.contain('no time zone');
  });

  it('items without ids get item-n; duplicate ids get a suffix; a range without end becomes a point; bad dates are left out', () => {
    const { document: doc, problems: p } = fromVisTimeline([
      { content: 'no id', start: '2020-01-01' },
      { id: 'x', content: 'first', start: '2020-01-02' },
      { id: 'x', content: 'second', start: '2020-01-03' },
      { id: 'r', content: 'range', start: '2020-01-04', type: 'range' },
      { id: 'bad', content: 'bad', start: 'June 2, 2020' },
      { id: 'back', content: 'backwards', start: '2020-02-01', end: '2020-01-01' },
    ]);
    expect(doc.events.map((e) => [e.id, e.end])).to.deep.equal([['item-1', undefined], ['x', undefined], ['x-2', undefined], ['r', undefined], ['back', undefined]]);
    expect(at(p, 'items[2].id')[0].severity).to.equal('warning');
    expect(at(p, 'items[3].end')[0].message).to.contain('kept as a point');
    expect(at(p, 'items[4].start')[0]).to.include({ severity: 'error', value: 'June 2, 2020' });
    expect(at(p, 'items[5].end')[0].message).to.contain('not after the start');
  });

  it('an item in a group nobody declared gets a lane of its own, with a warning', () => {
    const { document: doc, problems: p } = fromVisTimeline([{ id: 1, content: 'a', start: '2020-01-01', group: 'elsewhere' }], [{ id: 'g', content: 'G' }]);
    expect(doc.lanes).to.deep.equal([{ id: 'g', label: 'G' }, { id: 'elsewhere', label: 'elsewhere' }]);
    expect(doc.events[0].lane).to.equal('elsewhere');
    expect(at(p, 'items[0].group')[0].severity).to.equal('warning');
  });

  it('a warning about dropped markup counts only the links it kept as sources, in the content and in the tooltip', () => {
    const { document, problems } = fromVisTimeline([
      { id: 1, start: '2020-08-06', content: 'A <a href="javascript:alert(1)">bad</a> link', title: 'See <a href="https://example.org/r">the report</a>' },
    ]);
    expect(document.events[0]!.sources).to.deep.equal([{ label: 'the report', url: 'https://example.org/r' }]);
    expect(at(problems, 'items[0].content').map((p) => p.message)).to.deep.equal([
      'the link "javascript:alert(1)" is not an http(s) URL; it is left out',
      'HTML markup was dropped: the timeline shows plain text',
    ]);
    expect(at(problems, 'items[0].title').map((p) => p.message)).to.deep.equal(['HTML markup was dropped: the timeline shows plain text; its link is kept as a source']);
  });
});
