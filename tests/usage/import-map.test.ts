/**
 * The README's import-map recipe, as written, with each CDN URL pointed at the same file of this
 * package or of node_modules/, served as a static server serves it (no bare-import rewriting).
 */
import { expect } from '@open-wc/testing';
import { drawnTimeline, loadedScripts, openFrame, until } from './frame.js';

const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/((?:@[^/@]+\/)?[^/@]+)@([^/"]+)\//g;
const RAW = '/__test-server/raw/';

async function readmeImportMapPage(): Promise<{ page: string; versions: Array<[string, string]> }> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('**Unbundled, with an import map.**'));
  const block = /```html\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README has no ```html block after "Unbundled, with an import map."');
  const versions: Array<[string, string]> = [];
  const page = block[1]
    .replace(CDN, (_, name: string, version: string) => {
      versions.push([name, version]);
      return name === 'event-timeline' ? RAW : `${RAW}node_modules/${name}/`;
    })
    .replace('src="timeline.json"', 'src="/events/tiktok-2020.json" no-hash');
  return { page, versions };
}

describe('README: the import-map recipe for the unbundled modules', () => {
  it('names the versions this package and its tests use', async () => {
    const { versions } = await readmeImportMapPage();
    const own = (await (await fetch('/package.json')).json()) as { version: string };
    expect(versions.length).to.be.greaterThan(10);
    for (const [name, version] of versions) {
      const installed = name === 'event-timeline' ? own : ((await (await fetch(`/node_modules/${name}/package.json`)).json()) as { version: string });
      expect(version, name).to.equal(installed.version);
    }
  });

  it('renders the timeline from dist/ and the dependencies, each its own file, with no error', async () => {
    const { page } = await readmeImportMapPage();
    const frame = await openFrame('', `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${page}</body></html>`);
    const errors: string[] = [];
    frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
    const timeline = await drawnTimeline(frame);
    await until('the document', () => timeline.document);
    expect(timeline.document!.events.length).to.be.greaterThan(4);
    const scripts = loadedScripts(frame).filter((p) => p.endsWith('.js') || p.endsWith('.mjs'));
    expect(scripts).to.include.members([`${RAW}dist/define.js`, `${RAW}dist/elements/event-timeline.js`, `${RAW}node_modules/lit-html/lit-html.js`]);
    expect(scripts.filter((p) => !p.startsWith(RAW) && !p.startsWith('/__web-dev-server')), 'every module from the map').to.deep.equal([]);
    expect(scripts.some((p) => p.includes('/bundle/')), 'not the bundle').to.equal(false);
    expect(errors).to.deep.equal([]);
  });
});
