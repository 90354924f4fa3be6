/**
 * Hostile data rendered by <event-timeline>: markup stays text, unsafe URLs and colours never
 * reach an attribute or a style and are reported as problems, prototype keys pollute nothing.
 * `window.__pwned` is what any payload would set if it ran.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/model/types.js';
import type { TimelineErrorDetail, TimelineLoadDetail } from '../../src/dom-events/timeline-events.js';
import { cardText, click, mark, marks, mountData, part, parts, settle, type Timeline, drawnLabel } from '../helpers/timeline.js';
import { MARKUP_PAYLOADS, PROTO_JSON, UNSAFE_COLORS, UNSAFE_URLS, isUnsafeScheme, markupDocument, payloadsHadTheirChance, cssRequestsHadTheirChance, unsafeColorDocument, unsafeUrlDocument } from '../fixtures/hostile.js';

/** Elements that must never come out of data. */
const FORBIDDEN = 'script, iframe, object, embed, svg, math, style, link, meta, base, form, details, a[href^="javascript" i]';

function allElements(el: Timeline): Element[] {
  return [...el.shadowRoot!.querySelectorAll('*')];
}

/** Every `on…` attribute, forbidden element, and unsafe href/src in the element's shadow DOM. */
function dangers(el: Timeline): string[] {
  const out: string[] = [];
  for (const node of allElements(el)) {
    if (node.matches(FORBIDDEN)) out.push(`<${node.localName}>`);
    for (const name of node.getAttributeNames()) {
      if (name.startsWith('on')) out.push(`${node.localName}[${name}]`);
      if (['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href'].includes(name) && isUnsafeScheme(node.getAttribute(name)!)) {
        out.push(`${node.localName}[${name}=${node.getAttribute(name)}]`);
      }
    }
  }
  return out;
}

/** Mounts `input` (any value, as an author's JSON) and returns the load detail. */
async function mountHostile(input: unknown, attrs: Record<string, string> = {}): Promise<{ el: Timeline; load: TimelineLoadDetail; error: TimelineErrorDetail | null }> {
  let load: TimelineLoadDetail | null = null;
  let error: TimelineErrorDetail | null = null;
  const onLoad = (e: Event) => (load = (e as CustomEvent<TimelineLoadDetail>).detail);
  const onError = (e: Event) => (error = (e as CustomEvent<TimelineErrorDetail>).detail);
  document.addEventListener('timeline-load', onLoad);
  document.addEventListener('timeline-error', onError);
  try {
    const el = await mountData(input as TimelineDocument, { 'no-hash': '', ...attrs });
    expect(load, 'timeline-load fired').to.not.equal(null);
    return { el, load: load!, error };
  } finally {
    document.removeEventListener('timeline-load', onLoad);
    document.removeEventListener('timeline-error', onError);
  }
}

/** Opens the card of each event by clicking its mark with the real mouse, checking after each. */
async function openEveryCard(el: Timeline, ids: string[], check: (id: string) => void): Promise<void> {
  for (const id of ids) {
    el.select(null);
    await settle(el);
    const target = mark(el, id);
    expect(target, `mark of ${id}`).to.exist;
    await click(target!);
    await settle(el);
    expect(el.selected, `clicking ${id} selects it`).to.equal(id);
    check(id);
  }
}

describe('<event-timeline> with markup in every text field', () => {
  beforeEach(() => delete window.__pwned);

  it('draws each title as text: the mark reads the payload literally, and no element or handler comes out of it', async () => {
    const { el, load } = await mountHostile(markupDocument());
    expect(load.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(MARKUP_PAYLOADS.map((_, i) => `e${i}`).sort());
    // Drawn as text on the canvas, and named with the same text for screen readers.
    MARKUP_PAYLOADS.forEach((p, i) => {
      const label = drawnLabel(el, `e${i}`)!;
      expect(label.full, `mark e${i}`).to.equal(p);
      expect(mark(el, `e${i}`)!.getAttribute('aria-label'), `name of e${i}`).to.contain(p);
    });
    expect(parts(el, 'lane-label').map((l) => l.textContent!.trim())).to.include.members([MARKUP_PAYLOADS[2], MARKUP_PAYLOADS[3]]);
    expect(dangers(el)).to.deep.equal([]);
    await payloadsHadTheirChance();
    expect(window.__pwned).to.equal(undefined);
  });

  it('clicking every event opens its card with the summary, credit and source label as text, and runs nothing', async () => {
    const { el } = await mountHostile(markupDocument());
    await openEveryCard(el, MARKUP_PAYLOADS.map((_, i) => `e${i}`), (id) => {
      const p = MARKUP_PAYLOADS[Number(id.slice(1))]!;
      const card = part(el, 'card')!;
      expect(card.querySelector('h2')!.textContent, `${id} card title`).to.equal(p);
      expect(cardText(el), `${id} card text`).to.contain(p.trim());
      expect(card.querySelector('figure img')?.getAttribute('alt'), `${id} media alt`).to.equal(p);
      expect(dangers(el), `after opening ${id}`).to.deep.equal([]);
    });
    await payloadsHadTheirChance();
    expect(window.__pwned).to.equal(undefined);
    expect(document.querySelectorAll('body script:not([type="module"]), body svg, body iframe').length, 'nothing was added to the page').to.equal(0);
  });
});

describe('<event-timeline> with unsafe source and media URLs', () => {
  beforeEach(() => delete window.__pwned);

  it('reports each unsafe source URL and media src as an error at its path', async () => {
    const { load, error } = await mountHostile(unsafeUrlDocument());
    const paths = load.problems.filter((p) => p.severity === 'error').map((p) => p.path);
    const expected = UNSAFE_URLS.flatMap((_, i) => [`events[${i}].sources[1].url`, `events[${i}].media.src`]);
    expect(paths.slice().sort()).to.deep.equal(expected.slice().sort());
    expect(error, 'timeline-error with cause "data"').to.include({ cause: 'data' });
  });

  it('keeps every event and its safe source, and no unsafe URL reaches an href or src, also after opening each card', async () => {
    const { el } = await mountHostile(unsafeUrlDocument());
    expect(el.document!.events).to.have.length(UNSAFE_URLS.length);
    const problemsPanel = part(el, 'problems');
    expect(problemsPanel, 'the problems panel lists them').to.exist;
    expect(problemsPanel!.innerText).to.contain('events[0].sources[1].url');
    await openEveryCard(el, UNSAFE_URLS.map((_, i) => `u${i}`), (id) => {
      const card = part(el, 'card')!;
      const hrefs = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs, `${id} links`).to.deep.equal([`https://example.org/${id.slice(1)}`]);
      expect(card.querySelector('img'), `${id} has no picture`).to.equal(null);
      expect(dangers(el), `after opening ${id}`).to.deep.equal([]);
    });
    await payloadsHadTheirChance();
    expect(window.__pwned).to.equal(undefined);
  });
});

describe('<event-timeline> with unsafe lane colours', () => {
  it('drops each colour, reports it at lanes[i].color, and keeps the lane and its event', async () => {
    const { el, load } = await mountHostile(unsafeColorDocument());
    const paths = load.problems.map((p) => p.path);
    expect(paths).to.deep.equal(UNSAFE_COLORS.map((_, i) => `lanes[${i}].color`));
    expect(el.document!.lanes.map((l) => l.color)).to.deep.equal(UNSAFE_COLORS.map(() => undefined));
    expect(parts(el, 'lane')).to.have.length(UNSAFE_COLORS.length);
  });

  it('no injected declaration reaches a style: lanes keep their layout, nothing is fetched, the page stays visible', async () => {
    const { el } = await mountHostile(unsafeColorDocument());
    el.select('c0');
    await settle(el);
    const styled = [...allElements(el)].filter((n) => n instanceof HTMLElement && n.style.length > 0) as HTMLElement[];
    for (const node of styled) {
      expect(node.style.getPropertyValue('--_lane'), 'no lane colour variable').to.equal('');
      expect(node.style.position, 'no injected position').to.not.equal('fixed');
      expect(node.style.backgroundImage, 'no injected background').to.equal('');
    }
    for (const lane of parts(el, 'lane')) {
      expect(getComputedStyle(lane).position).to.not.equal('fixed');
      expect(getComputedStyle(lane).display).to.not.equal('none');
    }
    await cssRequestsHadTheirChance();
    const leaks = performance.getEntriesByType('resource').filter((r) => r.name.includes('colour-leak'));
    expect(leaks.map((r) => r.name), 'requests made through CSS').to.deep.equal([]);
  });
});

describe('<event-timeline> with __proto__ and constructor keys', () => {
  afterEach(() => {
    for (const key of ['polluted', 'summary', 'url']) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('JSON with __proto__/constructor keys and ids draws every event in its lane and pollutes no prototype', async () => {
    const { el, load } = await mountHostile(JSON.parse(PROTO_JSON));
    // The prototype keys written as fields are reported as fields the format does not have, and never read.
    expect(load.problems.map((p) => [p.severity, p.path])).to.deep.equal([
      ['warning', '__proto__'],
      ['warning', 'constructor'],
      ['warning', 'lanes[0].__proto__'],
      ['warning', 'events[0].__proto__'],
      ['warning', 'events[1].constructor'],
      ['warning', 'events[3].sources[0].__proto__'],
    ]);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype').to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).summary).to.equal(undefined);
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['__proto__', 'constructor', 'toString', 'valueOf']);
    expect(parts(el, 'lane-label').map((l) => l.textContent!.trim()).slice(0, 3)).to.deep.equal(['Proto lane', 'Constructor lane', 'Own lane']);
    const laneOf = (id: string) => parts(el, 'lane').findIndex((lane) => lane.contains(mark(el, id)));
    expect(['__proto__', 'constructor', 'toString', 'valueOf'].map(laneOf)).to.deep.equal([0, 1, 2, 3]);
  });

  it('selecting the events named __proto__ and constructor opens their cards; an inherited source URL never appears', async () => {
    const { el } = await mountHostile(JSON.parse(PROTO_JSON));
    await openEveryCard(el, ['__proto__', 'constructor', 'valueOf'], (id) => {
      expect(part(el, 'card')!.querySelector('h2')!.textContent).to.match(/event$/);
      expect(dangers(el), id).to.deep.equal([]);
    });
    expect([...part(el, 'card')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/s']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    const load = oneEvent(el, 'timeline-load');
    el.data = JSON.parse(PROTO_JSON) as TimelineDocument;
    await load;
    expect(({} as Record<string, unknown>).polluted, 'after a second load').to.equal(undefined);
  });
});
