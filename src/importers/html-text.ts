/**
 * HTML fragments to plain text without a DOM: a small tolerant tokenizer (no regular
 * expressions over the markup, no DOMParser), so it runs anywhere and never executes or
 * loads anything. Tags are dropped, the content of `script`, `style` and similar elements is
 * dropped, block elements and `<br>` become line breaks, character references are decoded,
 * and the targets of `<a href>` links are collected.
 */

/** The plain text of an HTML fragment. */
export interface PlainText {
  /** The text: runs of spaces collapsed, one `\n` between blocks, trimmed. */
  text: string;
  /** True when tags or comments were dropped. */
  markup: boolean;
  /** Each `<a href>` in order: its text and its `href` as written (not checked). */
  links: Array<{ text: string; href: string }>;
}

/** Elements whose content is not text for a reader. */
const DROP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'textarea']);

/** Elements that start a new line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul',
]);

/** Named character references an author is likely to write. Others stay as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab',
  raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', euro: '\u20ac',
  pound: '\u00a3', middot: '\u00b7', bull: '\u2022', times: '\u00d7', shy: '',
};

const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHex = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** Decodes the character reference at `html[i] === '&'`: [text, next index]. */
function readReference(html: string, i: number): [string, number] {
  let j = i + 1;
  if (html[j] === '#') {
    j++;
    const hex = html[j] === 'x' || html[j] === 'X';
    if (hex) j++;
    const from = j;
    while (j < html.length && j - from < 8 && (hex ? isHex(html[j]) : isDigit(html[j]))) j++;
    if (j === from) return ['&', i + 1];
    const code = parseInt(html.slice(from, j), hex ? 16 : 10);
    if (html[j] === ';') j++;
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return [valid ? String.fromCodePoint(code) : '\ufffd', j];
  }
  const from = j;
  while (j < html.length && j - from < 10 && (isLetter(html[j]) || isDigit(html[j]))) j++;
  const name = html.slice(from, j);
  if (html[j] === ';' && Object.prototype.hasOwnProperty.call(NAMED, name)) return [NAMED[name], j + 1];
  return ['&', i + 1];
}

/** Decodes the character references in an attribute value or a piece of text. */
function decode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (text[i] === '&') {
      const [piece, next] = readReference(text, i);
      out += piece;
      i = next;
    } else {
      out += text[i++];
    }
  }
  return out;
}

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  /** Index just after the tag's `>` (or the end of the input). */
  end: number;
}

/** Reads the tag that starts at `html[i] === '<'` (the caller checked it is one). */
function readTag(html: string, i: number): Tag {
  let j = i + 1;
  const closing = html[j] === '/';
  if (closing) j++;
  const from = j;
  while (j < html.length && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '/') j++;
  const name = html.slice(from, j).toLowerCase();
  const attributes = new Map<string, string>();
  while (j < html.length && html[j] !== '>') {
    if (isSpace(html[j]) || html[j] === '/') {
      j++;
      continue;
    }
    const nameFrom = j;
    while (j < html.length && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '=' && html[j] !== '/') j++;
    const attribute = html.slice(nameFrom, j).toLowerCase();
    if (j === nameFrom) j++; // a stray '=': skip it
    while (j < html.length && isSpace(html[j])) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < html.length && isSpace(html[j])) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        const stop = close === -1 ? html.length : close;
        value = html.slice(j + 1, stop);
        j = stop + 1;
      } else {
        const valueFrom = j;
        while (j < html.length && !isSpace(html[j]) && html[j] !== '>') j++;
        value = html.slice(valueFrom, j);
      }
    }
    if (attribute !== '' && !attributes.has(attribute)) attributes.set(attribute, decode(value));
  }
  return { name, closing, attributes, end: Math.min(html.length, j + 1) };
}

/** True when `html[i] === '<'` opens a tag, a comment or a declaration (else it is text). */
function opensMarkup(html: string, i: number): boolean {
  const next = html[i + 1] ?? '';
  return isLetter(next) || next === '!' || next === '?' || (next === '/' && isLetter(html[i + 2] ?? ''));
}

/**
 * Index just after the end tag `</name ...>` at or after `from`, or the end of the input. Tag names
 * are compared without case one candidate at a time, never by lower-casing the input: that made each
 * skip cost the whole input, and lower-casing can change a string's length (`İ` becomes two code
 * units), which moved the positions found in the copy away from the text they belong to.
 */
function skipPast(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 1)) {
    const after = html[at + 2 + name.length] ?? '';
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && (after === '' || after === '>' || isSpace(after) || after === '/')) {
      const close = html.indexOf('>', at);
      return close === -1 ? html.length : close + 1;
    }
  }
  return html.length;
}

/** Collapses spaces within lines and blank lines between them. */
function tidy(raw: string): string {
  const lines: string[] = [];
  for (const line of raw.split('\n')) {
    let text = '';
    let space = false;
    for (const c of line) {
      if (isSpace(c) || c === '\u00a0') space = text !== '';
      else {
        text += space ? ` ${c}` : c;
        space = false;
      }
    }
    if (text !== '') lines.push(text);
  }
  return lines.join('\n');
}

/**
 * The plain text of an HTML fragment, never throwing and never touching a DOM.
 * @example htmlToText('<p>Hello <b>world</b> &amp; more</p>') // { text: 'Hello world & more', markup: true, links: [] }
 */
export function htmlToText(html: string): PlainText {
  let raw = '';
  let markup = false;
  const links: PlainText['links'] = [];
  let link: { text: string; href: string } | null = null;
  for (let i = 0; i < html.length; ) {
    const c = html[i];
    if (c === '<' && opensMarkup(html, i)) {
      markup = true;
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close === -1 ? html.length : close + 3;
        continue;
      }
      if (html[i + 1] === '!' || html[i + 1] === '?') {
        const close = html.indexOf('>', i);
        i = close === -1 ? html.length : close + 1;
        continue;
      }
      const tag = readTag(html, i);
      i = tag.end;
      if (!tag.closing && DROP_CONTENT.has(tag.name)) {
        i = skipPast(html, i, tag.name);
        continue;
      }
      if (BLOCK.has(tag.name)) raw += '\n';
      if (tag.name === 'a') {
        if (link) links.push(link);
        link = null;
        const href = tag.attributes.get('href');
        if (!tag.closing && href !== undefined) link = { text: '', href: href.trim() };
      }
      continue;
    }
    let piece: string;
    if (c === '&') {
      const [decoded, next] = readReference(html, i);
      piece = decoded;
      i = next;
    } else {
      piece = c;
      i++;
    }
    raw += piece;
    if (link) link.text += piece;
  }
  if (link) links.push(link);
  for (const l of links) l.text = tidy(l.text).replace(/\n/g, ' ');
  return { text: tidy(raw), markup, links };
}
