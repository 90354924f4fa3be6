import { fill } from '../i18n/strings.js';

/** Axis levels whose step Intl can name (`years-ago` steps are years too). */
const UNITS: Readonly<Record<string, string>> = { minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', 'years-ago': 'year' };

let last = { key: '', text: '' };

/**
 * The time axis's scale in words for screen readers, from its level's key (`week:1`,
 * `month:3`, `years-ago:1000000`): `template` with `{step}` as Intl writes the step in the locale
 * ("1 week", "3 months", "3 Monate", "2 billion years"); empty for a level without a step.
 */
export function axisWords(axisKey: string, locale: string, template: string): string {
  const key = `${axisKey}|${locale}|${template}`;
  if (key !== last.key) {
    const [level = '', step] = axisKey.split(':');
    const unit = UNITS[level];
    const n = Number(step) || 1;
    // A million years and more in words: "2 billion years", "2 Milliarden Jahre".
    const compact: Intl.NumberFormatOptions = n >= 1e6 ? { notation: 'compact', compactDisplay: 'long' } : {};
    const text = unit ? fill(template, { step: new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', ...compact }).format(n) }) : '';
    last = { key, text };
  }
  return last.text;
}
