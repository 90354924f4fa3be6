import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { setStyles } from './directives/set-styles.js';
import { place } from './directives/place.js';
import type { TimelineItem } from '../model/items.js';
import type { Scene, SceneBucket, SceneCluster, SceneLane, SceneMark, SceneRule, SceneStrip } from '../scene/types.js';
import { parseStripKey, shownBucket } from '../scene/strip.js';
import { cutLabelOf } from '../scene/cut-label.js';
import type { TabStop } from '../scene/tab-stop.js';
import { ownDirection } from './own-direction.js';

/** What the plot template needs. */
export interface PlotInput {
  /** This frame's scene: the plot's size and its lanes' boxes. */
  scene: Scene | null;
  /** The height the plot asks for (its content's, within the cap; a page may give it another). */
  height: number;
  /** What the overlay of focusable marks shows (the frame's scene, or the last settled one while moving). */
  overlay: Scene | null;
  tabStop: TabStop;
  selectedId: string | null;
  dragging: boolean;
  /** The view has not come to rest: the overlay shows the last settled scene until it does. */
  moving: boolean;
  /**
   * What is drawn is not yet all a screen reader gets (`aria-busy` until it is): a coarser layout
   * stands in while the one for this zoom is computed, or the overlay waits for the view to rest.
   */
  busy: boolean;
  /** The event under the pointer or with keyboard focus: its whole title shows when its label is cut. */
  pointed: string | null;
  /** Accessible name of the lanes' list and of the deadlines' list. */
  label: string;
  /** The id of what names the plot (the visible span, in words). */
  spanId: string;
  /** The axis's scale in words ("Time axis: a mark every 1 week"): the plot's description. */
  scaleText: string;
  deadlinesLabel: string;
  /** An event's accessible name. */
  name: (item: TimelineItem) => string;
  /** A "+N" mark's accessible name. */
  clusterName: (cluster: SceneCluster) => string;
  /** A density strip's summary ("Politics: 16,702 events, busiest in March 2011") and a bucket's words ("March 2011: 412 events"). */
  stripName: (lane: SceneLane) => string;
  /** A strip's key: "a bar per 3 months, full height 510 events". */
  stripScale: (strip: SceneStrip) => string;
  bucketName: (bucket: SceneBucket) => string;
  onKeydown: (e: KeyboardEvent) => void;
  /** Focus moved to an event's mark (its id), to a "+N" mark (its key), or out of the plot (both null). */
  onFocusChange: (id: string | null, cluster: string | null) => void;
  onActivate: (id: string) => void;
  onCluster: (cluster: SceneCluster) => void;
  /** A density strip's bucket was activated: show its span. */
  onBucket: (bucket: SceneBucket) => void;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;
/** A size the page's `::part()` rules cannot change: the button must cover exactly what is drawn. */
const exact = (n: number) => `${px(n)} !important`;

/**
 * The plot: a canvas that draws the frame (grid, rules, marks, labels) and, in the axis's own box,
 * a canvas for the axis's labels, which sticks to the window's top while the plot runs on below
 * it (a tall plot read with the page's scroll keeps its dates in sight); under an overlay of real buttons, one per mark in view, each exactly over what it stands for. The buttons
 * are invisible until focused (then their focus ring shows), carry the marks' parts and ids, and
 * give keyboard and screen-reader users the same events a pointer sees. Lanes are a list of lists.
 * Each canvas has a hidden twin drawn wider, which slides under the plot while the reader pans (see
 * `SlideController`).
 */
export function renderPlot(p: PlotInput): TemplateResult {
  const scene = p.scene;
  const onFocusIn = (e: FocusEvent) => {
    const data = (e.target as HTMLElement).dataset ?? {};
    p.onFocusChange(data.eventId ?? null, data.cluster ?? null);
  };
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (!to || !(e.currentTarget as Node).contains(to)) p.onFocusChange(null, null);
  };
  const m = scene?.metrics;
  // A layer with nothing in view is no list (a screen reader would announce an empty one).
  const band = !!p.overlay && (p.overlay.rules.some((r) => r.item) || p.overlay.band.clusters.length > 0);
  return html`
    <div part="plot" id="plot" role="group" aria-labelledby=${p.spanId} aria-describedby="axis-scale" aria-busy=${live(p.busy ? 'true' : 'false')} class=${`${p.dragging ? 'dragging' : ''}${p.moving ? ' moving' : ''}`} ${setStyles({ height: p.height ? px(p.height) : null })} @keydown=${p.onKeydown} @focusin=${onFocusIn} @focusout=${onFocusOut}>
      <div class="sizer"></div>
      <span id="axis-scale" hidden>${p.scaleText}</span>
      <div part="axis" aria-hidden="true" ${setStyles({ height: m ? px(m.axisPx) : null })}><canvas></canvas><canvas class="slide"></canvas></div>
      ${scene
        ? html`<div class="band" ${setStyles({ top: px(scene.band.top), height: px(scene.band.height) })}>
              <div class="layer" role=${ifDefined(band ? 'list' : undefined)} aria-label=${ifDefined(band ? p.deadlinesLabel : undefined)}>${guard([p.overlay, p.tabStop.id, p.tabStop.cluster, p.selectedId], () => renderBand(p))}</div>
            </div>
            <div class="lanes" role="list" aria-label=${p.label}>
              ${repeat(
                scene.lanes,
                (lane) => lane.index,
                (lane) => html`<div part="lane" role="listitem" class="lane" data-lane=${lane.index} ${setStyles({ top: px(lane.top), height: px(lane.height), '--_lane': lane.color })}>
                  ${lane.id !== null || lane.strip ? renderLaneLabel(p, lane, scene.metrics.laneHeaderPx) : nothing}
                  <div class="layer" role=${ifDefined(hasMarks(p.overlay, lane.index) ? 'list' : undefined)} aria-label=${ifDefined(hasMarks(p.overlay, lane.index) ? lane.label : undefined)} ${setStyles({ top: px(-lane.top) })}>
                    ${guard([p.overlay, p.tabStop.id, p.tabStop.cluster, p.selectedId, lane.index], () => renderLaneMarks(p, lane.index))}
                  </div>
                </div>`,
              )}
            </div>`
        : nothing}
      <canvas part="canvas" aria-hidden="true"></canvas>
      <canvas part="canvas-slide" class="slide" aria-hidden="true"></canvas>
      ${scene && p.pointed ? (parseStripKey(p.pointed) ? renderBucketTip(scene, p) : renderTooltip(scene, p.pointed)) : nothing}
    </div>
  `;
}

/**
 * A lane's name, and its strip's key after it (the key alone for the default lane of a document
 * without lanes, which has no name to show).
 */
function renderLaneLabel(p: PlotInput, lane: SceneLane, height: number): TemplateResult {
  return html`<span part="lane-label" ${setStyles({ height: px(height) })}
    >${lane.id !== null ? html`${lane.color ? html`<span class="lane-label-swatch"></span>` : nothing}${ownDirection(lane.label)}` : nothing}${lane.strip
      ? html`<span part="strip-scale" class=${lane.id === null ? 'alone' : ''} aria-hidden="true">${p.stripScale(lane.strip)}</span>`
      : nothing}</span
  >`;
}

/**
 * The whole title of a mark or deadline whose label had to be cut, above it (below it near the
 * top), for the pointer and keyboard focus alike. Screen readers have it already in its name.
 */
function renderTooltip(scene: Scene, id: string) {
  const label = cutLabelOf(scene, id);
  if (!label) return nothing;
  const above = label.top - scene.metrics.markPx - 4;
  const top = above >= scene.band.top ? above : label.top + label.height + 4;
  // It starts where the label starts; in the plot's far half (where the edge cuts labels) it ends
  // where the label ends instead, running back, so it is never squeezed into a narrow column.
  const end = Math.min(scene.width, label.left + label.width);
  const left = Math.max(0, label.left);
  const place = left > scene.width / 2 ? { left: null, right: px(scene.width - end), 'max-width': px(end) } : { left: px(left), right: null, 'max-width': px(scene.width - left) };
  return html`<div part="tooltip" aria-hidden="true" ${setStyles({ top: px(top), ...place })}>${ownDirection(label.full)}</div>`;
}

/** Whether the overlay shows marks, "+N" marks or a density strip in a lane. */
function hasMarks(overlay: Scene | null, laneIndex: number): boolean {
  const lane = overlay?.lanes.find((l) => l.index === laneIndex);
  return !!lane && (lane.marks.length + lane.clusters.length > 0 || !!lane.strip);
}

/** A density strip's bucket in words, over its column, for the pointer and keyboard focus alike. */
function renderBucketTip(scene: Scene, p: PlotInput) {
  const key = p.pointed;
  let found: { bucket: SceneBucket; top: number } | null = null;
  for (const lane of scene.lanes) {
    const bucket = lane.strip?.buckets.find((b) => b.key === key);
    if (bucket) found = { bucket, top: lane.strip!.top };
  }
  if (!found) return nothing;
  const { bucket } = found;
  const above = found.top - scene.metrics.markPx - 4;
  const top = above >= scene.band.top ? above : found.top + scene.metrics.markPx + 4;
  const middle = (bucket.left + bucket.right) / 2;
  // From the bucket on, or (in the plot's far half) back from it.
  const place = middle > scene.width / 2 ? { left: null, right: px(Math.max(0, scene.width - middle - 8)) } : { left: px(Math.max(0, middle - 8)), right: null };
  return html`<div part="tooltip" aria-hidden="true" ${setStyles({ top: px(top), ...place })}>${p.bucketName(bucket)}</div>`;
}

/** The overlay's buttons for one lane: its marks and "+N" marks, in time order, then its strip's. */
function renderLaneMarks(p: PlotInput, laneIndex: number) {
  const lane = p.overlay?.lanes.find((l) => l.index === laneIndex);
  if (!lane) return nothing;
  const entries: Array<SceneMark | SceneCluster> = [...lane.marks, ...lane.clusters].sort((a, b) => startOf(a) - startOf(b));
  return html`${repeat(entries, keyOf, (e) => ('item' in e ? renderMark(e, p) : renderCluster(e, p)))}${lane.strip ? renderStrip(lane, p) : nothing}`;
}

/**
 * A density strip: a group named with the lane's summary, holding one button, over the active
 * bucket (or the busiest in view). Left and Right move it bucket by bucket (a new button each, so
 * screen readers say each bucket); Enter shows the bucket's span.
 */
function renderStrip(lane: SceneLane, p: PlotInput) {
  const strip = lane.strip!;
  const b = shownBucket(strip, p.tabStop.cluster);
  if (!b) return nothing;
  return html`<div role="listitem"><div role="group" class="slot" aria-label=${p.stripName(lane)} ${place(b.left, strip.top)}>${repeat(
    [b],
    (x) => x.key,
    (x) => html`<button
      part="strip"
      type="button"
      data-cluster=${x.key}
      aria-label=${p.bucketName(x)}
      tabindex=${p.tabStop.cluster === x.key ? '0' : '-1'}
      ${setStyles({ width: exact(Math.max(1, x.right - x.left)), height: exact(strip.height) })}
      @click=${() => p.onBucket(x)}
    ></button>`,
  )}</div></div>`;
}

function startOf(e: SceneMark | SceneCluster): number {
  return 'item' in e ? e.item.start : e.start;
}

function keyOf(e: SceneMark | SceneCluster): string {
  return 'item' in e ? `e${e.item.id}` : `c${e.key}`;
}

function renderMark(m: SceneMark, p: PlotInput) {
  const { item } = m;
  const parts = ['event', m.kind];
  const selected = p.selectedId === item.id;
  if (selected) parts.push('selected');
  return html`<div role="listitem" class="slot" ${place(m.left, m.top)}><button
    part=${parts.join(' ')}
    type="button"
    data-event-id=${item.id}
    aria-label=${p.name(item)}
    aria-current=${selected ? 'true' : 'false'}
    tabindex=${p.tabStop.id === item.id ? '0' : '-1'}
    ${setStyles({ width: exact(m.right - m.left), height: exact(m.height) })}
    @click=${() => p.onActivate(item.id)}
  ></button></div>`;
}

/** A "+N" mark's button; `top` is where its container starts in the plot (the band's top in the band). */
function renderCluster(c: SceneCluster, p: PlotInput, top = 0) {
  return html`<div role="listitem" class="slot" ${place(c.left, c.top - top)}><button
    part="cluster"
    type="button"
    data-cluster=${c.key}
    aria-label=${p.clusterName(c)}
    tabindex=${p.tabStop.cluster === c.key ? '0' : '-1'}
    ${setStyles({ width: exact(c.right - c.left), height: exact(c.height) })}
    @click=${() => p.onCluster(c)}
  ></button></div>`;
}

/** The deadlines' labels (and "+N" marks of deadlines) in the band above the lanes. */
function renderBand(p: PlotInput) {
  const overlay = p.overlay;
  if (!overlay) return nothing;
  const top = overlay.band.top;
  const rules = overlay.rules.filter((r): r is SceneRule & { item: TimelineItem } => r.item !== null);
  return html`${repeat(rules, (r) => r.item.id, (r) => {
    const selected = p.selectedId === r.item.id;
    return html`<div role="listitem" class="slot" ${place(r.label.left, r.label.top - top)}><button
      part=${selected ? 'event deadline-label selected' : 'event deadline-label'}
      type="button"
      data-event-id=${r.item.id}
      aria-label=${p.name(r.item)}
      aria-current=${selected ? 'true' : 'false'}
      tabindex=${p.tabStop.id === r.item.id ? '0' : '-1'}
      ${setStyles({ width: exact(r.label.width), height: exact(r.label.height) })}
      @click=${() => p.onActivate(r.item.id)}
    ></button></div>`;
  })}${repeat(overlay.band.clusters, (c) => c.key, (c) => renderCluster(c, p, top))}`;
}
