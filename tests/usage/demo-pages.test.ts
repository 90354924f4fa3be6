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

/** Opens `url` in a fresh borderless iframe of the given size at the page's top left. */
async function openSized(url: string, width: number, height: number): Promise<HTMLIFrameElement> {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;left:0;top:0;border:0;width:${width}px;height:${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
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
    expect(figure.querySelector('figcaption')!.textContent).to.match(/^The events of this article, March to October 2020, and the four that led to them from 2017\./);
    const shown = (selector: string) => getComputedStyle(figure.querySelector(selector)!).display !== 'none';
    expect([shown('.how-wide'), shown('.how-narrow')], 'the instructions for a mouse and a plot').to.deep.equal([true, false]);
  });

  it("on a phone the article's caption says what the reader has: a list to tap, not a strip to drag", async () => {
    const frame = await openSized('/demo/article.html', 375, 812);
    const doc = frame.contentDocument!;
    const timeline = await until('the timeline read vertically', () => doc.querySelector('figure.embed event-timeline:state(vertical)'));
    // The list starts with the events of 2017 the caption names.
    await until('its rows', () => timeline.shadowRoot!.querySelector('.v-event'));
    const caption = doc.querySelector('figure.embed figcaption')!;
    const visible = (e: Element) => getComputedStyle(e).display !== 'none';
    expect(visible(caption.querySelector('.how-wide')!), 'no strip to drag').to.equal(false);
    expect(visible(caption.querySelector('.how-narrow')!)).to.equal(true);
    expect(caption.querySelector('.how-narrow')!.textContent).to.match(/^Tap an event/);
  });

  for (const [width, height] of [[375, 812], [1024, 768], [768, 1024]]) {
    it(`the story's Start is on the first screen of a ${width} × ${height} window, after the page's headline and intro`, async () => {
      const frame = await openSized('/demo/index.html', width, height);
      const start = () => frame.contentDocument?.querySelector('#story')?.shadowRoot?.querySelector<HTMLElement>('[part~="start"]');
      // Where Start is once it stays put for ten frames (the element settles its orientation and rows).
      let last = '';
      let same = 0;
      await until('Start at rest', () => {
        const r = start()?.getBoundingClientRect();
        const at = r && r.height > 0 ? `${r.top}|${r.bottom}` : '';
        same = at && at === last ? same + 1 : 0;
        last = at;
        return same >= 10;
      });
      const box = start()!.getBoundingClientRect();
      expect(box.top, 'below the page\'s intro').to.be.above(frame.contentDocument!.querySelector('.standfirst')!.getBoundingClientRect().bottom);
      expect(box.bottom, 'inside the first screen').to.be.at.most(height);
    });
  }

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
