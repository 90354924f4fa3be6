import { expect } from '@open-wc/testing';
import { drawnTimeline, eventMarks, openFrame, until } from './frame.js';

/** The Markdown post from the README's "In a Markdown post" section, as written there. */
async function readmeMarkdownPost(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('### In a Markdown post'));
  const block = /```markdown\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README has no ```markdown block under "In a Markdown post"');
  return block[1]!;
}

describe('Markdown/static sites: the README snippet', () => {
  it('the raw HTML of the post, as a Markdown renderer passes it through, renders the timeline', async () => {
    const post = await readmeMarkdownPost();
    const from = post.indexOf('<script');
    const to = post.indexOf('</event-timeline>') + '</event-timeline>'.length;
    expect(from, 'a <script> in the post').to.be.greaterThan(-1);
    // The site's static /assets/ folder is the package's bundle and the demo data on the test server.
    const html = post.slice(from, to).replace('/assets/event-timeline.js', '/bundle/event-timeline.js').replace('/assets/tiktok-2020.json', '/events/tiktok-2020.json');
    expect(html).to.contain('/bundle/event-timeline.js').and.to.contain('/events/tiktok-2020.json');

    const frame = await openFrame('', `<!doctype html><html lang="en"><body><p>Before.</p>${html}<p>After.</p></body></html>`);
    const timeline = await drawnTimeline(frame);
    await until('the document', () => timeline.document);
    expect(timeline.getAttribute('aria-label')).to.equal('TikTok, BlueLeaks and U.S. authorities in 2020');
    expect(timeline.document!.events.length).to.equal(23);
    expect(eventMarks(timeline).length).to.be.greaterThan(4);
  });
});
