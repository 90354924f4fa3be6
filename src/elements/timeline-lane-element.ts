/**
 * One lane declared in markup inside `<event-timeline>`:
 * `<timeline-lane id="government" label="Government" color="#1d5fbf"></timeline-lane>`.
 * Declared lanes come first, in their order; lanes that `<timeline-event lane="…">` names without
 * a declaration follow, in order of first use. It draws nothing itself: the timeline reads it, and
 * redraws when it is added, removed or its attributes change.
 *
 * @tagname timeline-lane
 * @summary A lane declared in markup: its id, label and colour.
 * @attr {string} id - The lane's id, which events name in their `lane` attribute.
 */
export class TimelineLaneElement extends HTMLElement {
  /**
   * Shown at the lane's start; without it, the element's text, then its id.
   * @attr label
   */
  get label(): string | null {
    return this.getAttribute('label');
  }
  set label(value: string | null) {
    this.#setOrRemove('label', value);
  }

  /**
   * The lane's colour: a hex value (`#c0392b`), a named colour, or `rgb()`, `hsl()`, `hwb()`,
   * `lab()`, `lch()`, `oklab()`, `oklch()` or `color()` with plain numbers. An unsafe or
   * invalid colour is left out and reported, like one in an event file.
   * @attr color
   */
  get color(): string | null {
    return this.getAttribute('color');
  }
  set color(value: string | null) {
    this.#setOrRemove('color', value);
  }

  #setOrRemove(name: string, value: string | null): void {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }
}
