export { fromTimelineJS, ERAS_LANE_LABEL } from './timelinejs.js';
export { fromVisTimeline, VIS_TITLE } from './vis-timeline.js';
export type { ImportResult } from './finish.js';
export { htmlToText } from './html-text.js';
export type { PlainText } from './html-text.js';
