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
  problems: '{count} Probleme in den Daten',
  cluster: '{count} weitere Ereignisse, {range}',
  showing: 'Angezeigt: {range}, {count} Ereignisse',
  loadFailed: 'Die Zeitleiste konnte nicht geladen werden',
  events: 'Ereignisse',
};

registerStrings('de', de);
