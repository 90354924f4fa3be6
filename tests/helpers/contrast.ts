/**
 * The red, green and blue (0–255) of a `#rrggbb` colour, a computed `rgb()`/`rgba()` one, or the
 * `color(srgb r g b)` (0–1) that Chromium computes `color-mix(in srgb, …)` to.
 */
export function channels(color: string): number[] {
  if (color.startsWith('#')) return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const numbers = color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  return color.startsWith('color(srgb') ? numbers.map((v) => v * 255) : numbers;
}

/** WCAG relative luminance of a colour. */
export function luminance(color: string): number {
  const [r, g, b] = channels(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
