/**
 * The editor data the package ships (web-types.json for JetBrains IDEs, vscode.*-custom-data.json
 * for VS Code, named from package.json) offers what the elements really take: the attributes
 * `<event-timeline>` reacts to, and properties each element has.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { EventTimelineElement } from '../../src/index.js';

interface WebTypesElement {
  name: string;
  description: string;
  attributes: Array<{ name: string; value: { type: string } }>;
  js: { properties: Array<{ name: string; type: string }>; events: Array<{ name: string }> };
  css: { properties: Array<{ name: string }>; parts: Array<{ name: string }> };
}
interface VsCodeTag {
  name: string;
  attributes: Array<{ name: string; valueSet?: string; values?: Array<{ name: string }> }>;
}

const load = async <T>(path: string): Promise<T> => (await (await fetch(path)).json()) as T;

describe('editor data: web-types.json and VS Code custom data', () => {
  let pkg: Record<string, unknown>;
  let webTypes: { contributions: { html: { elements: WebTypesElement[] } } };
  let html: { tags: VsCodeTag[] };
  let css: { properties: Array<{ name: string }> };
  before(async () => {
    pkg = await load('/package.json');
    webTypes = await load(`/${String(pkg['web-types']).replace(/^\.\//, '')}`);
    html = await load('/vscode.html-custom-data.json');
    css = await load('/vscode.css-custom-data.json');
  });

  const webTag = (name: string) => webTypes.contributions.html.elements.find((e) => e.name === name)!;
  const vsTag = (name: string) => html.tags.find((t) => t.name === name)!;

  it('both list the three tags', () => {
    expect(webTypes.contributions.html.elements.map((e) => e.name)).to.deep.equal(['event-timeline', 'timeline-event', 'timeline-lane']);
    expect(html.tags.map((t) => t.name)).to.deep.equal(['event-timeline', 'timeline-event', 'timeline-lane']);
  });

  it("offer exactly the attributes <event-timeline> reacts to", () => {
    const observed = [...(EventTimelineElement as unknown as { observedAttributes: string[] }).observedAttributes].sort();
    expect(webTag('event-timeline').attributes.map((a) => a.name).sort()).to.deep.equal(observed);
    expect(vsTag('event-timeline').attributes.map((a) => a.name).sort()).to.deep.equal(observed);
  });

  it('name properties each element has, and its events, parts and custom properties', () => {
    for (const el of webTypes.contributions.html.elements) {
      const node = document.createElement(el.name);
      for (const p of el.js.properties) expect(p.name in node, `${el.name}.${p.name}`).to.equal(true);
    }
    const timeline = webTag('event-timeline');
    expect(timeline.js.events.map((e) => e.name)).to.include.members(['timeline-select', 'timeline-rangechanged', 'timeline-error']);
    expect(timeline.css.parts.map((p) => p.name)).to.include.members(['event', 'card', 'lane-label']);
    expect(css.properties.map((p) => p.name)).to.include('--timeline-row-height');
    expect(timeline.attributes.find((a) => a.name === 'no-hash')!.value.type).to.equal('boolean');
  });

  it('VS Code completes boolean attributes without a value and `view` with its two values', () => {
    const attrs = vsTag('event-timeline').attributes;
    expect(attrs.find((a) => a.name === 'no-wheel-zoom')!.valueSet).to.equal('v');
    expect(attrs.find((a) => a.name === 'view')!.values!.map((v) => v.name)).to.deep.equal(['timeline', 'list']);
    expect(vsTag('timeline-event').attributes.find((a) => a.name === 'kind')!.values!.map((v) => v.name)).to.deep.equal(['event', 'deadline']);
  });
});
