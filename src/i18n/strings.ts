/**
 * The words the timeline itself shows or announces. English is the default; German and
 * Arabic ship with the library; a page can replace any of them through the `strings` property.
 */
export interface TimelineStrings {
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  listView: string;
  close: string;
  previous: string;
  next: string;
  dismiss: string;
  sources: string;
  deadline: string;
  now: string;
  defaultLane: string;
  /** "{count} problems in the data" */
  problems: string;
  /** "{count} more events, {range}" */
  cluster: string;
  /** "Showing {range}, {count} events" */
  showing: string;
  loadFailed: string;
  events: string;
}

export const en: TimelineStrings = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  listView: 'List',
  close: 'Close',
  previous: 'Previous event',
  next: 'Next event',
  dismiss: 'Dismiss',
  sources: 'Sources',
  deadline: 'deadline',
  now: 'Now',
  defaultLane: 'Other',
  problems: '{count} problems in the data',
  cluster: '{count} more events, {range}',
  showing: 'Showing {range}, {count} events',
  loadFailed: 'The timeline could not be loaded',
  events: 'Events',
};

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

export const ar: TimelineStrings = {
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fitAll: 'عرض الكل',
  listView: 'قائمة',
  close: 'إغلاق',
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  dismiss: 'تجاهل',
  sources: 'المصادر',
  deadline: 'موعد نهائي',
  now: 'الآن',
  defaultLane: 'أخرى',
  problems: '{count} مشكلات في البيانات',
  cluster: '{count} أحداث أخرى، {range}',
  showing: 'المعروض: {range}، {count} أحداث',
  loadFailed: 'تعذر تحميل الخط الزمني',
  events: 'الأحداث',
};

const shipped: Record<string, TimelineStrings> = { en, de, ar };

/** The shipped strings for a locale (by its language), falling back to English. */
export function stringsFor(locale: string): TimelineStrings {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return shipped[language] ?? en;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
