import { expect } from '@open-wc/testing';
import { finish } from '../../src/importers/finish.js';
import { ProblemList } from '../../src/model/problems.js';

describe('finish', () => {
  it('finish(draft) keeps the importer problems first, then the parser problems at the input paths', () => {
    const problems = new ProblemList();
    problems.warning('items[0].style', 'is not carried over');
    const draft = {
      title: 'T',
      lanes: [{ id: 'a', label: 'A', color: 'url(x)' }],
      events: [
        { id: 'ok', start: '2020-01-01', title: 'fine' },
        { id: 'bad', start: '2020-02-01', end: '2020-01-01', title: 'backwards' },
      ],
    };
    const result = finish(draft, problems, { events: ['items[3]', 'items[7]'], lanes: ['groups[2]'], fields: { end: 'until' } });
    expect(result.document.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(result.document.lanes).to.deep.equal([{ id: 'a', label: 'A' }]);
    expect(result.problems.map((p) => [p.path, p.severity])).to.deep.equal([
      ['items[0].style', 'warning'],
      ['groups[2].color', 'error'],
      ['items[7].until', 'error'],
    ]);
  });
});
