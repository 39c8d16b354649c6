import ar from './ar-SA.json';
import en from './en.json';
import type { Locale } from './locale';

/** Both catalogues at once, for tests (the app loads one at a time, see loadCatalogue). */
export const catalogues: Record<Locale, Record<string, string>> = { 'ar-SA': ar, en };
