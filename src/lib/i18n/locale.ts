/** The UI languages: Bahasa Indonesia first, English second. */
export type Locale = 'id' | 'en';

const OTHER_LOCALE: Record<Locale, Locale> = { id: 'en', en: 'id' };

/** The language the switch in the header offers. */
export const otherLocale = (locale: Locale): Locale => OTHER_LOCALE[locale];

/** The locale Intl formats each UI language with: English in its British form (en-GB). */
export const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
