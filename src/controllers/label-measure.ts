/**
 * Measures label widths with a canvas (no layout, no reflow) and remembers them: each distinct
 * title is measured once per font.
 */
export class LabelMeasure {
  private context: CanvasRenderingContext2D | null = null;
  private readonly widths = new Map<string, number>();
  private currentFont = '';

  /** The CSS font shorthand labels are drawn in. Changing it forgets measured widths. */
  set font(font: string) {
    if (font === this.currentFont) return;
    this.currentFont = font;
    this.widths.clear();
    if (this.context) this.context.font = font;
  }

  width(text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      w = this.measure(text);
      this.widths.set(text, w);
    }
    return w;
  }

  private measure(text: string): number {
    if (!this.context) {
      this.context = document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = this.currentFont || '14px system-ui, sans-serif';
    }
    // Very long titles are cut by CSS; measuring a megabyte of text buys nothing.
    const sample = text.length > 200 ? text.slice(0, 200) : text;
    return this.context ? Math.ceil(this.context.measureText(sample).width) : sample.length * 7.5;
  }
}
