import { keyIntent } from '../layout/key-intents.js';

/**
 * The toolbar's arrow keys: Left and Right (in the visual direction) move focus to the
 * neighbouring enabled button, Home and End to the first and last; Tab still reaches each.
 */
export function onToolbarKeydown(e: KeyboardEvent, rtl: boolean): void {
  const intent = keyIntent(e, rtl);
  if (intent?.type !== 'move' || intent.to === 'up' || intent.to === 'down') return;
  const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button:enabled')];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  const to = intent.to === 'first' ? 0 : intent.to === 'last' ? buttons.length - 1 : Math.min(buttons.length - 1, Math.max(0, at + (intent.to === 'next' ? 1 : -1)));
  e.preventDefault();
  buttons[to]?.focus();
}
