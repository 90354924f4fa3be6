/** Arabic words for the timeline. Importing this module registers them for `lang="ar"`. */
import { registerStrings } from './strings.js';
import type { TimelineStrings } from './strings.js';

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

registerStrings('ar', ar);
