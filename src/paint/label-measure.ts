import type { TextStyle } from '../paint/theme.js';

/** Characters below this code (Latin, Greek, Cyrillic) are summed from a width table. */
const TABLE_SIZE = 0x0530;
/**
 * General Punctuation (dashes, quotes, the ellipsis that ends a cut label …) is summed from the
 * table too: beside Latin, Greek and Cyrillic letters it does not shape (its joiners and direction
 * controls matter only to other scripts, and text holding those is measured whole), and a cut
 * label's every candidate ends in "…" (measured whole, each would be a `measureText` call while
 * panning).
 */
const PUNCTUATION = 0x2000;
const PUNCTUATION_END = 0x2070;
const SLOTS = TABLE_SIZE + (PUNCTUATION_END - PUNCTUATION);

/** The width table's slot of a character code, or -1 for one measured in its whole text. */
function slotOf(code: number): number {
  if (code < TABLE_SIZE) return code;
  if (code >= PUNCTUATION && code < PUNCTUATION_END) return TABLE_SIZE + code - PUNCTUATION;
  return -1;
}

/**
 * Measures text widths with a canvas (no layout, no reflow) in one text style, and remembers them.
 * Text in Latin, Greek and Cyrillic (and general punctuation) is summed from a table of character
 * widths measured once each (about 100× faster than `measureText` per title, which matters at
 * 100,000 events); other
 * scripts, where shaping changes widths, are measured whole. Letter and word spacing are part of
 * each measured character, as the canvas draws them (a space's width is measured between two
 * letters, where the canvas adds word spacing; WCAG 1.4.12 spacing widens labels by both).
 */
export class LabelMeasure {
  #context: CanvasRenderingContext2D | null = null;
  readonly #widths = new Map<string, number>();
  readonly #recent = new Map<string, number>();
  #table = new Float32Array(SLOTS).fill(-1);
  #key = '';
  #current: TextStyle | null = null;

  /** The style text is drawn in. Changing it forgets measured widths. */
  set style(style: TextStyle) {
    const key = `${style.font}|${style.letterSpacing}|${style.wordSpacing}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#current = style;
    this.#widths.clear();
    this.#recent.clear();
    this.#table = new Float32Array(SLOTS).fill(-1);
    if (this.#context) this.#apply(this.#context);
  }

  /** Forgets measured widths (a web font finished loading): the next style set measures again. */
  forget(): void {
    this.#key = '';
  }

  /**
   * The width of a text measured once, without remembering it: for measuring every title of a
   * document once (remembering a million titles would cost more than summing their widths).
   */
  once(text: string): number {
    return this.#width(text);
  }

  width(text: string): number {
    const known = this.#recent.get(text);
    if (known !== undefined) return known;
    const w = this.#width(text);
    // The same labels are measured every frame while panning: the last few thousand are kept.
    if (this.#recent.size > 4000) this.#recent.clear();
    this.#recent.set(text, w);
    return w;
  }

  #width(text: string): number {
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const slot = slotOf(code);
      if (slot < 0) return this.#whole(text);
      let w = this.#table[slot]!;
      if (w < 0) {
        // A space alone is measured without word spacing, which the canvas adds between words.
        w = code === 32 ? this.#measureText('x x') - this.#measureText('xx') : this.#measureText(text[i]!);
        this.#table[slot] = w;
      }
      sum += w;
    }
    // Summed widths ignore kerning: round up with a little room.
    return Math.ceil(sum * 1.02);
  }

  /** Text outside the table, measured whole once (summing is cheaper than a lookup, so only these are kept). */
  #whole(text: string): number {
    let w = this.#widths.get(text);
    if (w === undefined) {
      w = Math.ceil(this.#measureText(text));
      if (this.#widths.size > 20_000) this.#widths.clear();
      this.#widths.set(text, w);
    }
    return w;
  }

  #apply(context: CanvasRenderingContext2D): void {
    const style = this.#current;
    context.font = style?.font ?? '14px system-ui, sans-serif';
    context.letterSpacing = style?.letterSpacing ?? '0px';
    context.wordSpacing = style?.wordSpacing ?? '0px';
  }

  #measureText(text: string): number {
    if (!this.#context) {
      this.#context = document.createElement('canvas').getContext('2d');
      if (this.#context) this.#apply(this.#context);
    }
    return this.#context ? this.#context.measureText(text).width : text.length * 7.5;
  }
}
