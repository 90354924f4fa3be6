/**
 * The element under a strict Content-Security-Policy with Trusted Types, in a page served by
 * scripts/wtr-test-server.mjs (`/__test-server/csp-page`) and loaded in an iframe:
 *
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:;
 *   require-trusted-types-for 'script'; trusted-types lit-html; object-src 'none'; base-uri 'none'
 *
 * No 'unsafe-inline', no 'unsafe-eval'; the only Trusted Types policy is Lit's own `lit-html`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimelineElement } from '../../src/elements/event-timeline.js';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { frames, until } from '../helpers/signals.js';

interface CspRecord {
  violations: Array<{ directive: string; blocked: string; sample: string; source: string }>;
  consoleErrors: string[];
}
type FrameWindow = Window & { __csp?: CspRecord };

/** Loads the strict page in an iframe and waits until its timeline has drawn the demo's marks. */
async function strictPage(query = ''): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; el: EventTimelineElement }> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="strict page" style="width:1000px;height:600px;border:0" src=${`/__test-server/csp-page${query}`}></iframe>`);
  const win = await until('the frame window', () => frame.contentWindow as FrameWindow | null, 8000);
  const el = await until('the element', () => win.document?.querySelector('event-timeline') as EventTimelineElement | null, 8000);
  await until('the element to be defined', () => win.customElements?.get('event-timeline'), 8000);
  await until('the demo to load', () => el.document, 8000);
  await until('marks to render', () => (el.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) > 5, 8000);
  return { frame, win, el };
}

/** Violations summarised as distinct "directive (blocked) at source" lines, with counts. */
function summary(record: CspRecord): string[] {
  const counts = new Map<string, number>();
  for (const v of record.violations) {
    const key = `${v.directive} (${v.blocked}${v.sample ? `: ${v.sample}` : ''}) at ${v.source.replace(location.origin, '')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${n}× ${key}`);
}

/** The reports posted so far, once one containing `text` has arrived (the server waits up to 15 s for it). */
async function reportsOnceOneHas(text: string): Promise<Array<Record<string, string>>> {
  const posted = (await (await fetch(`/__test-server/csp-reports?wait=${encodeURIComponent(text)}`)).json()) as string[];
  return posted.map((r) => (JSON.parse(r) as { 'csp-report': Record<string, string> })['csp-report']);
}

describe('<event-timeline> in a page with a strict CSP and Trusted Types', () => {
  it('the strict page is really strict: eval, inline style attributes and innerHTML strings are refused there', async () => {
    const { win } = await strictPage();
    const before = win.__csp!.violations.length;
    const probe = win.document.createElement('div');
    win.document.body.append(probe);
    expect(() => (win as unknown as { eval: (s: string) => unknown }).eval('1 + 1'), 'eval is blocked').to.throw();
    expect(() => (probe.innerHTML = '<b>x</b>'), 'a string to innerHTML is blocked by Trusted Types').to.throw(/TrustedHTML/);
    probe.setAttribute('style', 'width: 123px');
    await frames(2);
    expect(probe.getBoundingClientRect().width, 'an inline style attribute is not applied').to.not.equal(123);
    const directives = [...new Set(win.__csp!.violations.slice(before).map((v) => v.directive))];
    expect(directives, 'the violations are seen by the page\'s listener').to.include.members(['require-trusted-types-for', 'style-src-attr']);
  });

  it('loads the demo through src, draws its events, and reports no CSP violation', async () => {
    const { win, el } = await strictPage();
    await frames(4);
    expect(el.document!.events).to.have.length(tiktok2020.events.length);
    const mark = el.shadowRoot!.querySelector<HTMLElement>('[part~="event"][data-event-id="musically-merged"]');
    expect(mark, 'a demo event is drawn').to.exist;
    const box = mark!.getBoundingClientRect();
    expect(box.width, 'marks are laid out (their inline styles apply)').to.be.greaterThan(0);
    const record = win.__csp!;
    expect(summary(record), 'CSP violations').to.deep.equal([]);
    expect(record.consoleErrors, 'console errors in the frame').to.deep.equal([]);
  });

  it('marks are positioned by their styles under the policy: two marks of different dates sit at different x', async () => {
    const { win, el } = await strictPage();
    await frames(4);
    const xs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((m) => Math.round(m.getBoundingClientRect().left));
    expect(new Set(xs).size, 'distinct positions of the marks').to.be.greaterThan(3);
    expect(summary(win.__csp!), 'CSP violations').to.deep.equal([]);
  });

  it('selecting an event (card with lane colour, sources, media), zooming and panning report no violation', async () => {
    const { win, el } = await strictPage();
    const withMedia = tiktok2020.events.find((e) => 'media' in e && e.media)?.id ?? tiktok2020.events[0]!.id;
    el.select(withMedia);
    await until('the card', () => el.shadowRoot!.querySelector('[part~="card"]'));
    el.zoomTo('2020-06-01', '2020-07-01', false);
    await frames(3);
    el.zoomTo('2020-07-01', '2020-08-01', false);
    await frames(3);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-out"]')!.click();
    await frames(20);
    el.select(null);
    await frames(3);
    expect(summary(win.__csp!), 'CSP violations').to.deep.equal([]);
    expect(win.__csp!.consoleErrors).to.deep.equal([]);
  });

  it('nothing is posted to the policy\'s report-uri by a page without deliberate violations', async () => {
    // Only this page's reports count (the first test provoked violations on purpose in pages of its own).
    const run = crypto.randomUUID();
    const { win, el } = await strictPage(`?run=${run}`);
    el.select(tiktok2020.events[0]!.id);
    await frames(10);
    // Then one deliberate violation, after everything the timeline did: once its report has
    // arrived, a report of anything before it would have too.
    const sentinel = `csp-sentinel-${run}.invalid`;
    const img = win.document.createElement('img');
    img.src = `http://${sentinel}/blocked.png`;
    win.document.body.append(img);
    const reports = (await reportsOnceOneHas(sentinel)).filter((r) => r['document-uri']?.includes(run));
    expect(reports.some((r) => r['blocked-uri']?.includes(sentinel)), 'the sentinel violation was reported').to.equal(true);
    const others = reports.filter((r) => !r['blocked-uri']?.includes(sentinel)).map((r) => `${r['effective-directive']} (${r['blocked-uri']}) at ${r['source-file']}`);
    expect(others, 'reports posted by the browser').to.deep.equal([]);
  });
});
