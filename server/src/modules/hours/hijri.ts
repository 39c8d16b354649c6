import { DateTime } from 'luxon';

/**
 * Moving a schedule exception to next year. Ramadan and the Eids follow the Hijri calendar (Umm al-Qura, Saudi
 * Arabia's official one), about eleven days earlier each Gregorian year; National Day and Founding Day follow the
 * Gregorian calendar. Pure: the Umm al-Qura tables come with the runtime's ICU data.
 */
export enum YearlyCalendar {
  HIJRI = 'HIJRI',
  GREGORIAN = 'GREGORIAN',
}

const umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

export function toHijri(date: string): HijriDate {
  const parts = Object.fromEntries(umalqura.formatToParts(new Date(`${date}T12:00:00Z`)).map((p) => [p.type, p.value]));
  return { year: Number.parseInt(parts.year, 10), month: Number(parts.month), day: Number(parts.day) };
}

const order = (h: HijriDate) => h.year * 10_000 + h.month * 100 + h.day;

/**
 * The Gregorian date of a Hijri date. A month has 29 or 30 days; the 30th of a month that has 29 gives its last
 * day. Searches around a linear estimate (a Hijri year is 354 or 355 days).
 */
export function fromHijri(target: HijriDate, near: string): string {
  let d = DateTime.fromISO(near, { zone: 'UTC' });
  // Step towards the target: each step moves by the gap in days, so this ends within a few iterations.
  for (let i = 0; i < 20; i++) {
    const h = toHijri(d.toISODate()!);
    const gap = (target.year - h.year) * 354 + (target.month - h.month) * 29.5 + (target.day - h.day);
    if (Math.abs(gap) < 1) break;
    d = d.plus({ days: Math.round(gap) || Math.sign(gap) });
  }
  // Land on the last day not after the target (the 30th of a 29-day month falls back to the 29th).
  while (order(toHijri(d.toISODate()!)) > order(target)) d = d.minus({ days: 1 });
  while (order(toHijri(d.plus({ days: 1 }).toISODate()!)) <= order(target)) d = d.plus({ days: 1 });
  return d.toISODate()!;
}

/** The same date one year on, in the calendar the exception follows. */
export function nextYear(date: string, calendar: YearlyCalendar): string {
  if (calendar === YearlyCalendar.GREGORIAN) {
    // 29 February falls back to the 28th in a common year, as luxon does.
    return DateTime.fromISO(date, { zone: 'UTC' }).plus({ years: 1 }).toISODate()!;
  }
  const h = toHijri(date);
  return fromHijri({ ...h, year: h.year + 1 }, DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 354 }).toISODate()!);
}

/** First and last Gregorian dates of Ramadan (month 9) of a Hijri year. */
export function ramadanOf(hijriYear: number): { startDate: string; endDate: string } {
  const estimate = DateTime.fromObject({ year: 622, month: 7, day: 16 }, { zone: 'UTC' }).plus({ days: Math.round((hijriYear - 1) * 354.367 + 8 * 29.5) }).toISODate()!;
  const startDate = fromHijri({ year: hijriYear, month: 9, day: 1 }, estimate);
  const endDate = DateTime.fromISO(fromHijri({ year: hijriYear, month: 10, day: 1 }, startDate), { zone: 'UTC' }).minus({ days: 1 }).toISODate()!;
  return { startDate, endDate };
}
