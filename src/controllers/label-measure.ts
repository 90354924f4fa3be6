/** Characters below this code (Latin, Greek, Cyrillic) are summed from a width table. */
const TABLE_SIZE = 0x0530;

/**
 * Measures label widths with a canvas (no layout, no reflow) and remembers them. Text in Latin,
 * Greek and Cyrillic is summed from a table of character widths measured once each (about 100×
 * faster than `measureText` per title, which matters at 100,000 events); other scripts, where
 * shaping changes widths, are measured whole.
 */
export class LabelMeasure {
  private context: CanvasRenderingContext2D | null = null;
  private readonly widths = new Map<string, number>();
  private table = new Float32Array(TABLE_SIZE).fill(-1);
  private currentFont = '';

  /** The CSS font shorthand labels are drawn in. Changing it forgets measured widths. */
  set font(font: string) {
    if (font === this.currentFont) return;
    this.currentFont = font;
    this.widths.clear();
    this.table = new Float32Array(TABLE_SIZE).fill(-1);
    if (this.context) this.context.font = font;
  }

  width(text: string): number {
    // Very long titles are cut by CSS; measuring a megabyte of text buys nothing.
    const sample = text.length > 200 ? text.slice(0, 200) : text;
    let sum = 0;
    for (let i = 0; i < sample.length; i++) {
      const code = sample.charCodeAt(i);
      if (code >= TABLE_SIZE) return this.whole(sample);
      let w = this.table[code]!;
      if (w < 0) {
        w = this.measureText(sample[i]!);
        this.table[code] = w;
      }
      sum += w;
    }
    // Summed widths ignore kerning: round up with a little room.
    return Math.ceil(sum * 1.02);
  }

  /** Text outside the table, measured whole once (summing is cheaper than a lookup, so only these are kept). */
  private whole(text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      w = Math.ceil(this.measureText(text));
      this.widths.set(text, w);
    }
    return w;
  }

  private measureText(text: string): number {
    if (!this.context) {
      this.context = document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = this.currentFont || '14px system-ui, sans-serif';
    }
    return this.context ? this.context.measureText(text).width : text.length * 7.5;
  }
}
