import { Directive, directive, PartType } from 'lit/directive.js';
import type { DirectiveResult, PartInfo } from 'lit/directive.js';

/**
 * Text that every render shows as given, even after other code wrote its node. A pan that slides
 * (see `SlideController`) renders nothing, and names the span and counts the events beyond it by
 * writing these nodes at each step; a plain binding compares the next render's text with what it
 * wrote itself, not with the page, so a render whose words were those of before the slide would
 * leave the slid ones shown. The directive owns one text node and compares with the node.
 */
class ShownText extends Directive {
  readonly #node = document.createTextNode('');

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('shownText() belongs in a child position: <span>${shownText(text)}</span>');
  }

  render(text: string): Text {
    if (this.#node.data !== text) this.#node.data = text;
    return this.#node;
  }
}

/** `<span>${shownText(words)}</span>`: `words` as the span's text, whoever wrote the node since. */
export const shownText: (text: string) => DirectiveResult<typeof ShownText> = directive(ShownText);
