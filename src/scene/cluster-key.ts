/**
 * A "+N" mark's key: its lane and its first member's position in time order. It stays the same
 * while panning, and while zooming splits the mark into smaller ones (the first keeps it), so
 * focus and hover can follow it.
 */
export function clusterKey(laneIndex: number, firstIndex: number): string {
  return `${laneIndex}:${firstIndex}`;
}

/** The lane and first member of a "+N" mark's key, or null for any other key (a strip's bucket's). */
export function parseClusterKey(key: string | null | undefined): { laneIndex: number; firstIndex: number } | null {
  const match = key ? /^(\d+):(\d+)$/.exec(key) : null;
  return match ? { laneIndex: Number(match[1]), firstIndex: Number(match[2]) } : null;
}
