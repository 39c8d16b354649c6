import { Migration } from '@mikro-orm/migrations';

/**
 * A stylist's photos are shown only with their consent (docs/media.md), so a recorded STYLIST_PHOTOS choice
 * changes the pages of every salon where they work: the shared response cache (ADR 0022) hears of it like any other
 * change, from a trigger in the writing transaction.
 */
export class Migration20261204600100ResponseCacheConsents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function response_cache_notify_stylist_consent() returns trigger language plpgsql as $$
declare
  r record := case when tg_op = 'DELETE' then old else new end;
begin
  if r.purpose = 'STYLIST_PHOTOS' then
    perform pg_notify('response_cache', 'c:' || s.salon_id) from (select distinct salon_id from staff_members where user_id = r.user_id) s;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "consents_response_cache" after insert or update or delete on "consents" for each row execute function response_cache_notify_stylist_consent();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists "consents_response_cache" on "consents";');
    this.addSql('drop function if exists response_cache_notify_stylist_consent();');
  }
}
