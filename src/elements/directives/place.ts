import { noChange } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { DirectiveResult, ElementPart, PartInfo } from 'lit/directive.js';

/**
 * Places an element at (x, y) px with a CSS transform set through the CSSOM (allowed by a strict
 * `style-src`), writing it only when the rounded position changed. It runs for every drawn mark
 * on every frame, so it compares two numbers instead of building and diffing a style object.
 */
class PlaceDirective extends Directive {
  #x = NaN;
  #y = NaN;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('place() belongs in an element position: <div ${place(x, y)}>');
  }

  render(_x: number, _y: number): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [x, y]: [number, number]): typeof noChange {
    const rx = Math.round(x * 10) / 10;
    const ry = Math.round(y * 10) / 10;
    if (rx !== this.#x || ry !== this.#y) {
      this.#x = rx;
      this.#y = ry;
      (part.element as HTMLElement).style.setProperty('transform', `translate(${rx}px, ${ry}px)`);
    }
    return noChange;
  }
}

/** `<div ${place(x, y)}>`: positions the element at (x, y) px. */
export const place: (x: number, y: number) => DirectiveResult<typeof PlaceDirective> = directive(PlaceDirective);
