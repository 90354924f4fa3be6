import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates an IANA time zone for the page (via the DevTools protocol). */
export async function emulateTimezone(timezoneId: string): Promise<void> {
  await executeServerCommand('emulate-timezone', { timezoneId });
}

/** A two-finger touch pinch around (x, y) in viewport pixels; scaleFactor > 1 zooms in. */
export async function pinch(x: number, y: number, scaleFactor: number): Promise<void> {
  await executeServerCommand('pinch', { x, y, scaleFactor });
}

/** A real wheel event at viewport (x, y); `ctrl` holds Control as trackpad pinches report. */
export async function wheel(x: number, y: number, delta: { deltaX?: number; deltaY?: number; ctrl?: boolean }): Promise<void> {
  await executeServerCommand('wheel', { x, y, ...delta });
}

/**
 * Real mouse moves through `points` (viewport px), one after another without a round trip to the
 * test page between them (the buttons stay as `sendMouse` left them): a quick series, as a hand's.
 */
export async function mouseMoves(points: Array<[number, number]>): Promise<void> {
  await executeServerCommand('mouse-moves', { points });
}

/**
 * Real touch input: each finger moves from `from` to `to` (viewport px) in `steps` moves. With `hold`
 * (ms), the fingers rest at their end before lifting, so the page stops where they left it (no fling).
 */
export async function touchDrag(points: Array<{ from: [number, number]; to: [number, number] }>, steps = 8, hold = 0): Promise<void> {
  await executeServerCommand('touch-drag', { points, steps, hold });
}

/** A phone's viewport with touch (`isMobile`, `hasTouch`), or a desktop one again with `mobile: false`. */
export async function phone(width: number, height: number, mobile = true): Promise<void> {
  await executeServerCommand('phone', { width, height, mobile });
}

/**
 * Emulates CSS media features (including `forced-colors`, which the stock `emulateMedia` skips under
 * puppeteer), and with `media` the media type in the same call ('print' from a dark system).
 */
export async function emulateMediaFeatures(features: Record<string, string>, media = ''): Promise<void> {
  await executeServerCommand('emulate-media-features', { media, features: Object.entries(features).map(([name, value]) => ({ name, value })) });
}
