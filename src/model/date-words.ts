/**
 * Words that date formatting needs and `Intl` does not provide, by language.
 * `{date}` stands for the formatted date. Languages not listed fall back to English.
 */
export const APPROXIMATE_TEMPLATES: Readonly<Record<string, string>> = {
  en: 'c. {date}',
  de: 'um {date}',
  ar: 'حوالي {date}',
};

/**
 * English writes eras the way many newsrooms do (`44 BCE`, `1 CE`) rather than
 * the `BC`/`AD` that `Intl` gives; other languages keep `Intl`'s own words.
 */
export const ERA_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { BC: 'BCE', AD: 'CE' },
};

/**
 * Formatted parts joined, their era in the locale's words ({@link ERA_WORDS}): what cards, names,
 * the axis and the view's heading all write, so a page does not say "3500 BC" over "2560 BCE".
 */
export function withEraWords(parts: ReadonlyArray<{ readonly type: string; readonly value: string }>, locale: string): string {
  const eras = ERA_WORDS[languageOf(locale)];
  let out = '';
  for (const part of parts) out += part.type === 'era' && eras ? (eras[part.value] ?? part.value) : part.value;
  return out;
}

/** The language subtag of a locale (`en-GB` → `en`), lower-cased. */
export function languageOf(locale: string): string {
  const dash = locale.search(/[-_]/);
  return (dash === -1 ? locale : locale.slice(0, dash)).toLowerCase();
}

/** Marks a formatted date as approximate in the locale's language (`c. 1450`, `um 1450`). */
export function approximate(formatted: string, locale: string): string {
  const template = APPROXIMATE_TEMPLATES[languageOf(locale)] ?? APPROXIMATE_TEMPLATES.en;
  return template.replace('{date}', formatted);
}
