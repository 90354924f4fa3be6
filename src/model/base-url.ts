/**
 * Links in a document loaded from a URL: a relative source or media URL is relative to the
 * document, as a relative URL in a stylesheet is relative to the stylesheet, so a timeline file
 * and its images can sit together whichever page shows them.
 */
import type { TimelineDocument, TimelineEvent } from './types.js';

/** `url` resolved against `base`, or as it is when it is absolute or cannot be resolved. */
function resolve(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** The document with every source and media URL resolved against `base` (the document is fresh from the parser: it is changed in place). */
export function resolveAgainst(doc: TimelineDocument, base: string): TimelineDocument {
  for (const event of doc.events as TimelineEvent[]) {
    if (event.media) event.media = { ...event.media, src: resolve(event.media.src, base) };
    if (event.sources) event.sources = event.sources.map((s) => ({ ...s, url: resolve(s.url, base) }));
  }
  return doc;
}
