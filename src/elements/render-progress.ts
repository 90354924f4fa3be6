import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { setStyles } from './directives/set-styles.js';

/**
 * How far a large document has got while it is read or arranged: its words ("Loading 340,000
 * of 1,000,000 events") over a bar, as a progress bar for assistive technology.
 */
export function renderProgress(text: string, done: number, total: number): TemplateResult {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return html`<div part="progress" class="progress" role="progressbar" aria-valuemin="0" aria-valuemax=${total} aria-valuenow=${done} aria-valuetext=${text}>
    <span class="progress-text">${text}</span>
    <span class="progress-track"><span class="progress-fill" ${setStyles({ width: `${(share * 100).toFixed(1)}%` })}></span></span>
  </div>`;
}
