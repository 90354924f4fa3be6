import { css } from 'lit';

/** Styles of story mode's card and reading path, and of the compact title line outside it. */
export const storyStyles = css`
  .header {
    display: flex;
    align-items: center;
    gap: 6px;
    /* Only the room the range and the controls leave: it never wraps the toolbar. */
    flex: 1 1 0;
    min-width: 0;
  }
  .header-title {
    font-weight: 700;
    min-width: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
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
    container-type: inline-size;
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
  [part~='to-title'] {
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
  /* Phones: the card is the story: larger type, and Previous and Next as wide as the thumb needs. */
  @container (max-width: 540px) {
    .story [part~='card'] {
      font-size: 1.15em;
      line-height: 1.5;
      display: flex;
      flex-direction: column;
    }
    /* The reading path stays on top, the image comes first after it. */
    .story-nav {
      order: -2;
    }
    .story figure {
      order: -1;
    }
    .story [part~='card'] h2 {
      font-size: 1.45em;
    }
    /* Previous and Next side by side on top; the title, the position and Last under them. */
    .story-nav {
      display: grid;
      grid-template-columns: repeat(6, 1fr);
    }
    [part~='title-card'] .story-nav {
      display: flex;
      order: 0;
    }
    .story-nav [part~='control'] {
      min-height: 48px;
    }
    [part~='previous'] {
      grid-column: 1 / 4;
    }
    [part~='next'] {
      grid-column: 4 / 7;
    }
    [part~='to-title'],
    [part~='position'],
    [part~='last'] {
      grid-row: 2;
      font-size: 0.85em;
    }
    .story-nav [part~='to-title'],
    .story-nav [part~='last'] {
      min-height: 40px;
    }
    [part~='to-title'] {
      grid-column: 1 / 3;
    }
    [part~='position'] {
      grid-column: 3 / 5;
    }
    [part~='last'] {
      grid-column: 5 / 7;
    }
  }
`;
