import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FontRole } from '../scene/types.js';
import { metricsFor } from '../scene/metrics.js';
import type { Metrics } from '../scene/metrics.js';
import type { LaneColors, TextStyle, Theme } from '../paint/theme.js';
import { LabelMeasure } from '../paint/label-measure.js';
import { MARK_KINDS } from '../scene/mark-kind.js';

/** What the theme needs of its element. */
export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Probes: hidden elements with the parts of what the canvas draws. The stylesheet gives each its
 * default look from the `--timeline-*` properties, a page's `::part()` rules reach them as they
 * would reach DOM marks, and the painter uses what they compute to. `[part]` names the parts a
 * probe stands for; the palette probes carry one colour each in `color`.
 */
const PROBES: ReadonlyArray<readonly [string, string]> = [
  ['label', 'event'],
  // A label's colour by its mark's kind (`::part(range)`, `::part(approximate)`…): see `markKind`.
  ...MARK_KINDS.map((kind) => [`kind ${kind}`, `event ${kind}`] as const),
  ['selected', 'event selected'],
  ['major', 'tick major'],
  ['minor', 'tick minor'],
  ['rule', 'deadline-label'],
  ['cluster', 'cluster'],
  ['deadline', 'deadline'],
  ['now', 'now'],
  ['row', ''],
  ['max-height', ''],
  ['vertical-below', ''],
  ['bg', ''],
  ['surface', ''],
  ['muted', ''],
  ['grid', ''],
  ['grid-major', ''],
  ['accent', ''],
  ['deadline-text', ''],
  ['now-text', ''],
  ['event', ''],
];

const ROLES: readonly FontRole[] = ['label', 'major', 'minor', 'rule', 'cluster'];

/**
 * Resolves what the canvas paints with, and the plot's metrics, from the stylesheet: colours and
 * fonts from the probes, the font size and row height from the `--timeline-font-size` and
 * `--timeline-row-height` properties as they compute. It reads them again only when they change:
 * every probe has a 1 ms transition on all properties, so any change of a computed value (a theme
 * switch, a page rule added later, dark mode, forced colours, a larger font) ends in a
 * `transitionend` that marks the theme stale. Text is measured here too, with the fonts and text
 * spacing as drawn (WCAG 1.4.12 spacing makes labels wider, and they are measured so).
 */
export class ThemeController implements ReactiveController {
  #probes: HTMLElement | null = null;
  #laneProbes: HTMLElement[] = [];
  #laneColors: readonly (string | null)[] = [];
  #stale = true;
  #current: Theme | null = null;
  #maxHeight = 0;
  #verticalBelow = 600;
  #currentMetrics: Metrics = metricsFor(14);
  readonly #measures = new Map<FontRole, LabelMeasure>();
  readonly #media: MediaQueryList[] = [];

  readonly #host: ThemeHost;

  constructor(host: ThemeHost) {
    this.#host = host;
    host.addController(this);
    for (const role of ROLES) this.#measures.set(role, new LabelMeasure());
  }

  hostConnected(): void {
    this.#ensureProbes();
    for (const query of ['(forced-colors: active)', '(prefers-color-scheme: dark)', `(resolution: ${window.devicePixelRatio}dppx)`]) {
      const list = matchMedia(query);
      list.addEventListener('change', this.#onChange);
      this.#media.push(list);
    }
    document.fonts?.addEventListener('loadingdone', this.#onFonts);
    this.#stale = true;
  }

  hostDisconnected(): void {
    for (const list of this.#media) list.removeEventListener('change', this.#onChange);
    this.#media.length = 0;
    document.fonts?.removeEventListener('loadingdone', this.#onFonts);
  }

  /**
   * A web font finished loading (the page's, named in `--timeline-font-family`, often after the
   * first drawing): texts are measured and drawn again, in it.
   */
  readonly #onFonts = (): void => {
    for (const measure of this.#measures.values()) measure.forget();
    this.#onChange();
  };

  /** Lane colours by lane index (null for none): each gets a probe. */
  setLanes(colors: readonly (string | null)[]): void {
    if (colors.length === this.#laneColors.length && colors.every((c, i) => c === this.#laneColors[i])) return;
    this.#laneColors = colors;
    this.#ensureProbes();
    for (const probe of this.#laneProbes) probe.remove();
    this.#laneProbes = colors.map((color) => {
      const probe = document.createElement('span');
      probe.dataset.probe = 'lane';
      if (color) probe.style.setProperty('--_lane', color);
      this.#probes!.append(probe);
      return probe;
    });
    this.#stale = true;
  }

  /** The colours and fonts to paint with (read now if anything changed). */
  get theme(): Theme {
    this.#refresh();
    return this.#current!;
  }

  /** The plot's sizes. */
  get metrics(): Metrics {
    this.#refresh();
    return this.#currentMetrics;
  }

  /** The tallest the element should make itself, px (`--timeline-max-height`, 80% of the viewport by default). */
  get maxHeight(): number {
    this.#refresh();
    return this.#maxHeight;
  }

  /** Below this width (px) `orientation="auto"` reads vertically (`--timeline-vertical-below`, 600px by default; 0 never). */
  get verticalBelow(): number {
    this.#refresh();
    return this.#verticalBelow;
  }

  /** The device pixel ratio to paint at. */
  get dpr(): number {
    return Math.max(1, window.devicePixelRatio || 1);
  }

  /** Width of `text` in the font of `role`, as the canvas draws it (the labels of a frame: the last few thousand are remembered). */
  readonly measure = (text: string, role: FontRole): number => {
    this.#refresh();
    return this.#measures.get(role)!.width(text);
  };

  /** {@link measure} for texts measured once each (every title of a document, to lay it out): nothing is remembered. */
  readonly measureOnce = (text: string, role: FontRole): number => {
    this.#refresh();
    return this.#measures.get(role)!.once(text);
  };

  readonly #onChange = (): void => {
    this.#stale = true;
    this.#host.requestUpdate();
  };

  #ensureProbes(): void {
    if (this.#probes?.isConnected) return;
    const root = this.#host.renderRoot;
    const box = document.createElement('div');
    box.className = 'probes';
    box.setAttribute('aria-hidden', 'true');
    for (const [name, part] of PROBES) {
      const probe = document.createElement('span');
      probe.dataset.probe = name;
      if (part) probe.setAttribute('part', part);
      box.append(probe);
    }
    for (const probe of this.#laneProbes) box.append(probe);
    box.addEventListener('transitionend', this.#onChange);
    root.append(box);
    this.#probes = box;
  }

  #refresh(): void {
    if (!this.#stale && this.#current) return;
    this.#ensureProbes();
    this.#stale = false;
    const box = this.#probes!;
    const style = (name: string) => getComputedStyle(box.querySelector<HTMLElement>(`[data-probe="${name}"]`)!);
    const color = (name: string) => style(name).color;
    const textStyle = (name: string): TextStyle => {
      const s = style(name);
      const size = parseFloat(s.fontSize) || 14;
      return {
        font: `${s.fontStyle} ${s.fontWeight} ${size}px ${s.fontFamily}`,
        size,
        color: s.color,
        letterSpacing: s.letterSpacing === 'normal' ? '0px' : s.letterSpacing,
        wordSpacing: s.wordSpacing === 'normal' ? '0px' : s.wordSpacing,
      };
    };
    const text = {} as Record<FontRole, TextStyle>;
    for (const role of ROLES) {
      text[role] = textStyle(role);
      this.#measures.get(role)!.style = text[role];
    }
    const laneOf = (probe: Element): LaneColors => {
      const s = getComputedStyle(probe);
      return { stroke: s.color, fill: s.backgroundColor, hatch: s.borderTopColor };
    };
    const defaultLane = (() => {
      const s = style('event');
      return { stroke: s.color, fill: s.backgroundColor, hatch: s.borderTopColor };
    })();
    const row = style('row');
    this.#maxHeight = parseFloat(style('max-height').height) || 0;
    this.#verticalBelow = parseFloat(style('vertical-below').width) || 0;
    this.#currentMetrics = metricsFor(text.label.size, parseFloat(row.height));
    this.#current = {
      background: color('bg'),
      surface: color('surface'),
      muted: color('muted'),
      grid: color('grid'),
      gridMajor: color('grid-major'),
      accent: color('accent'),
      deadline: style('deadline').borderTopColor,
      deadlineText: color('deadline-text'),
      now: style('now').borderTopColor,
      nowText: color('now-text'),
      radius: parseFloat(row.borderTopLeftRadius) || 0,
      text,
      selectedText: textStyle('selected'),
      labelColors: new Map(MARK_KINDS.map((kind) => [kind, color(`kind ${kind}`)])),
      lanes: this.#laneProbes.map(laneOf),
      defaultLane,
      forced: matchMedia('(forced-colors: active)').matches,
    };
  }
}
