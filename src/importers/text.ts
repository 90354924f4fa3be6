/** Reading HTML text fields of imported data into plain text, with their links as sources. */
import type { TimelineSource } from '../model/types.js';
import { describeValue, type ProblemList } from '../model/problems.js';
import { UNREADABLE } from '../model/read.js';
import { safeUrl } from '../model/safety.js';
import { htmlToText, type PlainText } from './html-text.js';
import { linkLabel } from './media.js';

/**
 * The plain text of an HTML text field, or undefined when absent or empty. A value that is
 * not text is reported and ignored. Numbers are taken as text.
 */
export function readHtml(value: unknown, path: string, problems: ProblemList): PlainText | undefined {
  if (value === undefined || value === null || value === UNREADABLE) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return { text: String(value), markup: false, links: [] };
  if (typeof value !== 'string') {
    problems.error(path, `expected text, got ${describeValue(value)}; it is left out`, value);
    return undefined;
  }
  const plain = htmlToText(value);
  return plain.text === '' && plain.links.length === 0 ? undefined : plain;
}

/**
 * Carries the links of an HTML field over as sources: those that are safe `http:`/`https:` or
 * relative URLs are added to `sources` (each URL once), unsafe ones (`javascript:` …) are
 * reported and dropped. When the field had markup, a warning says it was dropped and how many of
 * its links this call kept.
 */
export function carryLinks(plain: PlainText | undefined, path: string, problems: ProblemList, sources: TimelineSource[]): void {
  if (!plain) return;
  const before = sources.length;
  const seen = new Set(sources.map((s) => s.url));
  for (const link of plain.links) {
    const url = safeUrl(link.href);
    if (url === null) {
      if (link.href !== '') problems.error(path, `the link ${JSON.stringify(link.href.slice(0, 80))} is not an http(s) URL; it is left out`, link.href);
      continue;
    }
    if (url.startsWith('#') || seen.has(url)) continue;
    seen.add(url);
    sources.push({ label: link.text || linkLabel(url), url });
  }
  reportMarkup(plain, path, problems, sources.length - before);
}

/** Reports that markup was dropped from a field (a warning: the text itself is kept). */
export function reportMarkup(plain: PlainText | undefined, path: string, problems: ProblemList, linkCount = 0): void {
  if (!plain?.markup) return;
  const links = linkCount === 0 ? '' : linkCount === 1 ? '; its link is kept as a source' : `; its ${linkCount} links are kept as sources`;
  problems.warning(path, `HTML markup was dropped: the timeline shows plain text${links}`);
}

/** `text` on one line, cut to `max` characters at a word boundary when possible, with `…`. */
export function oneLine(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max - 1);
  return `${line.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
