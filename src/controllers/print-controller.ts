import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: between `beforeprint` and `afterprint`, or while it is laid
 * out for print without those events (a tool that makes a PDF from print media without printing:
 * the plot is hidden on paper, and without the list nothing of the timeline was left). The host
 * renders again when it changes; on paper it shows the list.
 */
export class PrintController implements ReactiveController {
  printing = false;
  readonly #host: ReactiveControllerHost;
  readonly #media = matchMedia('print');

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
    this.#media.addEventListener('change', this.#onPrint);
    this.#set(this.#media.matches);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
    this.#media.removeEventListener('change', this.#onPrint);
  }

  readonly #onPrint = (e: Event): void => {
    this.#set(e.type === 'beforeprint' || (e.type !== 'afterprint' && this.#media.matches));
  };

  #set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.#host.requestUpdate();
  }
}
