/** The UI languages: Bahasa Indonesia first, English second. */
export type Locale = 'id' | 'en';
