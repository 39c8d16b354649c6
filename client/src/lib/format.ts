import type { IntlShape } from 'react-intl';

/** Halalas as a SAR amount in the current locale. */
export function formatPrice(intl: IntlShape, halalas: number): string {
  return intl.formatNumber(halalas / 100, { style: 'currency', currency: 'SAR' });
}

/** An instant shown in the salon's time zone. */
export function formatTime(intl: IntlShape, iso: string, timeZone: string): string {
  return intl.formatTime(new Date(iso), { timeZone, hour: 'numeric', minute: '2-digit' });
}

export function formatDateTime(intl: IntlShape, iso: string, timeZone: string): string {
  return intl.formatDate(new Date(iso), { timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
}

/** Calendar dates (YYYY-MM-DD) from today in the salon's zone, for `days` days. */
export function upcomingDates(timeZone: string, days: number, now = new Date()): string[] {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [y, m, d] = today.split('-').map(Number);
  return Array.from({ length: days }, (_, i) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
}

export function randomKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A wall-clock time typed for the salon (`2026-12-01T10:00`) as an ISO instant, using the zone's offset then. */
export function zonedLocalToInstant(local: string, timeZone: string): string {
  const asUtc = new Date(`${local}:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(asUtc).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
  return new Date(asUtc.getTime() - offsetMinutes * 60_000).toISOString();
}

/** A calendar day (YYYY-MM-DD) for people; in Arabic with the Hijri (Umm al-Qura) date beside the Gregorian one. */
export function formatDay(intl: IntlShape, date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  const gregorian = intl.formatDate(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (!intl.locale.startsWith('ar')) return gregorian;
  const hijri = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-arab', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
  return `${gregorian} (${hijri})`;
}

/** The calendar day of an instant in the salon's zone (YYYY-MM-DD). */
export function dayOf(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** Digits in a phone number or code written in the page's numbering system. */
export function formatDigits(intl: IntlShape, text: string): string {
  return text.replace(/\d/g, (d) => intl.formatNumber(Number(d)));
}

/** The hour (0–23) of an instant in the salon's zone: the time picker groups times by part of the day. */
export function hourOf(iso: string, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(new Date(iso)));
}

/** What a person typed as a number, in either digit system: Arabic-Indic digits and the Arabic decimal sign become Western. */
export function westernDigits(text: string): string {
  return text.trim().replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[٫,]/g, '.');
}

/** "45", "45.5", "٤٥٫٥" riyals → halalas; anything else (or a negative amount) → null. */
export function parseAmount(text: string): number | null {
  const western = westernDigits(text);
  return /^\d+(\.\d{1,2})?$/.test(western) ? Math.round(Number(western) * 100) : null;
}
