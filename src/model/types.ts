/**
 * The timeline document: the data an author writes (in JSON or TypeScript).
 * These types are the single source of truth: `schema/timeline.schema.json`
 * is generated from them (`npm run build:schema`) and a check fails when it drifts.
 * The URL and colour patterns and the list limits come from the parser's own allow-lists
 * and constants (`safety.ts`, `css-colors.ts`), written into the schema by the same script.
 */

/** An ISO 8601 date in its real precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date-time
 * with a zone (`2020-06-02T14:30Z`, `2020-06-02T14:30:05+02:00`). Years before 1 CE use
 * astronomical numbering with a sign: `-0043-03-15` is 15 March 44 BCE.
 * Years beyond 9999 need the sign (`+012345`); year 0 (1 BCE) has none. The date must exist
 * (no 30 February) and a month, day or time must lie within the JavaScript date range (about
 * 271,822 BCE to 275,760 CE); the parser checks that, the pattern cannot. Deep time: a signed
 * year of seven to twelve digits, written alone, may lie beyond that range (`-13798000000`, the
 * Big Bang; `-66000000`); readers see it as years before now ("66 million years ago").
 * @pattern ^(?:(?!-0{4,6}(?:-|$))(?:[+-]\d{4,6}|\d{4})(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?)?)?|[+-]\d{7,12})$
 */
export type IsoDate = string;

/**
 * An `http:` or `https:` URL, or a relative one (`/a.png`, `img/b.jpg`, `#x`). Other schemes
 * (`javascript:`, `data:` …) are refused, and so is a relative URL whose first part holds `:`,
 * `&` or `%`, or any `\`.
 */
export type TimelineUrl = string;

/**
 * A CSS colour: a hex value (`#c0392b`), `rgb()`/`hsl()` with plain numbers, or a named colour
 * (`teal`). Nothing else reaches a style: no `var()`, `url()`, `;` or comments.
 */
export type CssColor = string;

/** A link to where a fact comes from. */
export interface TimelineSource {
  /** What the link points to, as a reader should see it. */
  label: string;
  /** Where it points: an `http:` or `https:` URL, or a relative one. */
  url: TimelineUrl;
}

/** An image shown in the event's detail card. */
export interface TimelineMedia {
  /** The image: an `http:` or `https:` URL, or a relative one. */
  src: TimelineUrl;
  /** Text alternative for readers who cannot see the image. */
  alt: string;
  /** Who made the image. */
  credit?: string;
}

/** What an event is: an ordinary event, or a deadline drawn as a full-height rule. */
export type TimelineEventKind = 'event' | 'deadline';

/** One dated event. */
export interface TimelineEvent {
  /** Unique within the document; used for deep links (`#event=<id>`).
   * @minLength 1
   */
  id: string;
  /** When it happened (or began), in its real precision. */
  start: IsoDate;
  /** When it ended, inclusive of its whole unit (`2020-06` ends on 30 June 2020). */
  end?: IsoDate;
  /** A short headline. */
  title: string;
  /** Plain text shown in the detail card. */
  summary?: string;
  /** The id of a lane declared in `lanes`; events without one go to the default lane. */
  lane?: string;
  /** `"event"` (the default) or `"deadline"`. */
  kind?: TimelineEventKind;
  /** Free keywords. */
  tags?: string[];
  /** Where the facts come from. */
  sources?: TimelineSource[];
  /** An image for the detail card. */
  media?: TimelineMedia;
  /** True for "circa" dates. */
  approximate?: boolean;
}

/** A horizontal band that groups events. */
export interface TimelineLane {
  /** Unique among the lanes; referenced by events' `lane`.
   * @minLength 1
   */
  id: string;
  /** Shown at the lane's start. */
  label: string;
  /**
   * A CSS colour: a hex value (`#c0392b`), a named colour, or `rgb()`, `hsl()`, `hwb()`, `lab()`,
   * `lch()`, `oklab()`, `oklch()` or `color()` with plain numbers (no `var()`, `calc()` or `currentcolor`).
   */
  color?: CssColor;
}

/** A whole timeline. */
export interface TimelineDocument {
  /** Optional link to the JSON Schema, for editor validation. */
  $schema?: string;
  /** The timeline's title. */
  title: string;
  /** Plain-text introduction. */
  description?: string;
  /** An image for the title card of story mode. */
  media?: TimelineMedia;
  /** The lanes, top to bottom. */
  lanes: TimelineLane[];
  /** The events, in any order. */
  events: TimelineEvent[];
}
