import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineErrorDetail } from '../dom-events/timeline-events.js';

/** What a fetch of `src` produced: JSON to parse, or a failure to report. */
export type SourceResult =
  | { ok: true; url: string; json: unknown }
  | { ok: false; error: TimelineErrorDetail };

/**
 * Fetches the `src` URL. A new URL aborts the request in flight, so only the newest answer
 * is ever delivered; a request that takes longer than `timeout` ms fails with `cause: 'timeout'`.
 * Disconnecting aborts everything.
 */
export class SourceController implements ReactiveController {
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private current: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly deliver: (result: SourceResult) => void,
  ) {
    host.addController(this);
  }

  /** Starts loading `url` (or stops, for null), unless it is already the current one. */
  load(url: string | null, timeout: number, force = false): void {
    if (url === this.current && !force) return;
    this.cancel();
    this.current = url;
    this.timeout = timeout;
    this.interrupted = false;
    if (!url) return;
    const abort = new AbortController();
    this.abort = abort;
    let timedOut = false;
    this.timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeout);
    void this.fetchJson(url, abort.signal).then(
      (result) => this.finish(abort, result),
      () => {
        if (timedOut) {
          this.finish(abort, fail('timeout', `Loading ${url} took longer than ${timeout} ms`, url));
        } else if (!abort.signal.aborted) {
          this.finish(abort, fail('network', `Could not reach ${url} (network error)`, url));
        }
      },
    );
  }

  hostConnected(): void {
    // An element moved in the DOM resumes the load its removal interrupted.
    if (this.interrupted && this.current) this.load(this.current, this.timeout, true);
  }

  hostDisconnected(): void {
    this.interrupted = this.abort !== undefined;
    this.cancel();
  }

  private timeout = 0;
  private interrupted = false;

  private async fetchJson(url: string, signal: AbortSignal): Promise<SourceResult> {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      return {
        ok: false,
        error: { cause: 'http', status: response.status, url, message: `Loading ${url} failed: HTTP ${response.status} ${response.statusText}`.trim() },
      };
    }
    const text = await response.text();
    try {
      return { ok: true, url, json: JSON.parse(text) as unknown };
    } catch (e) {
      return fail('json', `${url} is not valid JSON: ${(e as Error).message}`, url);
    }
  }

  private finish(abort: AbortController, result: SourceResult): void {
    if (this.abort !== abort) return; // superseded by a newer src
    this.clearTimer();
    this.abort = undefined;
    this.deliver(result);
  }

  private cancel(): void {
    this.clearTimer();
    this.abort?.abort();
    this.abort = undefined;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function fail(cause: TimelineErrorDetail['cause'], message: string, url: string): SourceResult {
  return { ok: false, error: { cause, message, url } };
}
