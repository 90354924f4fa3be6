/** The timeline's one Tab stop among what the overlay shows. */
import type { Scene } from './types.js';
import { shownBucket } from './strip.js';

/** Which mark takes the Tab stop: an event's id, or a "+N" mark's or a strip bucket's key. */
export interface TabStop {
  readonly id: string | null;
  readonly cluster: string | null;
}

/**
 * The active event's mark when it is shown; else the "+N" mark holding it when that is shown;
 * else the earliest event whose mark starts in view; else the first deadline; else the bucket
 * the first density strip shows.
 */
export function tabStop(scene: Scene, activeId: string | null, activeCluster: string | null): TabStop {
  let first: { index: number; id: string } | null = null;
  let found = false;
  for (const lane of scene.lanes) {
    for (const m of lane.marks) {
      if (m.item.id === activeId) found = true;
      const visible = scene.rtl ? m.right <= scene.width : m.left >= 0;
      if (visible && (!first || m.item.index < first.index)) first = { index: m.item.index, id: m.item.id };
    }
    if (activeCluster && (lane.clusters.some((c) => c.key === activeCluster) || lane.strip?.buckets.some((b) => b.key === activeCluster))) return { id: null, cluster: activeCluster };
  }
  if (activeCluster && scene.band.clusters.some((c) => c.key === activeCluster)) return { id: null, cluster: activeCluster };
  if (activeId && (found || scene.rules.some((r) => r.item?.id === activeId))) return { id: activeId, cluster: null };
  const deadline = scene.rules.find((r) => r.item);
  const id = first?.id ?? deadline?.item?.id ?? null;
  const strip = scene.lanes.find((l) => l.strip)?.strip;
  const bucket = !id && strip ? shownBucket(strip, null) : null;
  return { id, cluster: bucket?.key ?? null };
}
