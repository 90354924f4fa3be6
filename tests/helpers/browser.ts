import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates an IANA time zone for the page (via the DevTools protocol). */
export async function emulateTimezone(timezoneId: string): Promise<void> {
  await executeServerCommand('emulate-timezone', { timezoneId });
}

/** A two-finger touch pinch around (x, y) in viewport pixels; scaleFactor > 1 zooms in. */
export async function pinch(x: number, y: number, scaleFactor: number): Promise<void> {
  await executeServerCommand('pinch', { x, y, scaleFactor });
}
