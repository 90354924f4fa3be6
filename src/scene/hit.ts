/** What is under a point of the plot: hit-testing against the scene's own boxes. */
import type { Scene, SceneBucket, SceneCluster, SceneMark, SceneRule } from './types.js';

/** An event's mark, a "+N" mark, a deadline's label or a density strip's bucket under the point. */
export type Hit =
  | { readonly kind: 'mark'; readonly mark: SceneMark }
  | { readonly kind: 'bucket'; readonly bucket: SceneBucket; readonly laneIndex: number }
  | { readonly kind: 'cluster'; readonly cluster: SceneCluster }
  | { readonly kind: 'rule'; readonly rule: SceneRule };

const inside = (x: number, y: number, b: { left: number; right: number; top: number; height: number }) =>
  x >= b.left && x < b.right && y >= b.top && y < b.top + b.height;

/** What is under (`x`, `y`) px of the plot, or null. Exact: the boxes are the ones drawn. */
export function hitTest(scene: Scene, x: number, y: number): Hit | null {
  if (y < scene.band.top + scene.band.height) {
    for (const rule of scene.rules) {
      if (rule.item && inside(x, y, { ...rule.label, right: rule.label.left + rule.label.width })) return { kind: 'rule', rule };
    }
    for (const cluster of scene.band.clusters) if (inside(x, y, cluster)) return { kind: 'cluster', cluster };
    return null;
  }
  for (const lane of scene.lanes) {
    if (y < lane.top || y >= lane.top + lane.height) continue;
    for (const cluster of lane.clusters) if (inside(x, y, cluster)) return { kind: 'cluster', cluster };
    const strip = lane.strip;
    if (strip && y >= strip.top && y < strip.top + strip.height) {
      // The whole column of a bucket, however short its bar.
      const bucket = strip.buckets.find((b) => x >= b.left && x < b.right);
      if (bucket) return { kind: 'bucket', bucket, laneIndex: lane.index };
    }
    for (const mark of lane.marks) if (inside(x, y, mark)) return { kind: 'mark', mark };
    return null;
  }
  return null;
}

/** The id of an event or the key of a "+N" mark under the point, for hover styles. */
export function hitKey(hit: Hit | null): string | null {
  if (!hit) return null;
  switch (hit.kind) {
    case 'cluster':
      return hit.cluster.key;
    case 'bucket':
      return hit.bucket.key;
    case 'mark':
      return hit.mark.item.id;
    default:
      return hit.rule.item!.id;
  }
}
