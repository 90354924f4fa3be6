/**
 * `aria-disabled` for a button with nowhere to go (Previous on the first event, Next and To the end on
 * the last, "+" at the closest zoom, "−" and Show all with everything shown). Not `disabled`: a
 * button disabled by its own press (Next onto the last event) drops keyboard focus to the page,
 * and the reader's next Tab starts again from the top or lands in the card's links. An
 * `aria-disabled` button keeps focus, is announced as unavailable, and its click does nothing
 * (the caller checks).
 */
export function unavailable(off: boolean): 'true' | 'false' {
  return off ? 'true' : 'false';
}
