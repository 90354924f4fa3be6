// Generated from custom-elements.json by scripts/build-editor-data.mjs (npm run build): do not edit.
/**
 * JSX types for React 19, which sets a custom element's properties and listens to its events:
 * `data={doc}` sets the `data` property and `ontimeline-select={…}` listens for `timeline-select`.
 * Load them once in the app: `import type {} from 'event-timeline/react';`
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { EventTimelineElement, TimelineErrorEvent, TimelineEventElement, TimelineLaneElement, TimelineLoadEvent, TimelineRangeChangeEvent, TimelineRangeChangedEvent, TimelineSelectEvent } from './dist/index.js';

/** React's HTML attributes for the element, with its own props. */
type ElementProps<E, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & P;

/** `<event-timeline>`: A scrollable, zoomable time axis with lanes, ranges, deadlines and a detail card. */
export interface EventTimelineProps {
  /** URL of a JSON timeline document to load. */
  src?: EventTimelineElement['src'];
  /** A timeline document object; takes precedence over `src` and children while set. */
  data?: EventTimelineElement['data'];
  /** Locale for dates and numbers (BCP 47); defaults to the nearest `lang` in the page. */
  locale?: EventTimelineElement['locale'];
  /** The reference date for "now" and relative deadline times (ISO date); defaults to the real now. A deadline's label in the plot counts from it in a label's short words ("in 27 days"; the plot draws the "now" rule where it is in view); its card, its row on a phone and its accessible name name the day ("27 days after 24 August 2020"; "in 27 days" from the real now, or from a `now` of a month or a year). */
  now?: EventTimelineElement['now'];
  /** What the "now" rule's label says (for a published story, for example "Article published"). Without it the label is "Now" for the real now, and the date itself when `now` fixes it, so a page read long after still says something true. */
  nowLabel?: EventTimelineElement['nowLabel'];
  /** Initial view start (ISO date); with `end`, replaces "fit all" as the first view. */
  start?: EventTimelineElement['start'];
  /** Initial view end (ISO date). Like "fit all", this first view may end a little later (by half its span at most) when a label near its end would otherwise be cut: every title in it reads whole. */
  end?: EventTimelineElement['end'];
  /** Do not read or write `#event=<id>` in the page URL. */
  noHash?: EventTimelineElement['noHash'];
  /** Hide the overview strip (the whole extent, its density and the visible span) under the plot. */
  noOverview?: EventTimelineElement['noOverview'];
  /** Do not zoom with Ctrl/⌘ + wheel or trackpad pinch. */
  noWheelZoom?: EventTimelineElement['noWheelZoom'];
  /** Time allowed for loading `src`, in ms, from 1,000 to 300,000 (a value outside is the nearest bound; one that is not a positive number is the default). */
  timeout?: EventTimelineElement['timeout'];
  /** Largest `src` body read, in MB (1 MB = 1,000,000 bytes), up to 500: a larger body (counted as it arrives, after decompression) fails with cause `size`. */
  maxSize?: EventTimelineElement['maxSize'];
  /** Most rows of events in one lane before the rest collapse into "+N" marks: `auto` (the default: as many as the events need, within the room the element has) or a whole number from 1 to 20. */
  maxRows?: EventTimelineElement['maxRows'];
  /** `auto` (the default): vertical when the element is narrower than `--timeline-vertical-below` (600px by default), horizontal otherwise, decided again as it resizes. `vertical`: time flows down a list read with the page's own scroll (phones). `horizontal`: always the plot. */
  orientation?: EventTimelineElement['orientation'];
  /** The level (1 to 6) of the card's heading and of each list article's heading, to fit the page's outline; a card in the list is one level below its article. */
  headingLevel?: EventTimelineElement['headingLevel'];
  /** Read it as a story: the timeline opens on a title card (the document's `title`, `description` and `media`; a markup timeline's `aria-label` or first `<h1>`/`<h2>` child), and a reading path walks every event in time order: Start, Previous and Next with "5 of 23", Back to the title and To the end; ←/→ step while focus is in the timeline, a sideways swipe on the card too. Each step keeps the reader's zoom, zooming in only as far as the event's own mark needs. On an element 1,120 px wide or wider the card stands in a column beside the plot; narrower, under it, pinned to the window's bottom while the page shows the plot above it. Without it, a compact line shows the title, with the description behind an "About" button. */
  story?: EventTimelineElement['story'];
  /** `timeline` (the default) or `list`: every event as an ordered list of articles. */
  view?: EventTimelineElement['view'];
  /** Shows only the events for which this returns true, in the timeline and the list alike (for example `e => e.lane === 'police'`); null shows every event. An event the filter throws on is shown, with one console warning for that filter. */
  filter?: EventTimelineElement['filter'];
  /** Replacements for the words the timeline shows (merged over the locale's defaults). */
  strings?: EventTimelineElement['strings'];
  /** The `now-label` attribute. What the "now" rule's label says (for a published story, for example "Article published"). Without it the label is "Now" for the real now, and the date itself when `now` fixes it, so a page read long after still says something true. */
  'now-label'?: EventTimelineElement['nowLabel'];
  /** The `no-hash` attribute. Do not read or write `#event=<id>` in the page URL. */
  'no-hash'?: EventTimelineElement['noHash'];
  /** The `no-overview` attribute. Hide the overview strip (the whole extent, its density and the visible span) under the plot. */
  'no-overview'?: EventTimelineElement['noOverview'];
  /** The `no-wheel-zoom` attribute. Do not zoom with Ctrl/⌘ + wheel or trackpad pinch. */
  'no-wheel-zoom'?: EventTimelineElement['noWheelZoom'];
  /** The `max-size` attribute. Largest `src` body read, in MB (1 MB = 1,000,000 bytes), up to 500: a larger body (counted as it arrives, after decompression) fails with cause `size`. */
  'max-size'?: EventTimelineElement['maxSize'];
  /** The `max-rows` attribute. Most rows of events in one lane before the rest collapse into "+N" marks: `auto` (the default: as many as the events need, within the room the element has) or a whole number from 1 to 20. */
  'max-rows'?: EventTimelineElement['maxRows'];
  /** The `heading-level` attribute. The level (1 to 6) of the card's heading and of each list article's heading, to fit the page's outline; a card in the list is one level below its article. */
  'heading-level'?: EventTimelineElement['headingLevel'];
  /** `timeline-select`: The user selected an event (or cleared the selection): `{ id, event }`. */
  'ontimeline-select'?: (event: TimelineSelectEvent) => void;
  /** `timeline-rangechange`: The user is moving the view (at most once a frame): `{ start, end }` as Dates and `{ startMs, endMs }` as UTC ms (deep time has only these). */
  'ontimeline-rangechange'?: (event: TimelineRangeChangeEvent) => void;
  /** `timeline-rangechanged`: The view settled after the user moved it: `{ start, end, startMs, endMs }`. */
  'ontimeline-rangechanged'?: (event: TimelineRangeChangedEvent) => void;
  /** `timeline-load`: A document was loaded and parsed: `{ document, problems }`. */
  'ontimeline-load'?: (event: TimelineLoadEvent) => void;
  /** `timeline-error`: Loading failed or the data had problems: `{ cause, message, url?, status?, problems? }`. */
  'ontimeline-error'?: (event: TimelineErrorEvent) => void;
}

/** `<timeline-event>`: One event written in markup: its dates, a heading, and the content of its card. */
export interface TimelineEventProps {
  /** The `lane` attribute. The id of the lane it belongs to. */
  lane?: string;
  /** The `kind` attribute. `event` (default) or `deadline`. */
  kind?: 'event' | 'deadline';
  /** The `approximate` attribute. Marks a "circa" date. */
  approximate?: boolean;
  /** The `tags` attribute. Comma-separated tags. */
  tags?: string;
}

/** `<timeline-lane>`: A lane declared in markup: its id, label and colour. */
export interface TimelineLaneProps {
  /** Shown at the lane's start; without it, the element's text, then its id. */
  label?: TimelineLaneElement['label'];
  /** The lane's colour: a hex value (`#c0392b`), a named colour, or `rgb()`, `hsl()`, `hwb()`, `lab()`, `lch()`, `oklab()`, `oklch()` or `color()` with plain numbers. An unsafe or invalid colour is left out and reported, like one in an event file. */
  color?: TimelineLaneElement['color'];
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': ElementProps<EventTimelineElement, EventTimelineProps>;
      'timeline-event': ElementProps<TimelineEventElement, TimelineEventProps>;
      'timeline-lane': ElementProps<TimelineLaneElement, TimelineLaneProps>;
    }
  }
}
