/**
 * The test server's counted and controlled requests (scripts/wtr-test-server.mjs), by key: a
 * URL that holds its answer until released, or streams without end, and the server's own
 * count of what reached it and how each request ended.
 */

/** The page's own fetch, taken before any test replaces or watches it, for talking to the server. */
const serverFetch = window.fetch.bind(window);

/** A URL of the test server. */
export const serverUrl = (route: string): string => new URL(`/__test-server/${route}`, location.origin).href;

/** What reached the server for a key: requests started, answered in full, and given up by the client. */
export interface ServerLog {
  started: number;
  finished: number;
  aborted: number;
}

/** A key of its own for one test's requests. */
export const newKey = (): string => crypto.randomUUID();

/** A URL whose answer (tests/fixtures/network/`file`.json) waits for `release(key)`. */
export const holdUrl = (key: string, file = 'base'): string => serverUrl(`hold?key=${key}&file=tests/fixtures/network/${file}.json`);

/** A URL held like {@link holdUrl} whose release closes the connection without an answer (a network error). */
export const failingHoldUrl = (key: string): string => serverUrl(`hold?key=${key}&destroy`);

/** A URL whose body never ends (gzip-encoded with `gzip`). */
export const endlessUrl = (key: string, gzip = false): string => serverUrl(`endless?key=${key}${gzip ? '&gzip' : ''}`);

/**
 * The server's counts for `key`; with `until`, once that count has reached `count`, or for
 * `settled`, once `count` requests started and each has ended (the server gives up after 15 s).
 */
export async function serverLog(key: string, until?: keyof ServerLog | 'settled', count = 1): Promise<ServerLog> {
  const response = await serverFetch(serverUrl(`log?key=${key}${until ? `&until=${until}&count=${count}` : ''}`));
  return (await response.json()) as ServerLog;
}

/** Answers every held request of `key`; returns how many there were. */
export async function release(key: string): Promise<number> {
  const response = await serverFetch(serverUrl(`release?key=${key}`));
  return ((await response.json()) as { released: number }).released;
}
