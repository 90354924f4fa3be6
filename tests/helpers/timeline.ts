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
import type { Scene } from '../../src/scene/types.js';
import { within } from './signals.js';

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
/** Whether a control is unavailable to the reader (`aria-disabled`: it keeps focus when its own press makes it so). */
export function unavailable(control: Element): boolean {
  return control.getAttribute('aria-disabled') === 'true';
}

export async function mountData(doc: TimelineDocument, attrs: Partial<Record<string, string>> = {}, width = 900): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  el.data = doc;
  wrapper.append(el);
  await settle(el);
  return el;
}

/**
 * Waits for pending renders, resize observation and a couple of frames, and until the overlay of
 * focusable marks has caught up with what is drawn (it waits while the view moves in a burst).
 */
export async function settle(el: Timeline): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  const t0 = performance.now();
  // A large document is read and arranged in slices, its progress shown meanwhile; a new zoom's
  // layout may be computed in slices too, the plot `aria-busy` until it is drawn.
  while (el.shadowRoot?.querySelector('[part~="progress"], [part~="plot"][aria-busy="true"]') && performance.now() - t0 < 60_000) {
    await nextFrame();
    await el.updateComplete;
  }
  const t1 = performance.now();
  // A pan slides what was drawn under the plot until the view rests (see `SlideController`).
  while (el.shadowRoot?.querySelector('[part~="plot"]:is(.moving, .sliding)') && performance.now() - t1 < 2000) {
    await nextFrame();
    await el.updateComplete;
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
  return [...root(el).querySelectorAll<HTMLElement>('[part~="event"]:not([data-probe])')];
}

/** The mark of an event, or null when it is not drawn. */
export function mark(el: Timeline, id: string): HTMLElement | null {
  return marks(el).find((m) => m.dataset.eventId === id) ?? null;
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

/** The first element with a part (the theme's hidden probes, which carry parts too, are not counted). */
export function part(el: Timeline, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]:not([data-probe])`);
}

/** All elements with a part (not the theme's hidden probes). */
export function parts(el: Timeline, name: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]:not([data-probe])`)];
}

/**
 * The scene the element last drew: its canvas shows exactly this (the painter computes no
 * geometry of its own, and tests/paint checks the pixels against it).
 */
export function drawn(el: Timeline): Scene {
  const scene = lastScene(el);
  if (!scene) throw new Error('nothing is drawn');
  return scene;
}

/** The scene the element last built, or null before its first (see {@link drawn}). */
export function lastScene(el: Timeline): Scene | null {
  return scenesOf(el).scene;
}

/** The scene drawn and the one the focusable buttons over it show (the element's `SceneController`). */
export function scenesOf(el: Timeline): { scene: Scene | null; overlay: Scene | null } {
  return (el as unknown as { scenes: { scene: Scene | null; overlay: Scene | null } }).scenes;
}

/** A box in plot px moved to viewport px. */
function onPage(el: Timeline, left: number, top: number, width: number, height: number): DOMRect {
  const plot = plotRect(el);
  return new DOMRect(plot.left + left, plot.top + top, width, height);
}

/** An event's drawn label: its text as drawn, whole or cut, and its box in viewport px; null without a mark. */
export function drawnLabel(el: Timeline, id: string): { text: string; full: string; truncated: boolean; box: DOMRect; markBox: DOMRect } | null {
  const scene = drawn(el);
  for (const lane of scene.lanes) {
    for (const m of lane.marks) {
      if (m.item.id !== id) continue;
      const l = m.label;
      return { text: l.text, full: l.full, truncated: l.truncated, box: onPage(el, l.left, m.top, l.width, m.height), markBox: onPage(el, m.left, m.top, m.right - m.left, m.height) };
    }
  }
  const rule = scene.rules.find((r) => r.item?.id === id);
  if (rule) {
    const l = rule.label;
    const box = onPage(el, l.left, l.top, l.width, l.height);
    return { text: `${l.title} ${l.relative}`.trim(), full: l.full, truncated: l.truncated, box, markBox: box };
  }
  return null;
}

/** Where an event's mark says its time is (a point marker's centre, a bar's start), in viewport px. */
export function markX(el: Timeline, id: string): number {
  const m = drawn(el).lanes.flatMap((l) => l.marks).find((mk) => mk.item.id === id);
  if (!m) throw new Error(`${id} has no mark`);
  return plotRect(el).left + m.x;
}

/** The polite live region's words. */
export function spoken(el: Timeline): string {
  return root(el).querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
}

/**
 * Counts the paints of the plot's canvas (each starts by clearing it) until `stop()`; `count`
 * may be set back to 0.
 */
export function countPaints(el: Timeline): { count: number; stop: () => void } {
  const canvas = root(el).querySelector<HTMLCanvasElement>('canvas[part~="canvas"]')!;
  const clearRect = CanvasRenderingContext2D.prototype.clearRect;
  const counter = {
    count: 0,
    stop: () => {
      CanvasRenderingContext2D.prototype.clearRect = clearRect;
    },
  };
  CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof clearRect>) {
    if (this.canvas === canvas) counter.count++;
    return clearRect.apply(this, args);
  };
  return counter;
}

/**
 * The colour the canvases show at viewport (x, y), as `[r, g, b, a]` (0–255): the axis's (its
 * labels, on the axis box's own canvas) where the point is on it, else the plot's.
 */
export function pixel(el: Timeline, x: number, y: number): [number, number, number, number] {
  const axis = root(el).querySelector<HTMLCanvasElement>('[part~="axis"] > canvas:not(.slide)');
  const onAxis = axis && ((b) => y >= b.top && y < b.bottom && x >= b.left && x < b.right)(axis.getBoundingClientRect());
  const canvas = onAxis ? axis : root(el).querySelector<HTMLCanvasElement>('canvas[part~="canvas"]')!;
  const box = canvas.getBoundingClientRect();
  const scale = canvas.width / box.width;
  const data = canvas.getContext('2d')!.getImageData(Math.floor((x - box.left) * scale), Math.floor((y - box.top) * scale), 1, 1).data;
  return [data[0]!, data[1]!, data[2]!, data[3]!];
}

/** A colour as the element's shadow tree resolves it (its private `--_*` properties included), as `[r, g, b]`. */
export function colourIn(el: Timeline, color: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = color;
  el.shadowRoot!.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return rgbOf(resolved);
}

/** Whether two colours are the same but for antialiasing (each channel within `tolerance`). */
export function sameColour(a: readonly number[], b: readonly number[], tolerance = 3): boolean {
  return [0, 1, 2].every((i) => Math.abs(a[i]! - b[i]!) <= tolerance);
}

/** A CSS colour as `[r, g, b]`, as the page resolves it (system colours included). */
export function rgbOf(color: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const m = /(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(getComputedStyle(probe).color)!;
  probe.remove();
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The drawn axis labels of one level, in order (a label an edge would cut, or running into the one before, is not drawn). */
export function tickLabels(el: Timeline, level: 'major' | 'minor'): string[] {
  return drawn(el).axis[level].filter((t) => t.shown).map((t) => t.label);
}

/** The drawn rules ("now" and deadlines): x in viewport px, and the words of their labels. */
export function drawnRules(el: Timeline): Array<{ kind: 'deadline' | 'now'; x: number; text: string; top: number; bottom: number }> {
  const plot = plotRect(el);
  const scene = drawn(el);
  return scene.rules.map((r) => ({ kind: r.kind, x: plot.left + r.x, text: `${r.label.title} ${r.label.relative}`.trim(), top: plot.top + scene.band.top, bottom: plot.top + scene.height }));
}

/** The card's text, or null when no card is open. */
export function cardText(el: Timeline): string | null {
  const card = part(el, 'card');
  return card ? card.innerText : null;
}

/** The open card's title, or null when no card is open. */
export function cardTitle(el: Timeline): string | null {
  return part(el, 'card')?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? null;
}

/** The plot's box in viewport px. */
export function plotRect(el: Timeline): DOMRect {
  return part(el, 'plot')!.getBoundingClientRect();
}

/** The time (UTC ms) under viewport x, through the scale the element draws with. */
export function timeAt(el: Timeline, clientX: number): number {
  return +el.scale.invert(clientX - plotRect(el).left);
}

/** The viewport x of a time, through the scale the element draws with. */
export function xOf(el: Timeline, time: number): number {
  return plotRect(el).left + el.scale(time);
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

/** The number of events a "+N" mark stands for (its accessible name starts with it). */
export function clusterCount(cluster: HTMLElement): number {
  return Number(/^[^\d]*([\d.,\u066c\u00a0\u202f]+)/.exec(cluster.getAttribute('aria-label') ?? '')?.[1]?.replace(/[^\d]/g, '') ?? NaN);
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

/**
 * Lets a wheel gesture run out. The wheel command returns once the page has handled the event;
 * a wheel the timeline took leaves a gesture in progress (the plot is `dragging`) that ends
 * with `timeline-rangechanged` once the wheel has been quiet for a moment; one it left alone
 * (a plain vertical wheel, `no-wheel-zoom`) starts nothing, and the view only has to be still.
 */
export async function afterWheel(el: Timeline): Promise<void> {
  await el.updateComplete;
  if (part(el, 'plot')?.classList.contains('dragging')) await within(oneEvent(el, 'timeline-rangechanged'), 'timeline-rangechanged after the wheel');
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

/** Whether `box` (or an element's) is wholly inside the window (the viewport's height): in the reader's sight. */
export function inside(box: DOMRect | Element): boolean {
  const r = box instanceof Element ? box.getBoundingClientRect() : box;
  return r.top >= 0 && r.bottom <= window.innerHeight;
}

/** Scrolls the page (only the page) so `target` is inside the window, as a reader would before clicking. */
/** For the tests of the `describe` it is called in: a window of `size`, scrolled back to the top after each. */
export function inViewport(size: { width: number; height: number }): void {
  before(async () => {
    await setViewport(size);
  });
  after(async () => {
    await setViewport(VIEWPORT);
  });
  afterEach(() => {
    window.scrollTo(0, 0);
  });
}

/**
 * Waits until the page has stopped scrolling: the same scroll position for ten frames running
 * (longer than the 120 ms a view in a burst of moves waits before the marks in the page follow it,
 * and a story step or a key scrolls the page to a mark).
 */
export async function scrollRest(): Promise<void> {
  let last = NaN;
  for (let same = 0, n = 0; same < 10 && n < 400; n++) {
    await nextFrame();
    same = window.scrollY === last ? same + 1 : 0;
    last = window.scrollY;
  }
}

/**
 * Scrolls the page, as a reader would, until `target` is in the window and not under the plot's
 * axis stuck at its top (a click there lands on the axis, which covers the marks under it).
 */
export function inWindow(target: Element): void {
  const r = target.getBoundingClientRect();
  const root = target.getRootNode();
  const axis = root instanceof ShadowRoot ? root.querySelector('[part~="axis"]')?.getBoundingClientRect() : undefined;
  const under = axis && !target.closest('[part~="axis"]') && axis.top <= 1 && axis.bottom > r.top && r.left < axis.right && r.right > axis.left;
  const covered = under ? axis.bottom : 0;
  if (r.top < covered || r.bottom > window.innerHeight) window.scrollBy(0, r.top - window.innerHeight / 3);
}
