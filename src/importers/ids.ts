/** Readable, stable ids for imported events and lanes. */

/**
 * A lower-case slug of `text`: letters and digits (accents removed), words joined by `-`,
 * at most `max` characters; empty when nothing is left.
 * @example slugify('Police & Intelligence!') // 'police-intelligence'
 */
export function slugify(text: string, max = 48): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let slug = '';
  let dash = false;
  for (const c of ascii) {
    const keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      if (dash && slug !== '') slug += '-';
      slug += c;
      dash = false;
      if (slug.length >= max) break;
    } else {
      dash = true;
    }
  }
  return slug.replace(/-+$/, '');
}

/**
 * Hands out ids that are unique within one document: the wanted id when it is free, else
 * the id with `-2`, `-3`, … appended. The same sequence of requests always gives the same ids.
 */
export class IdPool {
  readonly #used = new Set<string>();

  /** `wanted` if free, else the first free `wanted-n`. Records the result. */
  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#used.has(id); n++) id = `${wanted}-${n}`;
    this.#used.add(id);
    return id;
  }
}
