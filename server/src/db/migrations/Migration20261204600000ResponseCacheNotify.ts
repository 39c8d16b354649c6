import { Migration } from '@mikro-orm/migrations';

/** Tables whose rows the anonymous catalogue and salon reads show, and how a row names its salon. */
const CONTENT: [table: string, salonOf: string][] = [
  ['salons', 'id'],
  ['services', 'salon_id'],
  ['staff_members', 'salon_id'],
  ['salon_photos', 'salon_id'],
  ['reviews', 'salon_id'],
  ['salon_closures', 'salon_id'],
  ['salon_opening_hours', 'salon_id'],
  ['schedule_exceptions', 'salon_id'],
  ['payment_policies', 'salon_id'],
  ['staff_member_services', 'staff_member_id'],
  ['weekly_hours', 'staff_id'],
  ['time_off', 'staff_id'],
];

/**
 * The shared response cache (ADR 0022, docs/performance.md) learns of every change through NOTIFY on the
 * `response_cache` channel, sent by triggers in the writing transaction: PostgreSQL delivers it to every
 * instance's listener only if and when the transaction commits, and no write path (use case, job, admin CLI or
 * hand-written SQL) can forget it. Payloads: `c:<salon id>` (what the salon's pages and the catalogue show
 * changed), `b:<salon id>` (a booking of the salon changed, so its availability did).
 */
export class Migration20261204600000ResponseCacheNotify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function response_cache_notify() returns trigger language plpgsql as $$
declare
  kind text := tg_argv[0];
  salon_of text := tg_argv[1];
  r jsonb;
  salon text;
begin
  foreach r in array array[case when tg_op <> 'INSERT' then to_jsonb(old) end, case when tg_op <> 'DELETE' then to_jsonb(new) end] loop
    continue when r is null;
    salon := r ->> salon_of;
    -- Rows that belong to a stylist name the salon through the stylist (gone already when the stylist was
    -- deleted, and then the stylist's own trigger has notified).
    if salon_of in ('staff_id', 'staff_member_id') then
      select sm.salon_id::text into salon from staff_members sm where sm.id = salon::uuid;
    end if;
    if salon is not null then
      perform pg_notify('response_cache', kind || ':' || salon);
    end if;
  end loop;
  return null;
end $$;`);
    for (const [table, salonOf] of CONTENT) {
      this.addSql(`create trigger "${table}_response_cache" after insert or update or delete on "${table}" for each row execute function response_cache_notify('c', '${salonOf}');`);
    }
    this.addSql(`create trigger "bookings_response_cache" after insert or update or delete on "bookings" for each row execute function response_cache_notify('b', 'salon_id');`);
    // A reviewer's name is shown with their reviews: a change of it reaches the salons they reviewed.
    this.addSql(`create function response_cache_notify_reviewer() returns trigger language plpgsql as $$
begin
  perform pg_notify('response_cache', 'c:' || r.salon_id) from (select distinct salon_id from reviews where customer_id = new.id) r;
  return null;
end $$;`);
    this.addSql(`create trigger "users_response_cache" after update of "first_name", "last_name", "phone_number" on "users" for each row
      when (old.first_name is distinct from new.first_name or old.last_name is distinct from new.last_name or old.phone_number is distinct from new.phone_number)
      execute function response_cache_notify_reviewer();`);
  }

  override async down(): Promise<void> {
    for (const [table] of [...CONTENT, ['bookings'], ['users']]) this.addSql(`drop trigger if exists "${table}_response_cache" on "${table}";`);
    this.addSql('drop function if exists response_cache_notify_reviewer();');
    this.addSql('drop function if exists response_cache_notify();');
  }
}
