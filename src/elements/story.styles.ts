import { css } from 'lit';

/** Styles of story mode's card and reading path, and of the compact title line outside it. */
export const storyStyles = css`
  .header {
    display: flex;
    align-items: center;
    gap: 6px;
    /*
     * The title takes what the visible span and the buttons leave on their line, up to its whole
     * width, and wraps onto a second line when that is less: counted as 10em (or its own
     * width, when shorter) when the toolbar wraps, so a long title never pushes the buttons to a
     * line of their own, then grown first (its weight dwarfs the span's) into the room left. A
     * rule parts it from the span. Where the line is wider than a usual span and the buttons
     * (34em), it counts up to 15em: a long span (deep time's "14.5 billion years ago – in 5.6
     * billion years") then sends the buttons to the next line rather than leave the title one word.
     */
    flex: 1000 1 clamp(10em, 100% - 34em, 15em);
    min-width: 0;
    max-width: max-content;
    padding-inline-end: 10px;
    border-inline-end: 1px solid var(--_grid);
  }
  /*
   * Read vertically (a phone), the title has a line of its own (a third of a phone's width cut it
   * to a word) and wraps onto a second: cut on one, a long one lost what said what the timeline is.
   */
  :host(:state(vertical)) .header {
    flex: 1 0 100%;
    max-width: none;
    padding-inline-end: 0;
    border-inline-end: none;
  }
  /* The title gives way, never the button: its word stays inside it. */
  .header [part~='about'] {
    flex: none;
    white-space: nowrap;
  }
  /*
   * The title wraps onto a second line in the room it has rather than lose its end to an ellipsis
   * ("USA monitor with data fro…" in a 768 px article column); one longer than two lines is cut at
   * the second's end (the toolbar sticks to the window's top while a phone's list scrolls under it),
   * and its whole text is the element's tooltip.
   */
  .header-title {
    font-weight: 700;
    min-width: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }
  .description {
    margin: 0;
    padding: 8px 12px;
    border-bottom: 1px solid var(--_grid);
    max-width: 70ch;
  }
  .story {
    /* Sideways moves are swipes between events; vertical ones scroll the page. */
    touch-action: pan-y;
  }
  /*
   * A wide element (STORY_BESIDE_PX): the card in a column of its own at the plot's end, a reading
   * width of 18 to 26 em (35 to 50 characters a line); the plot and the overview take the rest.
   * The row is as tall as the taller of the two. The plot shrinks into a height the page fixed
   * (the card then scrolls in its column) but does not grow with a card taller than it: its rows
   * stay those its events need, and the overview stays under it.
   */
  .stage.beside {
    display: grid;
    grid-template-columns: minmax(0, 1fr) clamp(18em, 30%, 26em);
    grid-template-rows: minmax(0, 1fr);
    flex: 1 1 auto;
    min-height: 0;
  }
  .stage.beside > .stage-main {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }
  .stage.beside > .stage-main > [part~='plot'] {
    flex-grow: 0;
  }
  .stage.beside > .story {
    min-height: 0;
    border-inline-start: 1px solid var(--_grid);
    background: var(--_surface);
  }
  /*
   * The card (with the reading path on top) sticks to the window's top while the page scrolls
   * down the plot, to an event drawn below a short window's edge (see StoryController's go):
   * the text and the buttons stay beside the mark. It scrolls in itself when it is
   * taller than the window or than a height the page fixed.
   */
  .stage.beside > .story > [part~='card'] {
    border-top: none;
    position: sticky;
    top: 0;
    max-height: min(100vh, 100%);
    /* The small viewport: a tablet's toolbars do not cover the card's end. */
    max-height: min(100svh, 100%);
    overflow-y: auto;
  }
  /*
   * Narrower (STORY_BESIDE_PX), the card is under the overview strip and sticks to the window's
   * bottom while the page shows the plot above it, as a TimelineJS embed keeps its slide and its
   * strip of the timeline in one window: the demo's plot is 850 px tall, and in a 1024 x 768
   * window the reader saw either the event or its text, and the title card's Start was below the
   * window's edge. Always 40 % of the window tall, and no taller than 18 rem (a longer card scrolls
   * in itself), so that its Previous and Next stay under the pointer from step to step whatever each
   * card holds, and a tall window keeps its plot (at 40 % a tablet held upright, 768 × 1024, had
   * 250 px of the panel empty under a card's few lines, over the plot's last lane); each step
   * scrolls the page to show the event's mark above it, a quarter of the room clear (see
   * StoryController's go).
   * Above the axis and the tooltip, which it covers while the element's top is low in the window.
   * Only in a window tall enough to leave the plot room (STORY_PIN_MEDIA), and not on a phone.
   */
  @media (min-height: 480px) {
    .stage:not(.beside) > .story:not(.narrow) {
      position: sticky;
      bottom: 0;
      z-index: 6;
      height: min(40vh, 18rem);
      height: min(40svh, 18rem);
      /* In an element whose height the page fixed, half of it at most: the plot keeps the rest. */
      max-height: 50%;
      overflow-y: auto;
      background: var(--_bg);
      border-top: 1px solid var(--_grid);
      box-shadow: 0 -6px 12px -8px color-mix(in srgb, var(--_fg) 35%, transparent);
    }
    /* The card fills the panel: a short one's surface ends at the window's edge, not midway. */
    .stage:not(.beside) > .story:not(.narrow) > [part~='card'] {
      min-height: 100%;
    }
    /* The title card is as tall as its words and its Start, up to 60 % of the window. */
    .stage:not(.beside) > .story.at-title:not(.narrow) {
      height: auto;
      max-height: 60vh;
      max-height: 60svh;
    }
    /* Its Start stays in sight at the panel's foot however long the image and words above it. */
    .stage:not(.beside) > .story.at-title:not(.narrow) .story-nav {
      position: sticky;
      bottom: 0;
      margin-bottom: 0;
      padding-block: 8px;
      background: var(--_surface);
    }
  }
  /* On paper the card is not printed (the list is): nor is its panel's edge. */
  @media print {
    .stage > .story {
      display: none;
    }
  }
  /* In that column the reading path is two lines: Previous and Next, then "5 of 23", the title and To the end. */
  .beside .story-nav > :is([part~='previous'], [part~='next']) {
    /* Half the line each (less half the 6 px gap): nothing else fits beside them. Where their
       words are longer than half (a long language's "← Previous event"), each takes a line, its words on one
       (wrapping only where even the line is too short for them). */
    flex: 1 1 calc(50% - 3px);
    min-width: fit-content;
  }
  /* Under them the title's and Last's buttons share what "5 of 23" leaves (a long language's Last takes a line of its own, whole). */
  .beside .story-nav > :is([part~='to-title'], [part~='last']) {
    flex: 1 1 auto;
  }
  /* There "5 of 23" starts its line, so its width may change from step to step: no room kept for more digits. */
  .beside [part~='position'] {
    min-width: 0;
  }
  .story [part~='title-card'] h2 {
    font-size: 1.6em;
    margin-top: 2px;
  }
  .story [part~='title-card'] p {
    font-size: 1.1em;
  }
  .story-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin-bottom: 8px;
  }
  /* Previous, Next and "5 of 23" at the start, the title and To the end at the end: the order they are in for Tab. */
  [part~='position'] {
    margin-inline-end: auto;
  }
  [part~='title-card'] .story-nav {
    margin: 12px 0 4px;
  }
  [part~='start'] {
    padding: 10px 22px;
    font-weight: 600;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  [part~='position'] {
    min-width: 5.5em;
    text-align: center;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* Phones (a plot narrower than 540 px): the card is the story: larger type, the reading path on
     top (Previous and Next wide enough for the thumb, position, the title and To the end under them),
     then the image. */
  .narrow [part~='card'] {
    font-size: 1.15em;
    line-height: 1.5;
    display: flex;
    flex-direction: column;
  }
  .narrow .story-nav {
    order: -2;
  }
  .narrow figure {
    order: -1;
  }
  .narrow [part~='title-card'] .story-nav {
    order: 0;
  }
  /*
   * On a phone the first line is ← "5 of 23" → (a carousel's arrows: "← Previous event" did not
   * fit half the line and broke inside its button), the arrows' words kept for assistive
   * technology; the title's and To the end's buttons share the second line. Tab still goes
   * Previous, Next, the title, To the end: left to right, line by line.
   */
  .narrow .story-nav > * {
    /* As wide as its words, the rest shared: "Back to the title" takes more than "To the end". */
    flex: 1 1 auto;
    min-height: var(--_thumb);
    padding: 4px 6px;
    font-size: 0.85em;
  }
  .narrow .story-nav > [part~='previous'],
  .narrow .story-nav > [part~='next'] {
    /* Equal halves of what "5 of 23" leaves. */
    flex: 1 1 0;
    min-height: 48px;
    font-size: 1.3em;
    line-height: 1;
  }
  .narrow .story-nav > [part~='previous'] {
    order: -3;
  }
  .narrow .story-nav > [part~='position'] {
    order: -2;
    flex: 0 0 auto;
    min-width: 0;
    min-height: 0;
    margin-inline-end: 0;
    padding-inline: 8px;
    font-size: 1em;
  }
  .narrow .story-nav > [part~='next'] {
    order: -1;
  }
  /* The line ends after Next, whatever the width: a break as wide as the line (after Next in order). */
  .narrow .story-nav::after {
    content: '';
    order: -1;
    flex: 0 0 100%;
  }
  /* The break's own line takes no room: the lines' gap is the second line's margin. */
  .narrow .story-nav {
    row-gap: 0;
  }
  .narrow .story-nav > :is([part~='to-title'], [part~='last']) {
    margin-top: 6px;
  }
  /* "20 of 23" is one word to the eye: never "20 von / 23". */
  [part~='position'] {
    white-space: nowrap;
  }
`;
