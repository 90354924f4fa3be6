import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { TimelineProblem } from '../model/parse.js';
import { countProblems } from '../model/problems.js';
import type { TimelineErrorDetail } from '../dom-events/timeline-events.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { plural } from '../i18n/strings.js';

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 50;

/**
 * A message with what it quotes from the data (JSON-quoted: `"2020-13-01"`) in `<bdi>`, so a
 * right-to-left override inside a quote cannot reverse the library's words after it.
 */
function isolated(message: string): Array<string | TemplateResult> {
  return message.split(/("(?:[^"\\]|\\.)*")/).map((piece, i) => (i % 2 ? html`<bdi>${piece}</bdi>` : piece));
}

/** The dismissable panel listing the data's problems, each with its path. */
export function renderProblems(problems: TimelineProblem[], strings: TimelineStrings, locale: string, onDismiss: () => void) {
  const shown = problems.slice(0, MAX_LISTED);
  // Counted as the problems they are: a list cut at 1,000 ends with one that stands for the rest.
  const total = countProblems(problems);
  const more = total - countProblems(shown);
  return html`<div part="problems" role="region" aria-labelledby="problems-title">
    <div class="panel-head">
      <span id="problems-title">${plural(strings.problems, total, locale)}</span>
      <button part="control dismiss" type="button" @click=${onDismiss}>${strings.dismiss}</button>
    </div>
    <ul>
      ${shown.map((p) => html`<li><bdi><code>${p.path}</code></bdi>: ${isolated(p.message)}</li>`)}
      ${more > 0 ? html`<li>… +${more.toLocaleString(locale)}</li>` : ''}
    </ul>
  </div>`;
}

/** The dismissable message shown when `src` could not be loaded. */
export function renderLoadError(error: TimelineErrorDetail, strings: TimelineStrings, onDismiss: () => void) {
  return html`<div part="error" role="alert">
    <div class="panel-head">
      <span>${strings.loadFailed}</span>
      <button part="control dismiss" type="button" @click=${onDismiss}>${strings.dismiss}</button>
    </div>
    <p>${isolated(error.message)}</p>
  </div>`;
}
