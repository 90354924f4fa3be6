import { expect, html } from '@open-wc/testing';
import { TimelineLaneElement } from '../../src/index.js';
import { mount, part, parts, settle, type Timeline } from '../helpers/timeline.js';

const markup = () => html`<event-timeline>
  <timeline-lane id="government" label="Government" color="#1d5fbf"></timeline-lane>
  <timeline-lane id="company">The company</timeline-lane>
  <timeline-event id="order" lane="government"><time datetime="2020-08-06"></time><h3>Executive order signed</h3></timeline-event>
  <timeline-event id="talks" lane="company"><time datetime="2020-08-02"></time><h3>Sale talks</h3></timeline-event>
  <timeline-event id="suit" lane="courts"><time datetime="2020-08-24"></time><h3>TikTok sues</h3></timeline-event>
</event-timeline>`;

function laneLabels(el: Timeline): string[] {
  return parts(el, 'lane-label').map((l) => l.textContent!.trim());
}

/** Waits for the timeline's MutationObserver, its re-read and the render. */
async function afterEdit(el: Timeline): Promise<void> {
  await Promise.resolve();
  await settle(el);
}

describe('<timeline-lane> children', () => {
  it('is a registered element with label and color properties over its attributes', () => {
    const lane = document.createElement('timeline-lane');
    expect(lane).to.be.instanceOf(TimelineLaneElement);
    lane.label = 'Courts';
    lane.color = 'teal';
    expect([lane.getAttribute('label'), lane.getAttribute('color')]).to.deep.equal(['Courts', 'teal']);
    lane.color = null;
    expect(lane.hasAttribute('color')).to.equal(false);
  });

  it('declared lanes come first, labelled by label, then by their text; undeclared lanes follow by their id', async () => {
    const el = await mount(markup());
    expect(laneLabels(el)).to.deep.equal(['Government', 'The company', 'courts']);
    const swatch = part(el, 'lane-label')!.querySelector('.lane-label-swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(29, 95, 191)');
  });

  it("setting a lane's label property relabels the drawn lane", async () => {
    const el = await mount(markup());
    el.querySelector<TimelineLaneElement>('timeline-lane#company')!.label = 'ByteDance';
    await afterEdit(el);
    expect(laneLabels(el)).to.deep.equal(['Government', 'ByteDance', 'courts']);
  });

  it('an unsafe colour is left out and listed as a problem, like one in an event file', async () => {
    const el = await mount(markup());
    el.querySelector<TimelineLaneElement>('timeline-lane#government')!.color = 'red; background: url(x)';
    await afterEdit(el);
    expect(el.document!.lanes[0]).to.deep.equal({ id: 'government', label: 'Government' });
    expect(part(el, 'problems')!.innerText).to.contain('lanes[0].color');
  });
});
