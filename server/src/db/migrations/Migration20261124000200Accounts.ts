import { Migration } from '@mikro-orm/migrations';

/** One-time codes, sessions and refresh tokens. */
export class Migration20261124000200Accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "phone_otps" ("id" uuid not null, "phone_number" varchar(16) not null,
      "channel" text check ("channel" in ('SMS', 'WHATSAPP')) not null,
      "purpose" text check ("purpose" in ('AUTH', 'VERIFY')) not null,
      "provider" varchar(32) not null, "code_hash" varchar(128) not null,
      "expires_at" timestamptz not null, "created_at" timestamptz not null, "verified_at" timestamptz null,
      "attempt_count" smallint not null default 0 check ("attempt_count" >= 0),
      "max_attempts" smallint not null default 5 check ("max_attempts" > 0),
      "request_ip" varchar(45) null, "device_signal" varchar(64) not null default '',
      constraint "phone_otps_pkey" primary key ("id"),
      constraint "phone_otps_phone_e164_format" check ("phone_number" ~ '^\\+[1-9][0-9]{7,14}$'));`);
    this.addSql('create index "phone_otps_phone_number_created_at_index" on "phone_otps" ("phone_number", "created_at");');
    this.addSql('create index "phone_otps_request_ip_created_at_index" on "phone_otps" ("request_ip", "created_at");');
    this.addSql('create index "phone_otps_device_signal_created_at_index" on "phone_otps" ("device_signal", "created_at");');

    this.addSql(`create table "sessions" ("id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null,
      "revoked_at" timestamptz null, "revoked_reason" varchar(32) null, "user_agent" varchar(300) not null default '',
      constraint "sessions_pkey" primary key ("id"));`);
    this.addSql('create index "sessions_user_id_index" on "sessions" ("user_id");');
    this.addSql('alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;');

    this.addSql(`create table "refresh_tokens" ("id" uuid not null, "session_id" uuid not null, "token_hash" varchar(64) not null,
      "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null,
      constraint "refresh_tokens_pkey" primary key ("id"));`);
    this.addSql('alter table "refresh_tokens" add constraint "refresh_tokens_token_hash_unique" unique ("token_hash");');
    this.addSql('create index "refresh_tokens_session_id_index" on "refresh_tokens" ("session_id");');
    this.addSql('alter table "refresh_tokens" add constraint "refresh_tokens_session_id_foreign" foreign key ("session_id") references "sessions" ("id") on update cascade on delete cascade;');
  }
}
