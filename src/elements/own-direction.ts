import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * Text from the data in its own direction, set on the page's side: an English title in an
 * Arabic card keeps its full stop at its end and stays right-aligned with the card's other
 * lines, an Arabic title in an English card reads right to left from the left (`<bdi>`: an
 * isolate whose direction comes from its first letter).
 */
export function ownDirection(text: unknown): TemplateResult {
  return html`<bdi>${text}</bdi>`;
}
