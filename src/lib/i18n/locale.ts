/** The UI languages: Bahasa Indonesia first, English second. */
export type Locale = 'id' | 'en';

/** The language the switch in the header offers. */
export const otherLocale = (locale: Locale): Locale => (locale === 'id' ? 'en' : 'id');
