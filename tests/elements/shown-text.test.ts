import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { shownText } from '../../src/elements/directives/shown-text.js';

// `shownText` owns its text node and compares with the node, not with what it last wrote: the
// slide writes the toolbar's and the overview's words between renders (see SlideController).
describe('shownText', () => {
  it('shows the text given at every render, also after other code wrote its node', () => {
    const box = document.createElement('p');
    const view = (text: string) => render(html`<b>x</b> ${shownText(text)}`, box);
    view('April – July 2020');
    expect(box.textContent).to.equal('x April – July 2020');
    const node = [...box.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).pop() as Text;
    node.data = 'June – September 2020';
    view('April – July 2020');
    expect(box.textContent, 'the same text again shows it again').to.equal('x April – July 2020');
    view('May 2020');
    expect(box.textContent).to.equal('x May 2020');
    expect([...box.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).pop(), 'one node throughout').to.equal(node);
  });

  it('belongs in a child position only', () => {
    const box = document.createElement('p');
    expect(() => render(html`<span title=${shownText('a')}></span>`, box)).to.throw(/child position/);
  });
});
