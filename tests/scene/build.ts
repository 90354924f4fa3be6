/** Scenes of small documents for the scene's unit tests: a fake measure of 7 px per character. */
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { LayoutLevels } from '../../src/layout/levels.js';
import { msPerPx } from '../../src/layout/view.js';
import type { ViewState } from '../../src/layout/view.js';
import { metricsFor } from '../../src/scene/metrics.js';
import { prepareForScene, stackOptions } from '../../src/scene/prepare.js';
import { buildScene } from '../../src/scene/scene.js';
import type { SceneInput } from '../../src/scene/scene.js';
import type { Measure, Scene, SceneMark } from '../../src/scene/types.js';

/** Every character is 7 px wide in every font. */
export const measure: Measure = (text) => Array.from(text).length * 7;

export const metrics = metricsFor(14);

/** The scene of `doc` for `view` on a plot `width` px wide. */
export function sceneOf(doc: TimelineDocument, view: ViewState, width: number, options: Partial<SceneInput> & { maxRows?: number } = {}): Scene {
  const parsed = parseTimeline(doc);
  const items = toTimelineItems(parsed.document, parsed.dates);
  const now = options.now ?? Date.UTC(2020, 7, 24);
  const prepared = prepareForScene(items, metrics, measure, 'en', now);
  const layout = new LayoutLevels(prepared, stackOptions(metrics, options.maxRows ?? 3)).layoutAt(msPerPx(view, width));
  return buildScene({
    items,
    prepared,
    layout,
    lanes: parsed.document.lanes,
    defaultLaneLabel: 'Other',
    laneRows: [],
    bandRows: layout.deadlineBand.rows,
    nowRow: false,
    view,
    width,
    rtl: false,
    metrics,
    measure,
    locale: 'en',
    now,
    nowLabel: 'Now',
    ...options,
  });
}

/** Every mark of a scene, by event id. */
export function marksById(scene: Scene): Map<string, SceneMark> {
  return new Map(scene.lanes.flatMap((lane) => lane.marks.map((m) => [m.item.id, m] as const)));
}

/** A one-lane document of point events `[id, start, title]`. */
export function points(events: Array<[string, string, string]>, extra: TimelineDocument['events'] = []): TimelineDocument {
  return {
    title: 't',
    lanes: [{ id: 'l', label: 'Lane' }],
    events: [...events.map(([id, start, title]) => ({ id, start, title, lane: 'l' })), ...extra],
  };
}
