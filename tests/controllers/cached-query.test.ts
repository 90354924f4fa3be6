/** A render root's element found once, and again only when a render replaced it. */
import { expect } from '@open-wc/testing';
import { CachedQuery } from '../../src/controllers/cached-query.js';

describe('CachedQuery', () => {
  it('in(root) finds the element, keeps it while it is in the document, and finds the new one after it is replaced', () => {
    const root = document.createElement('div');
    document.body.append(root);
    root.innerHTML = '<p part="plot" id="a"></p>';
    const plot = new CachedQuery('[part~="plot"]');
    const first = plot.in(root)!;
    expect(first.id).to.equal('a');
    // Kept: another match added later is not looked for while the first is still there.
    root.insertAdjacentHTML('afterbegin', '<p part="plot" id="b"></p>');
    expect(plot.in(root)).to.equal(first);
    first.remove();
    expect(plot.in(root)!.id, 'found again once removed').to.equal('b');
    root.innerHTML = '';
    expect(plot.in(root), 'none').to.equal(null);
    root.remove();
  });
});
