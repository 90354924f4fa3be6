/**
 * The demo's pages as a reader opens them: the source article with the timeline embedded in its
 * column, as a newsroom would publish it, and what the pages leave out on paper.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { drawnTimeline, eventMarks, openFrame, until } from './frame.js';

interface Demo {
  events: Array<{ id: string }>;
}

describe('the demo pages', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it("the source article embeds the story's timeline after its opening: the story's months, every event a mark of its own (both FBI SITREPs among them), the column's width", async () => {
    const frame = await openFrame('/demo/article.html');
    const doc = frame.contentDocument!;
    const figure = doc.querySelector('figure.embed')!;
    expect(figure.previousElementSibling!.tagName, 'after the opening paragraphs').to.equal('P');
    expect(figure.nextElementSibling!.textContent).to.equal('Active surveillance during George Floyd protests');
    figure.scrollIntoView();
    const timeline = await drawnTimeline(frame);
    const demo = (await (await fetch('/events/tiktok-2020.json')).json()) as Demo;
    await until('the document', () => timeline.document);
    expect(timeline.document!.events.map((e) => e.id)).to.deep.equal(demo.events.map((e) => e.id));
    const marks = await until('the marks of the first view', () => eventMarks(timeline).length >= 15 && eventMarks(timeline));
    const ids = marks.map((m) => m.dataset.eventId!);
    for (const key of ['fbi-sitrep-1', 'fbi-sitrep-2', 'executive-order', 'eo-deadline']) expect(ids, key).to.include(key);
    expect(timeline.shadowRoot!.querySelectorAll('button[part~="cluster"]').length, 'no "+N" marks').to.equal(0);
    const column = doc.querySelector('main')!.getBoundingClientRect();
    const box = timeline.getBoundingClientRect();
    expect(box.left, 'inside the column').to.be.at.least(column.left);
    expect(box.right, 'inside the column').to.be.at.most(column.right);
    expect(figure.querySelector('figcaption')!.textContent).to.match(/^The events of this article, March to October 2020\./);
  });

  it('on paper the pages leave out the site navigation', async () => {
    for (const page of ['/demo/index.html', '/demo/article.html']) {
      const frame = await openFrame(page);
      const nav = frame.contentDocument!.querySelector('header.masthead nav')!;
      expect(getComputedStyle(nav).display, `${page} on screen`).to.equal('flex');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(nav).display, `${page} on paper`).to.equal('none');
      await emulateMedia({ media: 'screen' });
    }
  });
});
