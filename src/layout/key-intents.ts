/** What a key press on the timeline asks for. */
export type KeyIntent =
  | { type: 'move'; to: 'previous' | 'next' | 'up' | 'down' | 'first' | 'last' }
  | { type: 'page'; direction: -1 | 1 }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' }
  | { type: 'close' };

/** The keys of a keyboard event that matter here. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * Maps a key press to an intent. Left and Right follow the visual direction: in right-to-left
 * layouts time flows leftwards, so Left moves to the next (later) event. Enter and Space are left
 * to the focused button's own activation.
 */
export function keyIntent(e: KeyPress, rtl: boolean): KeyIntent | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowLeft':
      return { type: 'move', to: rtl ? 'next' : 'previous' };
    case 'ArrowRight':
      return { type: 'move', to: rtl ? 'previous' : 'next' };
    case 'ArrowUp':
      return { type: 'move', to: 'up' };
    case 'ArrowDown':
      return { type: 'move', to: 'down' };
    case 'Home':
      return { type: 'move', to: 'first' };
    case 'End':
      return { type: 'move', to: 'last' };
    case 'PageUp':
      return { type: 'page', direction: -1 };
    case 'PageDown':
      return { type: 'page', direction: 1 };
    case '+':
    case '=':
      return { type: 'zoom', factor: 2 };
    case '-':
      return { type: 'zoom', factor: 0.5 };
    case '0':
      return { type: 'fit' };
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}
