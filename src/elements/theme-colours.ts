import { unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';

/**
 * The theme's default colours, light and dark, each once: `--_name` is read from
 * `--timeline-property` when the page sets it, else from these. The stylesheet uses each pair
 * three times (as `light-dark()`, and for engines without it, light and then dark under
 * `prefers-color-scheme`), so the pairs live here and the rules are written from them.
 */
const COLOURS: ReadonlyArray<readonly [name: string, property: string, light: string, dark: string]> = [
  ['fg', 'color', '#1b1e23', '#e8eaed'],
  ['muted', 'muted-color', '#596068', '#a9b0b9'],
  ['bg', 'background', '#ffffff', '#15171b'],
  ['surface', 'surface', '#f4f5f7', '#1f2228'],
  ['grid', 'grid-color', '#e2e5e9', '#2b2f36'],
  ['axis', 'axis-color', '#8a9099', '#7b838e'],
  ['accent', 'accent-color', '#1d5fbf', '#8ab4f8'],
  ['event', 'event-color', '#3b5b8c', '#8fb0e0'],
  ['deadline', 'deadline-color', '#b3261e', '#ff8a80'],
  ['deadline-text', 'deadline-text-color', '#ffffff', '#1b1e23'],
  ['now', 'now-color', '#0b7a45', '#5fd39a'],
  ['now-text', 'now-text-color', '#ffffff', '#1b1e23'],
  ['focus', 'focus-color', '#1d5fbf', '#8ab4f8'],
];

const declarations = (value: (light: string, dark: string) => string): string =>
  COLOURS.map(([name, property, light, dark]) => `--_${name}: var(--timeline-${property}, ${value(light, dark)});`).join('');

/**
 * Dark where the page says it can be (`color-scheme: light dark`, or `dark`, on it or an
 * ancestor), as form controls are: `light-dark()` follows the element's used colour scheme. A
 * page that declares nothing stays light, so a light article gets no black box in a dark system.
 * Engines without `light-dark()` (Chrome before 123, Safari before 17.5) get the plain values and
 * follow the system, as before. Printed, it is light.
 */
export const themeColours: CSSResult = unsafeCSS(
  `:host{${declarations((light, dark) => `light-dark(${light}, ${dark})`)}}` +
    `@supports not (color: light-dark(#000, #fff)){:host{${declarations((light) => light)}}` +
    `@media screen and (prefers-color-scheme: dark){:host{${declarations((_, dark) => dark)}}}}` +
    // Paper is white whatever the screen's scheme: the dark theme's light greys and blues on it
    // (dates, lane names, links) were about 2:1.
    `@media print{:host{color-scheme:light}}`,
);
