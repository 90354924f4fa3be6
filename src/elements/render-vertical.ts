import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { setStyles } from './directives/set-styles.js';
import type { TimelineItem } from '../model/items.js';
import type { TimelineLane } from '../model/types.js';
import type { VerticalBar, VerticalEntry } from '../layout/vertical.js';
import { itemDateText } from './render-card.js';
import { deadlineWords, type Now } from './deadline-words.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { ownDirection } from './own-direction.js';

export interface VerticalInput {
  entries: readonly VerticalEntry[];
  /** Estimated px of the entries left out above and below (a long list renders those near the window). */
  before: number;
  after: number;
  /** The most events a "+N" row holds: each row's density bar is its share of this. */
  busiest: number;
  lanes: readonly TimelineLane[];
  locale: string;
  strings: TimelineStrings;
  /** What a deadline's words count from. */
  now: Now;
  label: string;
  selectedId: string | null;
  /** The selected event's start: its card goes under the "+N" row that folds it, when it has no row of its own. */
  selectedStart: number | null;
  /** The row that takes Tab: an event's id, or `+` and the start of a "+N" row. */
  tabStopId: string | null;
  /** The card of the selected event, shown under its row. */
  card: TemplateResult | typeof nothing;
  /** The list of a "+N" row's events, shown under the row whose `key` is `listKey`. */
  list: TemplateResult | typeof nothing;
  listKey: string | null;
  /** "14 months": how long a break is. */
  duration: (from: number, to: number) => string;
  /** A "+N" row's words: the span its events start in, and how many they are; `coarse`: they are dated only to that month or year (see `ClusterRow.coarse`). */
  clusterWords: (count: number, start: number, end: number, coarse: boolean) => { span: string; count: string };
  nowLabel: string;
  onSelect: (id: string) => void;
  onCluster: (entry: Extract<VerticalEntry, { kind: 'cluster' }>, row: HTMLElement) => void;
  onKeydown: (e: KeyboardEvent) => void;
  onFocus: (id: string) => void;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/**
 * The vertical list (phones): time flows down the axis at the inline start; each event is a
 * full-width row with its whole title; the blank between rows is time to scale, with the axis's
 * ticks in it; long stretches are breaks that say how long they are. Ranges run as bars beside
 * the axis. A "+N" row (crowded time) has a bar as long as its events per day against the
 * busiest row's (rows stand for a week or a month, or a part of one beside an undated month's
 * row), so a column of them reads as the shape of the data. The page's own scroll moves through it.
 * Rows carry `data-from`/`data-to` (UTC ms) so the controller reads times back off the page, and
 * `data-end`, when the day (or month, or year) of their last start ends, for the span's end.
 */
export function renderVertical(v: VerticalInput) {
  const key = (e: VerticalEntry) => (e.kind === 'event' ? `e:${e.item.id}` : e.kind === 'cluster' ? e.key : `${e.kind}:${e.from}`);
  return html`<ol part="vertical" class="vertical" aria-label=${v.label} @keydown=${v.onKeydown}>
    ${v.before ? html`<li class="v-spacer" aria-hidden="true" ${setStyles({ height: px(v.before) })}></li>` : nothing}
    ${repeat(v.entries, key, (entry) => renderEntry(entry, v))}
    ${v.after ? html`<li class="v-spacer" aria-hidden="true" ${setStyles({ height: px(v.after) })}></li>` : nothing}
  </ol>`;
}

function renderEntry(entry: VerticalEntry, v: VerticalInput) {
  switch (entry.kind) {
    case 'gap':
      return html`<li class="v-gap" aria-hidden="true" data-from=${entry.from} data-to=${entry.to} ${setStyles({ height: px(entry.px) })}>
        ${bars(entry.bars, v)}
        ${entry.ticks.map((t) => html`<span class=${t.major ? 'v-tick major' : 'v-tick'} ${setStyles({ top: px(t.at) })}>${t.label}</span>`)}
        ${entry.nowAt !== undefined
          ? html`<span class=${entry.nowAt > entry.px / 2 ? 'v-now above' : 'v-now below'} ${setStyles({ top: px(entry.nowAt) })}><span>${v.nowLabel}</span></span>`
          : nothing}
      </li>`;
    case 'break':
      return html`<li class="v-break" data-from=${entry.from} data-to=${entry.to} ${setStyles({ height: px(entry.px) })}>${bars(entry.bars, v)}<span>${v.duration(entry.from, entry.to)}</span></li>`;
    case 'now':
      return html`<li class="v-now-row" aria-hidden="true" data-from=${entry.from} data-to=${entry.to}><span class="v-now"><span>${v.nowLabel}</span></span></li>`;
    case 'cluster': {
      // Named for when its events start, to the end of its last start's day (`to` is that
      // start's first instant, which would end the words a day early).
      // The span on the date line and the count as the title, as an event row reads (its date,
      // then its title): "2005", "4,056 events".
      const words = v.clusterWords(entry.count, entry.from, entry.end, entry.coarse);
      return html`<li class=${entry.coarse ? 'v-row v-cluster coarse' : 'v-row v-cluster'} data-from=${entry.from} data-to=${entry.to} data-end=${entry.end}>
        ${bars(entry.bars, v)}
        <span class="v-dot" aria-hidden="true"></span>
        <button part="cluster" type="button" class="v-event" tabindex=${v.tabStopId === entry.key ? 0 : -1} @click=${(e: Event) => v.onCluster(entry, (e.currentTarget as HTMLElement).parentElement!)}>
          <span class="v-date">${words.span}</span>
          <span class="v-title">${words.count}</span>
          ${v.busiest ? html`<span class="v-density" aria-hidden="true" ${setStyles({ 'inline-size': `${Math.round((1000 * entry.rate) / v.busiest) / 10}%` })}></span>` : nothing}
        </button>
      </li>
      ${v.listKey === entry.key && v.list !== nothing ? html`<li class="v-card">${v.list}</li>` : nothing}
      ${v.card !== nothing && folds(entry, v) ? html`<li class="v-card">${v.card}</li>` : nothing}`;
    }
    case 'event':
      return renderEvent(entry, v);
  }
}

function renderEvent(entry: Extract<VerticalEntry, { kind: 'event' }>, v: VerticalInput) {
  const item: TimelineItem = entry.item;
  const e = item.event;
  const lane = v.lanes[item.laneIndex];
  const selected = v.selectedId === item.id;
  const deadline = item.kind === 'deadline';
  const parts = ['event', selected ? 'selected' : '', deadline ? 'deadline' : ''].filter(Boolean).join(' ');
  return html`<li class=${deadline ? 'v-row v-deadline' : 'v-row'} data-from=${entry.from} data-to=${entry.to} data-end=${item.startDate.end} ${setStyles({ '--_lane': lane?.color ?? null })}>
      ${bars(entry.bars, v)}
      <span class=${item.isRange ? 'v-dot range' : 'v-dot'} aria-hidden="true"></span>
      <button
        part=${parts}
        type="button"
        class="v-event"
        data-event-id=${item.id}
        data-lane=${item.laneIndex}
        aria-expanded=${selected ? 'true' : 'false'}
        tabindex=${v.tabStopId === item.id ? 0 : -1}
        @click=${() => v.onSelect(item.id)}
        @focus=${() => v.onFocus(item.id)}
      >
        <span class="v-date">
          <time datetime=${item.endDate ? `${item.startDate.text}/${item.endDate.text}` : item.startDate.text}>${itemDateText(item, v.locale)}</time>
          ${deadline ? html`<span class="v-when">${deadlineWords(item.start, v.now, v.locale, v.strings)}</span>` : nothing}
          ${lane ? html`<span class="v-lane"><span class="lane-label-swatch" aria-hidden="true"></span>${ownDirection(lane.label)}</span>` : nothing}
        </span>
        <span class="v-title">${ownDirection(e.title)}</span>
      </button>
    </li>
    ${selected && v.card !== nothing ? html`<li class="v-card under-row">${v.card}</li>` : nothing}`;
}

/**
 * Whether a "+N" row folds the selected event (a card opened on the plot, the window then
 * narrowed to a density that folds it): its card goes under that row, which says when.
 */
function folds(entry: Extract<VerticalEntry, { kind: 'cluster' }>, v: VerticalInput): boolean {
  return v.selectedStart !== null && v.selectedId !== null && entry.holds(v.selectedId, v.selectedStart);
}

/** The bars of the ranges running through an entry, beside the axis. */
function bars(list: readonly VerticalBar[], v: VerticalInput) {
  if (!list.length) return nothing;
  return list.map((b) => {
    const lane = v.lanes[b.item.laneIndex];
    return html`<span
      class=${b.opens ? 'v-bar opens' : 'v-bar'}
      aria-hidden="true"
      ${setStyles({
        '--_lane': lane?.color ?? null,
        '--_column': String(b.column),
        top: `${(b.from * 100).toFixed(2)}%`,
        height: `${((b.to - b.from) * 100).toFixed(2)}%`,
        '--_fade-top': b.fade ? `${Math.round(b.fade.top * 100)}%` : null,
        '--_fade-from': b.fade ? `${Math.round(b.fade.from * 100)}%` : null,
        '--_fade-foot': b.fade ? `${Math.round(b.fade.foot * 100)}%` : null,
      })}
    ></span>`;
  });
}

/**
 * The vertical reading's overview: a thin strip along the bottom of its sticky bar with the part
 * of the whole list the window shows (the page's own scroll bar measures the page, not the story).
 */
export function renderPosition(p: { from: number; size: number }) {
  const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
  return html`<div part="overview" class="v-position" aria-hidden="true"><span ${setStyles({ 'inset-inline-start': pct(p.from), width: pct(p.size) })}></span></div>`;
}
