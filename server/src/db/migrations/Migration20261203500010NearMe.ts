import { Migration } from '@mikro-orm/migrations';

/**
 * Near me and the salon filters: who a salon serves, whether its stylists come to the customer (how far, and how
 * long they need to get there), and a GiST index on the salons' positions on the earth (earthdistance, built on
 * cube; both ship with PostgreSQL and the embedded one), so a radius search reads the index, not every salon.
 */
export class Migration20261203500010NearMe extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists cube;');
    this.addSql('create extension if not exists earthdistance;');
    this.addSql(`alter table "salons"
      add column "clientele" text not null default 'BOTH' check ("clientele" in ('LADIES', 'GENTS', 'BOTH')),
      add column "home_service_radius_km" smallint null check ("home_service_radius_km" between 1 and 100),
      add column "home_service_travel_minutes" smallint null check ("home_service_travel_minutes" between 0 and 240),
      add constraint "salons_home_service" check (("home_service_radius_km" is null) = ("home_service_travel_minutes" is null));`);
    this.addSql(`create index "salons_location_gist" on "salons" using gist (ll_to_earth("latitude", "longitude"))
      where "is_active" and "latitude" is not null and "longitude" is not null;`);
  }
}
