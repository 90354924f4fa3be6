import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { TimelineStrings } from '../i18n/strings.js';
import { en } from '../i18n/strings.js';
import { onToolbarKeydown } from './toolbar-keys.js';
import { unavailable } from './unavailable.js';

export interface ControlsInput {
  strings: TimelineStrings;
  rtl: boolean;
  /** The list view is shown: its way back to the timeline instead of the zoom buttons. */
  listView: boolean;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** "List", pressed or not. */
  onToggle: () => void;
  /** The list view's "Timeline". */
  onTimeline: () => void;
}

/**
 * The toolbar's buttons, one group for the arrow keys (see `onToolbarKeydown`): −, +, "Show all"
 * and "List"; in the list view "Timeline" and the pressed "List". A zoom the view cannot take is
 * `aria-disabled`, not `disabled`: pressed to the closest zoom, "+" keeps focus (see unavailable.ts).
 */
export function renderControls(c: ControlsInput): TemplateResult {
  const { strings } = c;
  return html`<div part="controls" role="toolbar" aria-label=${strings.controls} @keydown=${(e: KeyboardEvent) => onToolbarKeydown(e, c.rtl)}>
    ${c.listView
      ? html`<button part="control view-timeline" type="button" @click=${c.onTimeline}>${strings.timelineView ?? en.timelineView}</button>`
      : html`<button part="control zoom-out" type="button" aria-label=${strings.zoomOut} @click=${() => c.canZoomOut && c.onZoomOut()} aria-disabled=${unavailable(!c.canZoomOut)}>−</button>
          <button part="control zoom-in" type="button" aria-label=${strings.zoomIn} @click=${() => c.canZoomIn && c.onZoomIn()} aria-disabled=${unavailable(!c.canZoomIn)}>+</button>
          <button part="control fit" type="button" @click=${() => c.canZoomOut && c.onFit()} aria-disabled=${unavailable(!c.canZoomOut)}>${strings.fitAll}</button>`}
    <button part="control view-toggle" type="button" aria-pressed=${c.listView ? 'true' : 'false'} @click=${c.onToggle}>${strings.listView}</button>
  </div>`;
}
