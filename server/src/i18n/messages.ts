import type { Locale } from './locale';

type Catalogue = Record<string, string>;

/**
 * Server-side user-facing text. Each module adds its keys here in both languages;
 * a test fails when a key exists in one language only.
 */
export const messages: Record<Locale, Catalogue> = {
  en: {
    'error.internal': 'Something went wrong on our side. Please try again.',
    'error.serviceUnavailable': 'The service is briefly unavailable. Please try again in a few seconds.',
    'error.unauthenticated': 'Please sign in to continue.',
    'error.forbidden': 'You do not have permission to do this.',
    'error.notFound': 'We could not find what you asked for.',
    'error.invalidCursor': 'The pagination cursor is not valid.',
    'error.invalidInput': 'Please check this value.',
  },
  ar: {
    'error.internal': 'حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى.',
    'error.serviceUnavailable': 'الخدمة غير متاحة مؤقتاً. يرجى المحاولة مرة أخرى بعد بضع ثوانٍ.',
    'error.unauthenticated': 'يرجى تسجيل الدخول للمتابعة.',
    'error.forbidden': 'ليست لديك صلاحية للقيام بذلك.',
    'error.notFound': 'لم نتمكن من العثور على ما طلبته.',
    'error.invalidCursor': 'مؤشر الصفحات غير صالح.',
    'error.invalidInput': 'يرجى التحقق من هذه القيمة.',
  },
};

export type MessageKey = string;

/** Looks a message up and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = messages[locale][key] ?? messages.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/**
 * Arabic text uses Arabic-Indic digits, as the web app writes every number in Arabic: a limit filled into a message
 * ("at most {max}") would otherwise show Western digits beside Arabic words.
 */
export function localDigits(locale: Locale, text: string): string {
  return locale === 'ar' ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : text;
}

/** Modules register their catalogue fragments at import time. */
export function addMessages(fragment: Record<Locale, Catalogue>): void {
  for (const locale of Object.keys(fragment) as Locale[]) {
    for (const [key, value] of Object.entries(fragment[locale])) {
      if (key in messages[locale] && messages[locale][key] !== value) throw new Error(`Duplicate message key ${key}`);
      messages[locale][key] = value;
    }
  }
}
