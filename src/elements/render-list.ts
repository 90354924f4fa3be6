import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { heading } from './heading.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineItem } from '../model/items.js';
import type { TimelineLane } from '../model/types.js';
import { en, plural } from '../i18n/strings.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { formatNumber } from '../i18n/numbers.js';
import { itemDateText, moreButton, renderMedia } from './render-card.js';
import { deadlineWords, type Now } from './deadline-words.js';
import { ownDirection } from './own-direction.js';
import { formatSpan } from './format-view.js';

export interface ListInput {
  items: TimelineItem[];
  lanes: TimelineLane[];
  locale: string;
  strings: TimelineStrings;
  selectedId: string | null;
  label: string;
  /** The level of each article's heading (`heading-level`). */
  level: number;
  /** The selected event's card, shown right after its article. */
  card: TemplateResult | typeof nothing;
  /** How many items to render (the rest follow in chunks as the reader scrolls). */
  limit: number;
  /** The list is printed: events past `limit` are named in a line that prints, not a button. */
  printing?: boolean;
  /** The element's "now": a deadline's words count from it ("27 days after 24 August 2020"), a deep-time span is told in years from it. */
  now: Now;
  /** Whether an event came from a `<timeline-event>` child: its article shows the child's own content (a slot the element fills). */
  hasMarkup?: (id: string) => boolean;
  onSelect: (id: string) => void;
  onMore: () => void;
}

/**
 * Every event, in time order, as an ordered list of articles with `<time datetime>`: the list
 * view, and what prints. Long lists render in chunks; each item keeps its place in the whole list.
 */
export function renderList(l: ListInput) {
  const shown = l.items.length > l.limit ? l.items.slice(0, l.limit) : l.items;
  const left = l.items.length - shown.length;
  // A selected event not rendered yet (past the chunks shown) has its card after the list.
  const cardAtEnd = l.selectedId !== null && !shown.some((item) => item.id === l.selectedId);
  return html`<ol part="list" aria-label=${l.label}>
      ${repeat(
        shown,
        (item) => item.id,
        (item) => {
          const e = item.event;
          const lane = l.lanes[item.laneIndex];
          return html`<li part="list-item" data-event-id=${item.id} aria-current=${l.selectedId === item.id ? 'true' : 'false'}>
            <article>
              <div class="list-meta">
                <time datetime=${item.endDate ? `${item.startDate.text}/${item.endDate.text}` : item.startDate.text}>${itemDateText(item, l.locale)}</time>
                ${e.kind === 'deadline' ? html`<span>${deadlineWords(item.start, l.now, l.locale, l.strings)}</span>` : nothing}
                ${lane ? html`<span>${ownDirection(lane.label)}</span>` : nothing}
              </div>
              ${heading(l.level, html`<button type="button" class="link-button" @click=${() => l.onSelect(item.id)}>${ownDirection(e.title)}</button>`)}
              ${e.summary ? html`<p>${ownDirection(e.summary)}</p>` : nothing}
              ${renderMedia(e.media, l.printing)}
              ${l.hasMarkup?.(item.id) ? html`<slot class="markup" data-event-id=${item.id}></slot>` : nothing}
              ${e.sources?.length
                ? html`<p class="list-meta">${e.sources.map((s) => html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${ownDirection(s.label)}</a> `)}</p>`
                : nothing}
            </article>
            ${l.selectedId === item.id ? l.card : nothing}
          </li>`;
        },
      )}
    </ol>
    ${cardAtEnd ? l.card : nothing}
    ${l.printing ? unprinted(l.items, shown.length, l) : moreButton(left, l.locale, l.strings, l.onMore)}`;
}

/**
 * What a print leaves out, and when it happened: "95,000 more events, 15 March 2006 – 31 December
 * 2024, are not printed: a print holds the first 5,000." (from the first left out's start to the
 * latest end among them, in `formatSpan`'s words). A print that stopped at its limit without a
 * word read as the whole story.
 */
function unprinted(items: readonly TimelineItem[], shown: number, l: ListInput) {
  const left = items.length - shown;
  if (left <= 0) return nothing;
  let end = -Infinity;
  for (let i = shown; i < items.length; i++) end = Math.max(end, items[i]!.end);
  const range = formatSpan({ start: items[shown]!.start, end }, l.locale, l.now.ms);
  return html`<p class="list-unprinted">${plural(l.strings.notPrinted ?? en.notPrinted!, left, l.locale, { range, shown: formatNumber(shown, l.locale) })}</p>`;
}

