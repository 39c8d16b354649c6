import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { addDays, type SalonSchedule } from './day-plan';

/**
 * A salon's opening week, and the exceptions and closures that touch `from`–`to` (with a day either side, for
 * overnight ranges), in one statement: availability and the calendar read it on every request.
 */
export async function readSalonSchedule(em: EntityManager, salonId: string, from: string, to: string): Promise<SalonSchedule> {
  const columns = salonScheduleColumns('?', salonId, from, to);
  const [row] = await execute<SalonSchedule>(em, `select ${columns.sql}`, columns.params);
  return row;
}

/**
 * The schedule's three columns (`week`, `exceptions`, `closures`, as JSON) for the salon that `salonKey` names: SQL
 * yielding its id with one `?` for `key`. Free times name it by their service, inside their own statement.
 */
export function salonScheduleColumns(salonKey: string, key: unknown, from: string, to: string): { sql: string; params: unknown[] } {
  // Kept within PostgreSQL's dates: the day after 9999-12-31 does not exist there.
  const first = from <= '0001-01-01' ? from : addDays(from, -1);
  const last = to >= '9999-12-31' ? to : addDays(to, 1);
  return {
    sql: `(select coalesce(json_agg(json_build_object('weekday', weekday, 'startTime', to_char(start_time, 'HH24:MI'), 'endTime', to_char(end_time, 'HH24:MI'))
          order by weekday, start_time), '[]') from salon_opening_hours where salon_id = ${salonKey}) as week,
       (select coalesce(json_agg(json_build_object('id', id, 'name', name, 'startDate', to_char(start_date, 'YYYY-MM-DD'), 'endDate', to_char(end_date, 'YYYY-MM-DD'), 'ranges', ranges)
          order by start_date, id), '[]') from schedule_exceptions where salon_id = ${salonKey} and start_date <= ? and end_date >= ?) as exceptions,
       (select coalesce(json_agg(json_build_object('startDate', to_char(start_date, 'YYYY-MM-DD'), 'endDate', to_char(end_date, 'YYYY-MM-DD'), 'reason', reason)
          order by start_date, id), '[]') from salon_closures where salon_id = ${salonKey} and start_date <= ? and end_date >= ?) as closures`,
    params: [key, key, last, first, key, last, first],
  };
}
