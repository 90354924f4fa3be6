import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { TimelineMedia } from '../model/types.js';
import { plural } from '../i18n/strings.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { renderCard, renderMedia } from './render-card.js';
import { heading } from './heading.js';
import { back, forth } from './arrows.js';
import type { CardInput } from './render-card.js';
import { ownDirection } from './own-direction.js';
import { unavailable } from './unavailable.js';

/**
 * From this element width on (px), story mode shows its card beside the plot, not under it, so
 * that the axis, the event and its text fit a laptop's window at once. The column (30 %, 18 to
 * 26 em) leaves the plot about 780 px or more: the demo's story keeps every label whole through
 * its 23 steps there; with a plot of 644 px (an element of 976 px) two of them were cut.
 */
export const STORY_BESIDE_PX = 1120;

/**
 * Below this plot width (px) story mode reads as on a phone: its card is the story (larger type,
 * the reading path on one line of large buttons), under the plot and not pinned there.
 */
export const STORY_NARROW_PX = 540;

/**
 * The windows in which a card under the plot is pinned to the window's bottom (`story.styles.ts`
 * says the same): tall enough that its 40 % leaves the plot room. In a phone held sideways
 * (390 px tall) or a laptop at 200 % zoom (360 px) the card stays under the plot.
 */
export const STORY_PIN_MEDIA = '(min-height: 480px)';

export interface StoryInput {
  /** The document's title, description and image: the title card. */
  title: string;
  description: string | undefined;
  media: TimelineMedia | undefined;
  /** The level of the title card's heading (`heading-level`). */
  level: number;
  /** The event shown (its card), or null on the title card. */
  card: CardInput | null;
  /** Its time-order index, and how many events there are. */
  at: number;
  count: number;
  /** Phone-sized: larger type, thumb-sized buttons. */
  narrow: boolean;
  locale: string;
  strings: TimelineStrings;
  /** Go to an event by time-order index, or to the title card (−1); `from` is the button pressed. */
  onGo: (index: number, from?: HTMLElement) => void;
  onPointerDown: (e: PointerEvent) => void;
  onPointerUp: (e: PointerEvent) => void;
  onPointerCancel: () => void;
}

/**
 * Story mode's card: the title card (the document's title, description and image, and "Start"),
 * or the event's card with the reading path on top, where it stays put from step to step:
 * previous, next, "5 of 23", back to the title, last (in that order for Tab and to the eye). It
 * takes the width it is given (under the plot, or in a column beside it on a wide element), and at
 * phone widths larger type and thumb-sized buttons: ← "5 of 23" → on the first line, the arrows'
 * words then only for assistive technology, as "← Previous event" did not fit half a phone's
 * line (see `story.styles.ts`); a sideways swipe on it steps (touch-action lets vertical
 * scrolling through).
 */
export function renderStory(s: StoryInput): TemplateResult {
  return html`<div part="story" class="story ${s.narrow ? 'narrow' : ''} ${s.card ? '' : 'at-title'}" @pointerdown=${s.onPointerDown} @pointerup=${s.onPointerUp} @pointercancel=${s.onPointerCancel}>
    ${s.card ? renderCard({ ...s.card, nav: renderStoryNav(s) }) : renderTitleCard(s)}
  </div>`;
}

function renderStoryNav(s: StoryInput) {
  const { strings, at, count } = s;
  const last = at >= count - 1;
  return html`<div class="story-nav">
    <button part="control previous" type="button" aria-disabled=${unavailable(at <= 0)} @click=${(e: Event) => at > 0 && s.onGo(at - 1, e.currentTarget as HTMLElement)}>${back}&nbsp;<span class="nav-word">${strings.previous}</span></button>
    <button part="control next" type="button" aria-disabled=${unavailable(last)} @click=${(e: Event) => !last && s.onGo(at + 1, e.currentTarget as HTMLElement)}><span class="nav-word">${strings.next}</span>&nbsp;${forth}</button>
    <span part="position" aria-live="polite"><span>${plural(strings.position, count, s.locale, { index: (at + 1).toLocaleString(s.locale) })}</span><span class="visually-hidden">: ${s.card?.item.event.title}</span></span>
    <button part="control to-title" type="button" @click=${() => s.onGo(-1)}>${strings.toTitle}</button>
    <button part="control last" type="button" aria-disabled=${unavailable(last)} @click=${() => !last && s.onGo(count - 1)}>${strings.last}</button>
  </div>`;
}

function renderTitleCard(t: StoryInput) {
  const { strings } = t;
  return html`<div part="card title-card" role="group" aria-labelledby="story-title">
    ${renderMedia(t.media)}
    ${heading(t.level, ownDirection(t.title), 'story-title')}
    ${t.description ? html`<p part="description">${ownDirection(t.description)}</p>` : nothing}
    <div class="story-nav">
      <button part="control start" type="button" ?disabled=${!t.count} @click=${(e: Event) => t.onGo(0, e.currentTarget as HTMLElement)}>${strings.start}&nbsp;${forth}</button>
    </div>
  </div>`;
}
