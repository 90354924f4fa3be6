import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * A heading at `level` (1 to 6; outside it, the nearest), so the page chooses where the card's and
 * the list's headings sit in its own outline (`heading-level`).
 */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i}>${content}</h5>`;
    default:
      return html`<h6 id=${i}>${content}</h6>`;
  }
}
