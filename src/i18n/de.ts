/** German words for the timeline. Importing this module registers them for `lang="de"`. */
import { registerStrings } from './strings.js';
import type { TimelineStrings } from './strings.js';

export const de: TimelineStrings = {
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fitAll: 'Alles zeigen',
  listView: 'Liste',
  close: 'Schließen',
  previous: 'Vorheriges Ereignis',
  next: 'Nächstes Ereignis',
  dismiss: 'Ausblenden',
  sources: 'Quellen',
  deadline: 'Frist',
  now: 'Jetzt',
  defaultLane: 'Sonstiges',
  problems: { one: '{count} Problem in den Daten', other: '{count} Probleme in den Daten' },
  cluster: { one: '{count} weiteres Ereignis, {range}', other: '{count} weitere Ereignisse, {range}' },
  eventCount: { one: '{count} Ereignis', other: '{count} Ereignisse' },
  more: { one: '{count} weiteres Ereignis zeigen', other: '{count} weitere Ereignisse zeigen' },
  timelineView: 'Zeitleiste',
  strip: { one: '{lane}: {count} Ereignis, im Zeitraum {busiest}', other: '{lane}: {count} Ereignisse, die meisten im Zeitraum {busiest}' },
  bucket: { one: '{span}: {count} Ereignis', other: '{span}: {count} Ereignisse' },
  showing: { one: 'Angezeigt: {range}, {count} Ereignis', other: 'Angezeigt: {range}, {count} Ereignisse' },
  loadFailed: 'Die Zeitleiste konnte nicht geladen werden',
  events: 'Ereignisse',
  list: { one: '{count} Ereignis als Liste', other: '{count} Ereignisse als Liste' },
  controls: 'Ansicht',
  lanes: 'Spuren',
  axis: 'Zeitachse: Abstand der Marken {step}',
  overview: 'Position in der Zeitleiste',
  loading: '{total} Ereignisse werden geladen: {percent}',
  arranging: '{total} Ereignisse werden angeordnet: {percent}',
  earlier: { one: '{count} früheres Ereignis', other: '{count} frühere Ereignisse' },
  later: { one: '{count} späteres Ereignis', other: '{count} spätere Ereignisse' },
  start: 'Start',
  toTitle: 'Zurück zum Titel',
  last: 'Letztes Ereignis',
  position: '{index} von {count}',
  about: 'Worum es geht',
};

registerStrings('de', de);
