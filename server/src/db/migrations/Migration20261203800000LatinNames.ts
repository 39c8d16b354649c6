import { Migration } from '@mikro-orm/migrations';

/**
 * The Latin spelling of a stylist's name and of a salon's district, shown to English readers. The existing
 * columns stay the names as the salon writes them (in Arabic, for an Arabic-first salon); empty means "the same".
 */
export class Migration20261203800000LatinNames extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "staff_members" add column "display_name_en" varchar(150) not null default '';`);
    this.addSql(`alter table "salons" add column "district_en" varchar(120) not null default '';`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "staff_members" drop column "display_name_en";');
    this.addSql('alter table "salons" drop column "district_en";');
  }
}
