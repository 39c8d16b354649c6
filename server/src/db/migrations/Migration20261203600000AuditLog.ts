import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log (PDPL): who read a customer's phone, exported or deleted an account, refunded money or changed a
 * role, when and from where. Append-only in the database itself: a trigger refuses every UPDATE, DELETE and
 * TRUNCATE, whoever runs it, except the retention purge (`audit_log_purge`, SECURITY DEFINER), which may delete
 * only rows older than the cutoff it was given. No foreign keys: a key would have to be updated or cascade when
 * what it points at changes, and the log outlives what it names (ADR 0015).
 */
export class Migration20261203600000AuditLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" uuid not null, "occurred_at" timestamptz not null,
      "action" text not null check ("action" in ('PHONE_READ', 'EXPORT', 'DELETION', 'REFUND', 'ROLE_CHANGE')),
      "actor_id" uuid null, "actor_role" text null, "salon_id" uuid null, "subject_user_id" uuid null,
      "target_type" varchar(32) null, "target_id" uuid null, "details" jsonb not null default '{}',
      "ip" varchar(45) null, "user_agent" varchar(300) not null default '',
      constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql('create index "audit_log_salon_id_occurred_at_index" on "audit_log" ("salon_id", "occurred_at" desc, "id" desc);');
    this.addSql('create index "audit_log_occurred_at_index" on "audit_log" ("occurred_at" desc, "id" desc);');
    this.addSql('create index "audit_log_subject_user_id_index" on "audit_log" ("subject_user_id", "occurred_at");');
    this.addSql(`create function "audit_log_append_only"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          -- Only inside audit_log_purge, which sets this for its own transaction, and only rows older than its cutoff.
          if old.occurred_at < nullif(current_setting('audit_log.purge_before', true), '')::timestamptz then
            return old;
          end if;
        end if;
        raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql('create trigger "audit_log_append_only" before update or delete on "audit_log" for each row execute function "audit_log_append_only"();');
    this.addSql('create trigger "audit_log_no_truncate" before truncate on "audit_log" for each statement execute function "audit_log_append_only"();');
    this.addSql(`create function "audit_log_purge"("cutoff" timestamptz) returns integer language plpgsql security definer
      set search_path = public, pg_temp as $$
      declare purged integer;
      begin
        perform set_config('audit_log.purge_before', cutoff::text, true);
        delete from audit_log where occurred_at < cutoff;
        get diagnostics purged = row_count;
        perform set_config('audit_log.purge_before', '', true);
        return purged;
      end $$;`);
    // Where the application connects as a role of its own (docs/privacy.md), it is granted INSERT and SELECT only.
    this.addSql('revoke update, delete, truncate on "audit_log" from public;');
  }
}
