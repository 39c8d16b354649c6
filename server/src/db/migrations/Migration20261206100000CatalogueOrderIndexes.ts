import { Migration } from '@mikro-orm/migrations';

/**
 * The catalogue's unfiltered orders as indexes (issue 19): the most-visited page (every active salon by rating)
 * read and sorted the whole table for its first 21 rows, 0.66 ms of PostgreSQL per request on 500 salons against
 * 0.03 ms with an index, and the cost grows with the platform. The city orders already have theirs
 * (salons_city_rating_index). Each matches its keyset (list-salons.ts): sort value and id, in one direction.
 */
export class Migration20261206100000CatalogueOrderIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "salons_rating_index" on "salons" ("rating_average" desc, "id" desc) where "is_active";');
    this.addSql('create index "salons_newest_index" on "salons" ("created_at" desc, "id" desc) where "is_active";');
    this.addSql('create index "salons_name_index" on "salons" (lower("name_en"), "id") where "is_active";');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "salons_rating_index";');
    this.addSql('drop index "salons_newest_index";');
    this.addSql('drop index "salons_name_index";');
  }
}
