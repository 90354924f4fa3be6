/**
 * The comma that joins two phrases in `locale`'s writing: "، " in languages written in Arabic
 * script (Arabic, Persian, Urdu), ", " elsewhere. "موعد نهائي, خلال 27 يومًا" mixed a Latin comma into
 * an Arabic line. Read from the locale's likely script (`Intl.Locale#maximize`), once per locale.
 */
const commas = new Map<string, string>();

export function comma(locale: string): string {
  let found = commas.get(locale);
  if (found === undefined) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(locale).maximize().script;
    } catch {
      script = undefined;
    }
    found = script === 'Arab' ? '\u060c ' : ', ';
    commas.set(locale, found);
  }
  return found;
}
