import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { setStyles } from './directives/set-styles.js';
import { back, forth } from './arrows.js';
import type { TimelineItem } from '../model/items.js';
import type { TimelineLane, TimelineMedia } from '../model/types.js';
import { formatDate, formatDateRange } from '../model/dates.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { en, plural } from '../i18n/strings.js';
import { deadlineWords, type Now } from './deadline-words.js';
import { heading } from './heading.js';
import { ownDirection } from './own-direction.js';
import { unavailable } from './unavailable.js';

export interface CardInput {
  item: TimelineItem;
  lane: TimelineLane | undefined;
  locale: string;
  strings: TimelineStrings;
  /** What a deadline's words count from. */
  now: Now;
  /** The event came from a `<timeline-event>` child: show its own content through the card slot. */
  hasMarkup: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  /** The level of its heading (`heading-level`). */
  level: number;
  onClose: () => void;
  /** Step to the previous (−1) or next (+1) event; `from` is the button pressed. */
  onStep: (delta: number, from?: HTMLElement) => void;
  /** Story mode's reading path, shown first in place of Previous, Next and Close. */
  nav?: unknown;
}

/** The date of an item in words, in its own precision ("July 2020", "26 May – June 2020"). */
export function itemDateText(item: TimelineItem, locale: string): string {
  const approximate = item.event.approximate === true;
  return item.endDate
    ? formatDateRange(item.startDate, item.endDate, locale, { approximate })
    : formatDate(item.startDate, locale, { approximate });
}

/** An event's or a document's image, with its credit. */
export function renderMedia(media: TimelineMedia | undefined, printing = false): TemplateResult | typeof nothing {
  return media
    ? html`<figure>
        <img src=${media.src} alt=${media.alt} loading=${printing ? 'eager' : 'lazy'} referrerpolicy="no-referrer" />
        ${media.credit ? html`<figcaption>${media.credit}</figcaption>` : nothing}
      </figure>`
    : nothing;
}

/** The detail card: a labelled, non-modal dialog for the selected event. */
export function renderCard(c: CardInput): TemplateResult {
  const { item, strings } = c;
  const e = item.event;
  const titleId = 'card-title';
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape') {
      ev.stopPropagation();
      c.onClose();
    }
  };
  return html`<div part="card" role="dialog" tabindex="-1" ${setStyles({ '--_lane': c.lane?.color ?? null })} aria-modal="false" aria-labelledby=${titleId} @keydown=${onKey}>
    ${c.nav ?? nothing}
    <div class="card-meta">
      <time datetime=${item.startDate.text}>${itemDateText(item, c.locale)}</time>
      ${e.kind === 'deadline' ? html`<span class="chip">${deadlineWords(item.start, c.now, c.locale, strings)}</span>` : nothing}
      ${c.lane ? html`<span class="chip"><span class="lane-label-swatch"></span>${ownDirection(c.lane.label)}</span>` : nothing}
    </div>
    ${heading(c.level, ownDirection(e.title), titleId)}
    ${c.hasMarkup
      ? html`<div class="card-body"><slot name="card"></slot></div>`
      : html`
          ${e.summary ? html`<p>${ownDirection(e.summary)}</p>` : nothing}
          ${renderMedia(e.media)}
          ${e.sources?.length
            ? html`<p class="visually-hidden" id="card-sources">${strings.sources}</p>
                <ul class="sources" aria-labelledby="card-sources">
                  ${e.sources.map((s) => html`<li><a href=${s.url} target="_blank" rel="noopener noreferrer">${ownDirection(s.label)}</a></li>`)}
                </ul>`
            : nothing}
        `}
    ${c.nav
      ? nothing
      : html`<div class="card-nav">
          <button part="control previous" type="button" aria-disabled=${unavailable(!c.hasPrevious)} @click=${(e: Event) => c.hasPrevious && c.onStep(-1, e.currentTarget as HTMLElement)}>${back}&nbsp;<span class="nav-word">${strings.previous}</span></button>
          <button part="control next" type="button" aria-disabled=${unavailable(!c.hasNext)} @click=${(e: Event) => c.hasNext && c.onStep(1, e.currentTarget as HTMLElement)}><span class="nav-word">${strings.next}</span>&nbsp;${forth}</button>
          <button part="control close" type="button" @click=${c.onClose}>${strings.close}</button>
        </div>`}
  </div>`;
}

/**
 * The events of a "+N" mark that zooming cannot separate, as a list to pick from: the first
 * `items`, and a button for the next ones while `left` more wait (a month of a million events
 * holds thousands dated only to it).
 */
export function renderClusterList(
  label: string,
  items: TimelineItem[],
  locale: string,
  strings: TimelineStrings,
  level: number,
  onPick: (id: string) => void,
  onClose: () => void,
  more: { left: number; onMore: () => void },
): TemplateResult {
  return html`<div part="card cluster-list" role="dialog" tabindex="-1" aria-modal="false" aria-labelledby="cluster-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && onClose()}>
    ${heading(level, label, 'cluster-title')}
    <ol class="cluster-members">
      ${items.map(
        (item) => html`<li>
          <button type="button" class="link-button" data-member-id=${item.id} @click=${() => onPick(item.id)}>${ownDirection(item.event.title)}</button>
          <time datetime=${item.startDate.text}>${itemDateText(item, locale)}</time>
        </li>`,
      )}
    </ol>
    ${moreButton(more.left, locale, strings, more.onMore)}
    <div class="card-nav"><button part="control close" type="button" @click=${onClose}>${strings.close}</button></div>
  </div>`;
}

/** Items rendered per chunk of a long list. */
export const LIST_CHUNK = 200;

/** A long list's button for its next chunk of the `left` events not shown, in words ("Show 200 more events"); none when none are left. */
export function moreButton(left: number, locale: string, strings: TimelineStrings, onMore: () => void): TemplateResult | typeof nothing {
  if (left <= 0) return nothing;
  return html`<div class="list-more"><button part="control more" type="button" @click=${onMore}>${plural(strings.more ?? en.more!, Math.min(left, LIST_CHUNK), locale)}</button></div>`;
}
