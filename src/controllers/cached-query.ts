/**
 * One element of a render root, looked up again only when the render has replaced it: an
 * attribute selector over a shadow root of a few hundred nodes costs microseconds, and the element
 * and its controllers look up the same handful of boxes after every frame of a gesture. For a
 * selector that matches one element at most: while the one found stays in the document, another
 * match added later is not looked for.
 */
export class CachedQuery<T extends Element = HTMLElement> {
  readonly #selector: string;
  #found: T | null = null;

  constructor(selector: string) {
    this.#selector = selector;
  }

  /** The element in `root` (the one found before while it is still in the document). */
  in(root: ParentNode): T | null {
    if (!this.#found?.isConnected) this.#found = root.querySelector<T>(this.#selector);
    return this.#found;
  }
}
