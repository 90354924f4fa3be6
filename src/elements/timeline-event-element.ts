import { LitElement, css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isTimeline } from './timeline-host.js';

/**
 * One event written in markup inside `<event-timeline>`. Without JavaScript it reads as a
 * plain article; inside an upgraded timeline its date comes from the first `<time datetime>`
 * (a second `<time>` gives the end), its title from the first heading, and the rest of its
 * content (text, links, images) is shown, as written, in the timeline's detail card. It reads
 * only its own content: a `<timeline-event>` inside another is not an event, its date and
 * heading are not the outer one's, and it is reported as a problem at its markup path
 * (`<timeline-event id="outer"> #1 > <timeline-event> #1`); it shows only as part of the outer
 * event's content in the card.
 *
 * @tagname timeline-event
 * @summary One event written in markup: its dates, a heading, and the content of its card.
 * @attr {string} id - The event's id (used for deep links `#event=<id>`).
 * @attr {string} lane - The id of the lane it belongs to.
 * @attr {'event' | 'deadline'} kind - `event` (default) or `deadline`.
 * @attr {boolean} approximate - Marks a "circa" date.
 * @attr {string} tags - Comma-separated tags.
 * @slot - The event's content: `<time>`, a heading, then anything else.
 */
export class TimelineEventElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    /* Inside a timeline it shows only in the card, which shows the date and title itself. */
    .in-timeline ::slotted(time),
    .in-timeline ::slotted(:is(h1, h2, h3, h4, h5, h6)) {
      display: none;
    }
    ::slotted(img) {
      max-width: 100%;
      height: auto;
    }
  `;

  @state() private inTimeline = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const parent = this.parentElement;
    this.inTimeline = isTimeline(parent);
    // A timeline registered under another name after this element connected: known once defined.
    if (parent && !this.inTimeline && parent.localName.includes('-') && !customElements.get(parent.localName)) {
      customElements.whenDefined(parent.localName).then(
        () => {
          if (this.parentElement === parent) this.inTimeline = isTimeline(parent);
        },
        () => {}, // not a custom element's name: never a timeline
      );
    }
  }

  protected override render(): TemplateResult {
    return html`<div class=${this.inTimeline ? 'in-timeline' : ''}><slot></slot></div>`;
  }
}
