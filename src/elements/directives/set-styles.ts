import { noChange } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { DirectiveResult, ElementPart, PartInfo } from 'lit/directive.js';

/**
 * CSS properties by their CSS names (`transform`, `padding-inline-start`, `--_lane`); null removes
 * one, and a value ending in ` !important` is set with that priority.
 */
export type StyleProps = Readonly<Record<string, string | null | undefined>>;

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`), never through the `style`
 * attribute, so pages with a strict `style-src` Content Security Policy (no `'unsafe-inline'`)
 * allow them. Lit's `styleMap` writes the attribute on first render, which such a policy blocks.
 * Use it in an element position: `<div ${setStyles({ transform: 'translateX(4px)' })}>`.
 */
const IMPORTANT = ' !important';

class SetStylesDirective extends Directive {
  /** What was set last time, so unchanged values are not written again (this runs every frame). */
  readonly #previous = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('setStyles() belongs in an element position: <div ${setStyles({...})}>');
  }

  render(_styles: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous.keys()) {
      if (styles[name] == null) {
        style.removeProperty(name);
        this.#previous.delete(name);
      }
    }
    for (const name in styles) {
      const value = styles[name];
      if (value == null || this.#previous.get(name) === value) continue;
      const important = value.endsWith(IMPORTANT);
      style.setProperty(name, important ? value.slice(0, -IMPORTANT.length) : value, important ? 'important' : '');
      this.#previous.set(name, value);
    }
    return noChange;
  }
}

export const setStyles: (styles: StyleProps) => DirectiveResult<typeof SetStylesDirective> = directive(SetStylesDirective);
