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
  problems: {
    zero: 'لا مشكلات في البيانات',
    one: 'مشكلة واحدة في البيانات',
    two: 'مشكلتان في البيانات',
    few: '{count} مشكلات في البيانات',
    many: '{count} مشكلة في البيانات',
    other: '{count} مشكلة في البيانات',
  },
  cluster: {
    zero: 'لا أحداث أخرى، {range}',
    one: 'حدث آخر واحد، {range}',
    two: 'حدثان آخران، {range}',
    few: '{count} أحداث أخرى، {range}',
    many: '{count} حدثًا آخر، {range}',
    other: '{count} حدث آخر، {range}',
  },
  showing: {
    zero: 'المعروض: {range}، لا أحداث',
    one: 'المعروض: {range}، حدث واحد',
    two: 'المعروض: {range}، حدثان',
    few: 'المعروض: {range}، {count} أحداث',
    many: 'المعروض: {range}، {count} حدثًا',
    other: 'المعروض: {range}، {count} حدث',
  },
  loadFailed: 'تعذر تحميل الخط الزمني',
  events: 'الأحداث',
  overview: 'الموضع في الخط الزمني',
  loading: 'جارٍ تحميل الأحداث ({total}): {percent}',
  arranging: 'جارٍ ترتيب الأحداث ({total}): {percent}',
  earlier: {
    zero: 'لا أحداث سابقة',
    one: 'حدث سابق واحد',
    two: 'حدثان سابقان',
    few: '{count} أحداث سابقة',
    many: '{count} حدثًا سابقًا',
    other: '{count} حدث سابق',
  },
  later: {
    zero: 'لا أحداث لاحقة',
    one: 'حدث لاحق واحد',
    two: 'حدثان لاحقان',
    few: '{count} أحداث لاحقة',
    many: '{count} حدثًا لاحقًا',
    other: '{count} حدث لاحق',
  },
};

registerStrings('ar', ar);
