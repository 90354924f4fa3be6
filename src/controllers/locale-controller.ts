import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STRINGS_EVENT, stringsFor } from '../i18n/strings.js';
import type { TimelineStrings } from '../i18n/strings.js';

/** What the locale reads of its element. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  readonly locale: string | null;
  readonly strings: Partial<TimelineStrings>;
}

/**
 * The reader's language and writing direction: the `locale` attribute, else the nearest `lang`
 * in the page, resolved to a valid language tag (a bad one is reported once, not every frame);
 * the words the timeline shows (the language's, with the page's `strings` over them); and whether
 * time flows right to left (the element's direction). Read before every render.
 */
export class LocaleController implements ReactiveController {
  /** A valid BCP 47 tag. */
  locale = 'en';
  strings: TimelineStrings = stringsFor('en');
  /** Time flows right to left. */
  rtl = false;
  #asked = '';
  #stringsFrom: Partial<TimelineStrings> | null = null;
  #stringsBase: TimelineStrings | null = null;

  readonly #host: LocaleHost;

  constructor(host: LocaleHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener(STRINGS_EVENT, this.#onStrings);
    this.hostUpdate();
  }

  hostDisconnected(): void {
    removeEventListener(STRINGS_EVENT, this.#onStrings);
  }

  readonly #onStrings = (): void => this.#host.requestUpdate();

  hostUpdate(): void {
    const host = this.#host;
    const written = host.locale || host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    const lang = written || navigator.language || 'en';
    if (lang !== this.#asked) {
      this.#asked = lang;
      const locale = canonical(lang);
      if (locale) this.locale = locale;
      else if (!written) {
        // The browser's own language can be a POSIX name ("en-US@posix", "C.UTF-8" on some Linux
        // set-ups): its language part, or English, without a word to the page.
        this.locale = canonical(lang.split(/[@.]/)[0]!) ?? 'en';
      } else {
        this.locale = 'en';
        // A page's bad `locale` or `lang` is its author's to fix. Once per value: it is checked
        // again only when the language asked for changes.
        console.warn(`<event-timeline>: ${host.locale ? 'locale' : 'lang'}="${lang}" is not a valid language tag; using English`);
      }
    }
    // A language module may register after the first render (it loads beside the bundle).
    const base = stringsFor(this.locale);
    if (this.#stringsFrom !== host.strings || this.#stringsBase !== base) {
      this.#stringsFrom = host.strings;
      this.#stringsBase = base;
      // A key given as undefined (`{ zoomIn: undefined }`, which `Partial` allows) keeps the default:
      // spread, it blanked the button's name.
      const own = Object.entries(host.strings ?? {}).filter(([, value]) => value !== undefined && value !== null);
      this.strings = { ...base, ...Object.fromEntries(own) } as TimelineStrings;
    }
    this.rtl = (host.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.dir).toLowerCase() === 'rtl';
  }
}

/** `tag` as `Intl` writes it, or null when it is not a language tag. */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}
