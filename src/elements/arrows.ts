import { html } from 'lit';

/**
 * The arrows of "← Previous" and "Next →": decoration (a screen reader says the words alone), and
 * mirrored where the page reads right to left, where earlier events lie to the right (see the
 * `.arrow` rule in the styles).
 */
export const back = html`<span class="arrow" aria-hidden="true">←</span>`;
export const forth = html`<span class="arrow" aria-hidden="true">→</span>`;
