import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineErrorDetail } from '../dom-events/timeline-events.js';

/** How long a request may take (ms), and how large its body may be (bytes, after decompression). */
export interface SourceLimits {
  readonly timeout: number;
  readonly maxBytes: number;
}

/** What a fetch of `src` produced: JSON to parse, or a failure to report. */
export type SourceResult =
  | { ok: true; url: string; json: unknown }
  | { ok: false; error: TimelineErrorDetail };

/**
 * Fetches the `src` URL. A new URL aborts the request in flight, so only the newest answer
 * is ever delivered; a request that takes longer than `timeout` ms fails with `cause: 'timeout'`,
 * and a body larger than `maxBytes` with `cause: 'size'` as soon as that much has arrived (the
 * rest is not read, so a compressed body that inflates without end stops at the limit).
 * Only a connected element fetches: disconnecting aborts the request in flight, a URL given while
 * disconnected waits, and connecting again starts what was interrupted or waiting.
 */
export class SourceController implements ReactiveController {
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #current: string | null = null;
  #limits: SourceLimits = { timeout: 0, maxBytes: 0 };
  #connected = false;
  /** The current URL still has to be fetched once the element is connected. */
  #waiting = false;

  readonly #deliver: (result: SourceResult) => void;

  constructor(
    host: ReactiveControllerHost,
    deliver: (result: SourceResult) => void,
  ) {
    this.#deliver = deliver;
    host.addController(this);
  }

  /** A document is being fetched, or waits for the element to be connected to be. */
  get loading(): boolean {
    return !!this.#abort || this.#waiting;
  }

  /** Loads `url` (or stops, for null), unless it is already the current one; while disconnected, once connected. */
  load(url: string | null, limits: SourceLimits, force = false): void {
    if (url === this.#current && !force) return;
    this.#cancel();
    this.#current = url;
    this.#limits = limits;
    this.#waiting = !!url && !this.#connected;
    if (url && this.#connected) this.#start(url);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#waiting && this.#current) {
      this.#waiting = false;
      this.#start(this.#current);
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    // An element moved in the DOM resumes the load its removal interrupted.
    if (this.#abort) this.#waiting = true;
    this.#cancel();
  }

  #start(url: string): void {
    const { timeout, maxBytes } = this.#limits;
    const abort = new AbortController();
    this.#abort = abort;
    let timedOut = false;
    this.#timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeout);
    void this.#fetchJson(url, abort.signal, maxBytes).then(
      (result) => this.#finish(abort, result),
      () => {
        if (timedOut) {
          this.#finish(abort, fail('timeout', `Loading ${url} took longer than ${timeout} ms`, url));
        } else if (!abort.signal.aborted) {
          this.#finish(abort, fail('network', `Could not reach ${url} (network error)`, url));
        }
      },
    );
  }

  async #fetchJson(url: string, signal: AbortSignal, maxBytes: number): Promise<SourceResult> {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      return {
        ok: false,
        error: { cause: 'http', status: response.status, url, message: `Loading ${url} failed: HTTP ${response.status} ${response.statusText}`.trim() },
      };
    }
    // Read as it arrives, counting, so that the limit holds while reading, not after.
    const decoder = new TextDecoder();
    let text = '';
    let size = 0;
    for (const reader = response.body?.getReader(); reader; ) {
      const { done, value } = await reader.read();
      if (done) break;
      if ((size += value.byteLength) > maxBytes) {
        void reader.cancel();
        return fail('size', `${url} is larger than ${maxBytes / 1e6} MB (the max-size limit); it was not read to the end`, url);
      }
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
    try {
      return { ok: true, url, json: JSON.parse(text) as unknown };
    } catch (e) {
      return fail('json', `${url} is not valid JSON: ${(e as Error).message}`, url);
    }
  }

  #finish(abort: AbortController, result: SourceResult): void {
    if (this.#abort !== abort) return; // superseded by a newer src
    this.#clearTimer();
    this.#abort = undefined;
    this.#deliver(result);
  }

  #cancel(): void {
    this.#clearTimer();
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

function fail(cause: TimelineErrorDetail['cause'], message: string, url: string): SourceResult {
  return { ok: false, error: { cause, message, url } };
}
