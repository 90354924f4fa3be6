/** Whether two lists hold the same values, one by one (by identity): what a drawing was made from, against now. */
export function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
