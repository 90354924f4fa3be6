/**
 * Shows each markup event's own content (its text, links and images) through the manual slots of
 * `root`: the `selected` one's in its card, and in the list view and on paper every other one's in
 * its article (a printed markup timeline was titles alone, less than its markup shows without
 * JavaScript). An element goes to one slot at a time; only `host`'s own children are assigned.
 * `markup`: the markup events' elements by id (null when the events did not come from markup).
 */
export function assignMarkupSlots(host: Element, root: ParentNode, markup: ReadonlyMap<string, Element> | null, selected: string | null): void {
  const own = (id: string | null | undefined) => {
    const element = id ? markup?.get(id) : undefined;
    return element?.parentElement === host ? element : undefined;
  };
  const selectedElement = own(selected);
  for (const slot of root.querySelectorAll<HTMLSlotElement>('[part~="list-item"] slot.markup')) {
    const element = own(slot.dataset.eventId);
    if (element && element !== selectedElement) slot.assign(element);
    else slot.assign();
  }
  const card = root.querySelector<HTMLSlotElement>('slot[name="card"]');
  if (card) {
    if (selectedElement) card.assign(selectedElement);
    else card.assign();
  }
}
