/**
 * Loads an example page in an iframe of the test page, as a reader's browser would load it,
 * and speaks about the timeline inside it without importing the library into the test page.
 */
import { sendMouse, setViewport } from '@web/test-runner-commands';

/** What the tests read from a timeline living in another document (another copy of the library). */
export interface FramedTimeline extends HTMLElement {
  readonly document: { title: string; events: Array<{ id: string; title: string }> } | null;
  data: unknown;
}

export const FRAME = { width: 1000, height: 640 };

before(async () => {
  await setViewport({ width: 1100, height: 800 });
});

/** Opens `url` (or, with `srcdoc`, the given HTML) in a fresh borderless iframe at the page's top left. */
export async function openFrame(url: string, srcdoc?: string): Promise<HTMLIFrameElement> {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;left:0;top:0;border:0;width:${FRAME.width}px;height:${FRAME.height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (srcdoc === undefined) frame.src = url;
  else frame.srcdoc = srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Polls `check` each frame until it returns a value other than null/undefined/false, or throws after `timeoutMs`. */
export async function until<T>(what: string, check: () => T | null | undefined | false, timeoutMs = 8000): Promise<T> {
  const t0 = performance.now();
  for (;;) {
    const value = check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** The frame's `<event-timeline>`, once it is upgraded and has drawn event marks. */
export async function drawnTimeline(frame: HTMLIFrameElement): Promise<FramedTimeline> {
  return until('the timeline to draw its events', () => {
    const el = frame.contentDocument?.querySelector<FramedTimeline>('event-timeline');
    return el && el.shadowRoot && eventMarks(el).length > 0 ? el : null;
  });
}

/** The event marks drawn in the timeline. */
export function eventMarks(el: FramedTimeline): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"][data-event-id]')];
}

/**
 * A drawn mark whose centre is inside the frame and not covered by anything else: the point is
 * on the plot (a mark's button takes no pointer input: the plot hit-tests what it drew).
 */
export function clickableMark(el: FramedTimeline): HTMLElement {
  const mark = eventMarks(el).find((m) => {
    const r = m.getBoundingClientRect();
    const [x, y] = [r.left + Math.min(r.width / 2, 20), r.top + r.height / 2];
    if (x < 0 || y < 0 || x > FRAME.width || y > FRAME.height) return false;
    return !!el.shadowRoot!.elementFromPoint(x, y)?.closest('[part~="plot"]');
  });
  if (!mark) throw new Error('no event mark can be clicked');
  return mark;
}

/** Clicks a mark inside the frame with the real mouse (frame coordinates plus the frame's offset). */
export async function clickInFrame(frame: HTMLIFrameElement, target: Element): Promise<void> {
  const f = frame.getBoundingClientRect();
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(f.left + r.left + Math.min(r.width / 2, 20)), Math.round(f.top + r.top + r.height / 2)] });
}

/** Module URLs the frame loaded (scripts and imports), as paths. */
export function loadedScripts(frame: HTMLIFrameElement): string[] {
  const entries = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return entries.filter((e) => e.initiatorType === 'script' || e.initiatorType === 'other' || e.name.endsWith('.js')).map((e) => new URL(e.name).pathname);
}
