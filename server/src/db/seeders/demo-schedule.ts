import type { EntityManager } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import type { Salon } from '../../modules/catalog/salon.entity';
import { Weekday } from '../../modules/catalog/schedule.entity';
import { addDays } from '../../modules/hours/day-plan';
import { ramadanOf, toHijri, YearlyCalendar } from '../../modules/hours/hijri';
import { OpeningHours, ScheduleException } from '../../modules/hours/hours.entity';

/**
 * The next Ramadan at least a month away, so the demo bookings laid out around today never fall inside it (and
 * tests that move the clock get a Ramadan after their own date).
 */
export function nextRamadan(now: Date): { hijriYear: number; startDate: string; endDate: string } {
  const soonest = addDays(DateTime.fromJSDate(now, { zone: 'Asia/Riyadh' }).toISODate()!, 30);
  for (let year = toHijri(soonest).year; ; year++) {
    const ramadan = ramadanOf(year);
    if (ramadan.startDate >= soonest) return { hijriYear: year, ...ramadan };
  }
}

/** Ramadan nights (20:00–03:00) and the Eid al-Fitr closure (1–3 Shawwal) on the demo manager's salon. */
export function seedRamadan(em: EntityManager, salon: Salon, now: Date): void {
  const { hijriYear, startDate, endDate } = nextRamadan(now);
  // Named as an Arabic-first salon writes it, the year in Arabic-Indic digits.
  const year = hijriYear.toLocaleString('ar-SA-u-nu-arab', { useGrouping: false });
  em.create(ScheduleException, { salon, name: `رمضان ${year}`, startDate, endDate, calendar: YearlyCalendar.HIJRI, ranges: [{ startTime: '20:00', endTime: '03:00' }] });
  em.create(ScheduleException, { salon, name: `عيد الفطر ${year}`, startDate: addDays(endDate, 1), endDate: addDays(endDate, 3), calendar: YearlyCalendar.HIJRI, ranges: [] });
}

/** Opening hours around the salon's shifts: every day 10:00–22:00, Friday after the midday prayer. */
export function seedOpeningHours(em: EntityManager, salon: Salon): void {
  for (let weekday = Weekday.MONDAY; weekday <= Weekday.SUNDAY; weekday++) {
    em.create(OpeningHours, { salon, weekday, startTime: weekday === Weekday.FRIDAY ? '16:00' : '10:00', endTime: '22:00' });
  }
}
