import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { setStyles } from './directives/set-styles.js';
import { place } from './directives/place.js';
import type { ViewState } from '../layout/view.js';
import { axisTicks } from '../layout/ticks.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { relativeTime } from '../i18n/relative.js';
import type { Scene, SceneMark, SceneCluster, SceneRule } from '../controllers/scene-controller.js';
import { BAND_ROW_PX, LANE_HEADER_PX, ROW_PX } from '../controllers/scene-controller.js';

export interface PlotInput {
  scene: Scene | null;
  range: ViewState;
  width: number;
  locale: string;
  strings: TimelineStrings;
  now: number;
  selectedId: string | null;
  dragging: boolean;
  /** Time flows right to left. */
  rtl: boolean;
  /** Accessible name of the list of events. */
  label: string;
  onKeydown: (e: KeyboardEvent) => void;
  /** Focus moved to an event's mark (its id), to a "+N" mark (its key), or out of the plot (both null). */
  onFocusChange: (id: string | null, cluster: string | null) => void;
  onActivate: (id: string) => void;
  onCluster: (cluster: SceneCluster) => void;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/** The pannable plot: grid, axis, rule band, lanes with their marks, deadline and now rules. */
export function renderPlot(p: PlotInput) {
  const ticks = p.width > 0 && p.scene ? axisTicks(p.range, p.width, p.locale) : { major: [], minor: [], key: '' };
  const scene = p.scene;
  // Everything is drawn at px from the scene's origin; each layer is moved back by how far the
  // view has panned from it, so a pan changes one transform per layer, not every mark.
  const shift = scene?.shift ?? 0;
  const x = (t: number) => ((t - p.range.start) / (p.range.end - p.range.start)) * p.width + shift;
  // Positions are distances from the inline start: rightwards in LTR, leftwards in RTL.
  const at = (d: number) => place(p.rtl ? -d : d, 0);
  const onFocusIn = (e: FocusEvent) => {
    const data = (e.target as HTMLElement).dataset ?? {};
    p.onFocusChange(data.eventId ?? null, data.cluster ?? null);
  };
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (!to || !(e.currentTarget as Node).contains(to)) p.onFocusChange(null, null);
  };
  return html`
    <div part="plot" class=${p.dragging ? 'dragging' : ''} @keydown=${p.onKeydown} @focusin=${onFocusIn} @focusout=${onFocusOut}>
      <div class="sizer"></div>
      <div class="grid" aria-hidden="true" ${at(-shift)}>
        ${repeat(ticks.minor, (t) => t.time, (t) => html`<div class="gridline" ${at(x(t.time))}></div>`)}
        ${repeat(ticks.major.filter((t) => !t.sticky), (t) => t.time, (t) => html`<div class="gridline major" ${at(x(t.time))}></div>`)}
      </div>
      <div part="axis" aria-hidden="true">
        <div class="layer" ${at(-shift)}>
          ${repeat(
            ticks.major,
            (t) => t.time,
            (t, i) => html`<span part="tick" class="major" ${at(t.sticky ? stickyX(t.label, ticks.major[i + 1], x, shift) + shift : x(t.time))}>${t.label}</span>`,
          )}
          ${repeat(ticks.minor, (t) => t.time, (t) => html`<span part="tick" class="minor" ${at(x(t.time))}>${t.label}</span>`)}
        </div>
      </div>
      <div class="markers" ${setStyles({ height: px(Math.max(1, scene?.bandRows ?? 1) * BAND_ROW_PX + 4) })}>
        <div class="layer" role="list" aria-label=${p.strings.deadline} ${at(-shift)}>${scene ? repeat(scene.rules, ruleKey, (r) => renderRule(r, p)) : nothing}</div>
      </div>
      <div class="lanes" role="list" aria-label=${p.label}>
        ${scene
          ? repeat(
              scene.lanes,
              (lane) => lane.index,
              (lane) => html`
                <div part="lane" role="listitem" class="lane" ${setStyles({ height: px(lane.height), '--_lane': lane.color ?? null })}>
                  ${lane.id !== null ? html`<span part="lane-label">${lane.color ? html`<span class="lane-label-swatch"></span>` : nothing}${lane.label}</span>` : nothing}
                  <div role="list" class="layer" aria-label=${lane.label} ${at(-shift)}>
                    ${repeat(
                      lane.marks,
                      (m) => m.item.id,
                      (m) => renderMark(m, p),
                    )}
                    ${repeat(
                      lane.clusters,
                      (c) => c.key,
                      (c) => renderCluster(c, p),
                    )}
                  </div>
                </div>
              `,
            )
          : nothing}
      </div>
      ${scene ? html`<div class="rules" aria-hidden="true" ${at(-shift)}>${repeat(
              scene.rules.filter((r) => r.kind !== 'cluster'),
              ruleKey,
              (r) => renderRuleLine(r, at),
            )}</div>` : nothing}
    </div>
  `;
}

/** A sticky context label stays at the left edge until the next major label pushes it out. */
function stickyX(label: string, next: { time: number } | undefined, x: (t: number) => number, shift = 0): number {
  if (!next) return 0;
  const width = label.length * 8 + 12;
  return Math.min(0, x(next.time) - shift - width);
}

function renderMark(m: SceneMark, p: PlotInput) {
  const { item } = m;
  const parts = ['event'];
  const drawnAsSpan = m.barWidth !== null;
  parts.push(item.isRange && item.endDate ? 'range' : drawnAsSpan ? 'imprecise' : 'point');
  if (item.event.approximate) parts.push('approximate');
  const selected = p.selectedId === item.id;
  if (selected) parts.push('selected');
  return html`<div role="listitem" class="slot" ${place(p.rtl ? -m.x : m.x, LANE_HEADER_PX + m.row * ROW_PX)}><button
    part=${parts.join(' ')}
    type="button"
    data-event-id=${item.id}
    aria-current=${selected ? 'true' : 'false'}
    tabindex=${m.tabbable ? '0' : '-1'}
    ${setStyles({ width: px(m.width) })}
    @click=${() => p.onActivate(item.id)}
  >
    <span
      class=${drawnAsSpan ? (m.fuzzyEnd > 0 ? 'bar fuzzy' : 'bar') : 'marker'}
      ${setStyles({ width: drawnAsSpan ? px(m.barWidth!) : null, '--_fuzzy': m.fuzzyEnd > 0 ? px(m.fuzzyEnd) : null })}
    ></span>
    <span class="label" ${setStyles({ 'padding-inline-start': m.labelShift > 0 ? px(m.labelShift + 8) : null })}
      >${item.event.approximate ? html`<span class="circa">c.</span> ` : nothing}${item.event.title}</span
    ><span class="visually-hidden">${m.details}</span>
  </button></div>`;
}

function renderCluster(c: SceneCluster, p: PlotInput, at = place(p.rtl ? -c.x : c.x, LANE_HEADER_PX + c.row * ROW_PX)) {
  return html`<div role="listitem" class="slot" ${at}><button
    part="cluster"
    type="button"
    data-cluster=${c.key}
    aria-label=${c.label}
    title=${c.label}
    tabindex=${c.tabbable ? '0' : '-1'}
    @click=${() => p.onCluster(c)}
  >
    +${c.count.toLocaleString(p.locale)}
  </button></div>`;
}

/** Keys band entries across frames, so entering and leaving ones do not rewrite the others. */
function ruleKey(r: SceneRule): string {
  return r.kind === 'cluster' ? `c${r.cluster!.key}` : r.kind === 'now' ? 'now' : `d${r.item!.id}`;
}

function renderRule(r: SceneRule, p: PlotInput) {
  const at = place(p.rtl ? -r.labelX : r.labelX, 2 + r.row * BAND_ROW_PX);
  if (r.kind === 'now') {
    return html`<span class="slot rule-label now" aria-hidden="true" ${at}>${p.strings.now}</span>`;
  }
  if (r.kind === 'cluster') return renderCluster(r.cluster!, p, at);
  const item = r.item!;
  const rel = relativeTime(item.start, p.now, p.locale);
  return html`<div role="listitem" class="slot" ${at}><button
    part="event deadline-label"
    class="rule-label"
    type="button"
    data-event-id=${item.id}
    aria-current=${p.selectedId === item.id ? 'true' : 'false'}
    tabindex=${r.tabbable ? '0' : '-1'}
    @click=${() => p.onActivate(item.id)}
  >
    <span>${item.event.title}</span> <span class="relative">${rel}</span><span class="visually-hidden">${r.label}</span>
  </button></div>`;
}

function renderRuleLine(r: SceneRule, at: (d: number) => ReturnType<typeof place>) {
  return html`<div part=${r.kind === 'now' ? 'now' : 'deadline'} ${at(r.x)}></div>`;
}

