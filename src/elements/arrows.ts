import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * The arrows of "← Previous" and "Next →": decoration (a screen reader says the words alone), and
 * mirrored where the page reads right to left, where earlier events lie to the right (see the
 * `.arrow` rule in the styles). The buttons join them to their words with a no-break space: a
 * label that wraps (a long language's "Next event →" beside the plot) keeps its arrow beside a word,
 * never on a line of its own.
 */
export const back: TemplateResult = html`<span class="arrow" aria-hidden="true">←</span>`;
export const forth: TemplateResult = html`<span class="arrow" aria-hidden="true">→</span>`;
