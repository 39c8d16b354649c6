import type { Locale } from '../../i18n/locale';

/**
 * A name the salon writes in Arabic with an optional Latin spelling (a stylist, a district): English readers get
 * the Latin one when there is one, everyone else the Arabic.
 */
export function inReaderLanguage(arabic: string, latin: string, locale: Locale): string {
  return locale === 'en' && latin.trim() ? latin : arabic;
}
