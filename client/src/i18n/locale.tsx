import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';

export type Locale = 'ar-SA' | 'en';
type Messages = Record<string, string>;

// Each language's messages are a chunk of their own, loaded before the app first renders and on a switch, so the
// first script carries one language, not both.
const loaded: Partial<Record<Locale, Messages>> = {};
// Production builds also export `work()`: the staff and manager screens' messages (client/build/precompile-messages.ts).
type Catalogue = { default: Messages; work?: () => Promise<{ default: Messages }> };
const load: Record<Locale, () => Promise<Catalogue>> = { 'ar-SA': () => import('./ar-SA.json'), en: () => import('./en.json') };
let current: Locale = 'ar-SA';
let workWanted = false;

export async function loadCatalogue(locale: Locale): Promise<void> {
  current = locale;
  const catalogue = await load[locale]();
  loaded[locale] ??= { ...catalogue.default };
  // Merged into the same object, which IntlProvider reads from at each lookup.
  if (workWanted && catalogue.work) Object.assign(loaded[locale], (await catalogue.work()).default);
}

/** The staff and manager screens wait for their messages (and later language switches bring them too). */
export function loadWorkMessages(): Promise<void> {
  workWanted = true;
  return loadCatalogue(current);
}

/** For component tests, which render synchronously. */
export function provideCatalogues(catalogues: Partial<Record<Locale, Messages>>): void {
  Object.assign(loaded, catalogues);
}

const STORAGE_KEY = 'salon.locale';

/**
 * The choice lives in localStorage for the app and in a cookie for the server, which renders the first page in it
 * (server/src/http/server-render.ts).
 */
export function rememberLocale(locale: Locale): void {
  document.cookie = `${STORAGE_KEY}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

export function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' || saved === 'ar-SA' ? saved : 'ar-SA';
}

/**
 * One numbering system per language, everywhere (prices, durations, dates, countdowns): Arabic-Indic digits in
 * Arabic, Western digits in English; and the Gregorian calendar as the main one (the Hijri date is shown beside it).
 */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en' : 'ar-SA-u-ca-gregory-nu-arab';
}

/** The language for API requests (`Accept-Language`). */
export function apiLanguage(locale: Locale): string {
  return locale === 'en' ? 'en' : 'ar';
}

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    rememberLocale(next);
    void loadCatalogue(next).then(() => setLocaleState(next));
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = locale === 'en' ? 'ltr' : 'rtl';
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={intlLocale(locale)} messages={loaded[locale]} defaultLocale="ar-SA">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}
