import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { setStyles } from './directives/set-styles.js';
import { live } from 'lit/directives/live.js';
import { shownText } from './directives/shown-text.js';

/** What the overview strip shows. */
export interface OverviewInput {
  /** The thumb's left edge and width in px of the track, or null before the track is measured. */
  thumb: { left: number; width: number } | null;
  /** 0…100: how far through the extent the view is. */
  position: number;
  /** The visible span in words, for `aria-valuetext`. */
  span: string;
  label: string;
  /** Events entirely before and after the view, and their words ("3 earlier events"). */
  before: number;
  after: number;
  beforeText: string;
  afterText: string;
  /**
   * Every form those words take for this document's largest count: each button is as wide as the
   * widest, so the track keeps its place and width while the counts change under a moving thumb.
   */
  beforeForms: string[];
  afterForms: string[];
  height: number;
  /**
   * A document is being read and nothing is arranged yet: the strip holds its place, unseen and
   * out of reach, so the plot's first drawing already knows the room left for its rows (it would
   * otherwise share them again, a whole layout more, once the strip appeared and was measured).
   */
  pending: boolean;
  /**
   * The view shows the whole extent (it cannot zoom out, nor pan): the track takes the buttons'
   * width too, so its thumb fills it (the hidden buttons keep the strip's height). Their room kept
   * empty made a thumb over the middle of the strip read as part of the story shown, with more to
   * drag to either side.
   */
  whole: boolean;
  rtl: boolean;
  onKeydown: (e: KeyboardEvent) => void;
  onPointerDown: (e: PointerEvent) => void;
  onPointerMove: (e: PointerEvent) => void;
  onPointerUp: (e: PointerEvent) => void;
  onEarlier: () => void;
  onLater: () => void;
}

/**
 * The overview strip: how many events lie before the view, the whole extent with its density and
 * the visible span as a thumb (a scroll bar for the plot), and how many lie after.
 */
export function renderOverview(o: OverviewInput): TemplateResult {
  const px = (n: number) => `${Math.round(n * 10) / 10}px`;
  // Both buttons are always there (hidden when nothing lies beyond), so the strip keeps its
  // height, and its track its width while the reader moves.
  const back = o.rtl ? '▶' : '◀';
  const forth = o.rtl ? '◀' : '▶';
  // The counts' text is `shownText`, and the buttons' `disabled` (which hides them) `live`: a slide
  // writes them at every step (see `SlideController`), so a render compares with the page.
  const earlierWords = (text: unknown) => html`<span aria-hidden="true">${back}</span> <span class="count">${text}</span>`;
  const laterWords = (text: unknown) => html`<span class="count">${text}</span> <span aria-hidden="true">${forth}</span>`;
  const sizers = (forms: string[], words: (text: string) => unknown) => forms.map((form) => html`<span class="words sizer" aria-hidden="true">${words(form)}</span>`);
  const earlier = html`<button part="control overview-earlier" type="button" ?disabled=${live(!o.before)} @click=${o.onEarlier}>
    <span class="words">${earlierWords(shownText(o.beforeText))}</span>${sizers(o.beforeForms, earlierWords)}
  </button>`;
  const later = html`<button part="control overview-later" type="button" ?disabled=${live(!o.after)} @click=${o.onLater}>
    <span class="words">${laterWords(shownText(o.afterText))}</span>${sizers(o.afterForms, laterWords)}
  </button>`;
  return html`<div part="overview" class=${o.whole ? 'overview whole' : 'overview'} .inert=${o.pending} ${setStyles({ visibility: o.pending ? 'hidden' : null })}>
    ${earlier}
    <div
      part="overview-track"
      role="scrollbar"
      tabindex="0"
      aria-label=${o.label}
      aria-controls="plot"
      aria-orientation="horizontal"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${o.position}
      aria-valuetext=${o.span}
      ${setStyles({ 'min-height': px(o.height) })}
      @keydown=${o.onKeydown}
      @pointerdown=${o.onPointerDown}
      @pointermove=${o.onPointerMove}
      @pointerup=${o.onPointerUp}
      @pointercancel=${o.onPointerUp}
    >
      <canvas aria-hidden="true"></canvas>
      ${o.thumb ? html`<div part="overview-thumb" ${setStyles({ left: px(o.thumb.left), width: px(o.thumb.width) })}></div>` : nothing}
    </div>
    ${later}
  </div>`;
}
