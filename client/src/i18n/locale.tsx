import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';

export type Locale = 'ar-SA' | 'en';
type Messages = Record<string, string>;

// Each language's messages are a chunk of their own, loaded before the app first renders and on a switch, so the
// first script carries one language, not both.
const loaded: Partial<Record<Locale, Messages>> = {};
const load: Record<Locale, () => Promise<{ default: Messages }>> = { 'ar-SA': () => import('./ar-SA.json'), en: () => import('./en.json') };

export async function loadCatalogue(locale: Locale): Promise<void> {
  loaded[locale] ??= (await load[locale]()).default;
}

/** For component tests, which render synchronously. */
export function provideCatalogues(catalogues: Partial<Record<Locale, Messages>>): void {
  Object.assign(loaded, catalogues);
}

const STORAGE_KEY = 'salon.locale';

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
