import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { TimelineStrings } from '../i18n/strings.js';
import { ownDirection } from './own-direction.js';

/**
 * Outside story mode, the document's title at the start of the toolbar (on two lines when the room
 * runs short, cut only past the second), and an "About" button that shows the description under
 * the toolbar: one click away.
 */
export function renderHeader(title: string, description: string | undefined, open: boolean, strings: TimelineStrings, onToggle: () => void): TemplateResult {
  return html`<div part="header" class="header">
    <span part="title" class="header-title" title=${title}>${ownDirection(title)}</span>
    ${description
      ? html`<button part="control about" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="description" @click=${onToggle}>${strings.about}</button>`
      : nothing}
  </div>`;
}

/** The description the "About" button shows. */
export function renderDescription(description: string): TemplateResult {
  return html`<p part="description" id="description" class="description">${ownDirection(description)}</p>`;
}
