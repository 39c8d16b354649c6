import { Migration } from '@mikro-orm/migrations';

/**
 * Who runs a salon, per salon (ADR 0011): managers and receptionists as memberships, invitations addressed to a
 * phone number, and the append-only trail of role changes. Each salon's owner becomes its first manager, recorded
 * as a MIGRATION event at the salon's creation time (no clock in SQL). `seq` orders events written at one instant.
 */
export class Migration20261203200000SalonMemberships extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "salon_memberships" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null references "salons" ("id") on update cascade on delete cascade,
      "user_id" uuid not null references "users" ("id") on update cascade,
      "role" text not null check ("role" in ('MANAGER', 'RECEPTIONIST')),
      constraint "salon_memberships_pkey" primary key ("id"), constraint "salon_memberships_salon_id_user_id_unique" unique ("salon_id", "user_id"));`);
    this.addSql('create index "salon_memberships_user_id_index" on "salon_memberships" ("user_id");');

    this.addSql(`create table "salon_invitations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null references "salons" ("id") on update cascade on delete cascade,
      "phone_number" varchar(16) not null check ("phone_number" ~ '^\\+[1-9][0-9]{7,14}$'),
      "role" text not null check ("role" in ('MANAGER', 'RECEPTIONIST', 'STYLIST')),
      "display_name" varchar(150) not null,
      "invited_by_id" uuid null references "users" ("id") on update cascade on delete set null,
      "status" text not null default 'PENDING' check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')),
      "responded_at" timestamptz null,
      constraint "salon_invitations_pkey" primary key ("id"));`);
    this.addSql(`create unique index "salon_invitations_one_pending" on "salon_invitations" ("salon_id", "phone_number") where "status" = 'PENDING';`);
    this.addSql(`create index "salon_invitations_pending_phone_index" on "salon_invitations" ("phone_number") where "status" = 'PENDING';`);

    this.addSql(`create table "role_events" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid null references "salons" ("id") on update cascade,
      "subject_id" uuid null references "users" ("id") on update cascade,
      "subject_phone_number" varchar(16) null,
      "actor_id" uuid null references "users" ("id") on update cascade,
      "action" text not null check ("action" in ('INVITED', 'INVITATION_REVOKED', 'INVITATION_DECLINED', 'JOINED', 'ROLE_CHANGED', 'REMOVED',
        'STYLIST_ADDED', 'STYLIST_DEACTIVATED', 'PLATFORM_ADMIN_GRANTED', 'PLATFORM_ADMIN_REVOKED')),
      "from_role" varchar(32) null, "to_role" varchar(32) null, "reason" text not null default '',
      "source" text not null default 'API' check ("source" in ('API', 'CLI', 'MIGRATION')),
      "seq" bigint generated always as identity,
      constraint "role_events_pkey" primary key ("id"));`);
    this.addSql('create index "role_events_salon_id_index" on "role_events" ("salon_id", "created_at");');
    this.addSql('create index "role_events_subject_id_index" on "role_events" ("subject_id");');

    this.addSql(`insert into "salon_memberships" ("id", "created_at", "updated_at", "salon_id", "user_id", "role")
      select gen_random_uuid(), "created_at", "created_at", "id", "owner_id", 'MANAGER' from "salons";`);
    this.addSql(`insert into "role_events" ("id", "created_at", "updated_at", "salon_id", "subject_id", "action", "to_role", "reason", "source")
      select gen_random_uuid(), "created_at", "created_at", "id", "owner_id", 'JOINED', 'MANAGER', 'owner of the salon', 'MIGRATION' from "salons";`);
  }
}
