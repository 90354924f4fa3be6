/**
 * A small harness that speaks the timeline's language and hides its shadow DOM from the tests:
 * marks, labels, the card and the visible span, as a reader would see them.
 */
import { fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { EventTimelineElement } from '../../src/elements/event-timeline.js';
import type { TimelineDocument } from '../../src/model/types.js';

export type Timeline = EventTimelineElement;

/** The page is 1280 × 900 px, so a 1200 px timeline and its controls are inside the window (mouse input outside it is lost). */
export const VIEWPORT = { width: 1280, height: 900 };
before(async () => {
  await setViewport(VIEWPORT);
});

/** Mounts a timeline `width` px wide from a template, and waits until it has drawn. */
export async function mount(template: TemplateResult, width = 900): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('event-timeline')!;
  await settle(el);
  return el;
}

/** Mounts a timeline showing `doc`. */
export async function mountData(doc: TimelineDocument, attrs: Partial<Record<string, string>> = {}, width = 900): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  el.data = doc;
  wrapper.append(el);
  await settle(el);
  return el;
}

/** Waits for pending renders, resize observation and a couple of frames. */
export async function settle(el: Timeline): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

/** Waits until the timeline has loaded (for `src`). */
export async function loaded(el: Timeline): Promise<void> {
  if (el.document) return settle(el);
  await oneEvent(el, 'timeline-load');
  await settle(el);
}

function root(el: Timeline): ShadowRoot {
  return el.shadowRoot!;
}

/** Event marks currently drawn (in or near view). */
export function marks(el: Timeline): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part~="event"]')];
}

/** The mark of an event, or null when it is not drawn. */
export function mark(el: Timeline, id: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="event"][data-event-id="${CSS.escape(id)}"]`);
}

/** The ids of the marks a reader can see (inside the plot's visible box). */
export function visibleIds(el: Timeline): string[] {
  const plot = part(el, 'plot')!.getBoundingClientRect();
  return marks(el)
    .filter((m) => {
      const r = m.getBoundingClientRect();
      return r.right > plot.left && r.left < plot.right;
    })
    .map((m) => m.dataset.eventId!);
}

/** The first element with a part. */
export function part(el: Timeline, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** All elements with a part. */
export function parts(el: Timeline, name: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The card's text, or null when no card is open. */
export function cardText(el: Timeline): string | null {
  const card = part(el, 'card');
  return card ? card.innerText : null;
}

/** The open card's title, or null when no card is open. */
export function cardTitle(el: Timeline): string | null {
  return part(el, 'card')?.querySelector('h2')?.textContent ?? null;
}

/** The plot's box in viewport px. */
export function plotRect(el: Timeline): DOMRect {
  return part(el, 'plot')!.getBoundingClientRect();
}

/** The time (UTC ms) under viewport x. */
export function timeAt(el: Timeline, clientX: number): number {
  const r = plotRect(el);
  const { start, end } = el.visibleRange;
  return start.getTime() + ((clientX - r.left) / r.width) * (end.getTime() - start.getTime());
}

/** The viewport x of a time. */
export function xOf(el: Timeline, time: number): number {
  const r = plotRect(el);
  const { start, end } = el.visibleRange;
  return r.left + ((time - start.getTime()) / (end.getTime() - start.getTime())) * r.width;
}

/** Span of the view in ms. */
export function span(el: Timeline): number {
  const { start, end } = el.visibleRange;
  return end.getTime() - start.getTime();
}

/** Drags with the real mouse from (x, y) by dx, dy in a few moves. */
export async function drag(x: number, y: number, dx: number, dy = 0, steps = 5): Promise<void> {
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= steps; i++) {
    await sendMouse({ type: 'move', position: [Math.round(x + (dx * i) / steps), Math.round(y + (dy * i) / steps)] });
  }
  await sendMouse({ type: 'up' });
}

/** Clicks the centre of an element with the real mouse. */
export async function click(target: Element): Promise<void> {
  inWindow(target);
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + Math.min(r.width / 2, 20)), Math.round(r.top + r.height / 2)] });
}

/** Boxes of the drawn labels, for overlap checks. */
export function labelBoxes(el: Timeline): Array<{ id: string; box: DOMRect }> {
  return marks(el).map((m) => ({ id: m.dataset.eventId!, box: m.getBoundingClientRect() }));
}

/** Boxes of everything drawn with a label: event marks, deadline labels and "+N" marks. */
export function drawnBoxes(el: Timeline): Array<{ id: string; box: DOMRect }> {
  return [...labelBoxes(el), ...parts(el, 'cluster').map((c) => ({ id: `+${c.dataset.cluster}`, box: c.getBoundingClientRect() }))];
}

/** The number a "+N" mark shows. */
export function clusterCount(cluster: HTMLElement): number {
  return Number(cluster.textContent!.replace(/[^\d]/g, ''));
}

/** Pairs of intersecting boxes (touching edges do not count). */
export function overlaps(boxes: Array<{ id: string; box: DOMRect }>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push([boxes[i]!.id, boxes[j]!.id]);
    }
  }
  return out;
}

/** URL of the demo JSON document (TikTok and BlueLeaks, 2017–2020) on the test server. */
export const DEMO_URL = new URL('../../events/tiktok-2020.json', import.meta.url).href;

export { DAY, utc } from './utc.js';

/**
 * Waits until the view stops moving (an animation finished): the visible range is unchanged
 * for three frames in a row, or `timeoutMs` passed.
 */
export async function still(el: Timeline, timeoutMs = 3000): Promise<void> {
  const t0 = performance.now();
  let last = '';
  let same = 0;
  while (same < 3 && performance.now() - t0 < timeoutMs) {
    await nextFrame();
    const now = `${el.visibleRange.start.getTime()}|${el.visibleRange.end.getTime()}`;
    same = now === last ? same + 1 : 0;
    last = now;
  }
  await settle(el);
}

/** Records the events of one type fired on `el` until `stop()` is called. */
export function record<T = unknown>(el: EventTarget, type: string): { events: Array<CustomEvent<T>>; stop: () => void } {
  const events: Array<CustomEvent<T>> = [];
  const on = (e: Event) => events.push(e as CustomEvent<T>);
  el.addEventListener(type, on);
  return { events, stop: () => el.removeEventListener(type, on) };
}

/** Lets a wheel gesture run out (the timeline settles wheel input after a short pause). */
export async function afterWheel(el: Timeline): Promise<void> {
  await new Promise((r) => setTimeout(r, 250));
  await still(el);
}

/** A point on the plot for gestures: `fx` across its width, in its empty lower part (below the lanes when possible). */
export function plotPoint(el: Timeline, fx = 0.5): [number, number] {
  const r = plotRect(el);
  const lanes = parts(el, 'lane');
  const bottom = lanes.length ? Math.max(...lanes.map((l) => l.getBoundingClientRect().bottom)) : r.top;
  const y = bottom + 10 < r.bottom ? (bottom + r.bottom) / 2 : r.top + 12;
  return [Math.round(r.left + r.width * fx), Math.round(y)];
}

/** Scrolls the page (only the page) so `target` is inside the window, as a reader would before clicking. */
export function inWindow(target: Element): void {
  const r = target.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) window.scrollBy(0, r.top - window.innerHeight / 3);
}
