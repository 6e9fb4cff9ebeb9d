import { useLanguage } from './language';

/**
 * Each feature keeps its own messages beside its code: `defineMessages({ id: {...}, en: {...} })`.
 * The English object must have exactly the Indonesian keys, so a missing translation fails the
 * type check rather than showing a blank.
 */
export type MessageValue = string | ((...args: never[]) => string);

export function defineMessages<T extends Record<string, MessageValue>>(messages: {
  id: T;
  en: { [K in keyof T]: T[K] };
}) {
  return messages;
}

export function useMessages<T extends Record<string, MessageValue>>(messages: { id: T; en: T }): T {
  const { locale } = useLanguage();
  return messages[locale];
}
