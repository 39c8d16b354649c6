import { Migration } from '@mikro-orm/migrations';

// What Arabic search folds, applied alike to the indexed names and to the query (docs/search.md).
const ALEF_FORMS = 'أإآٱ';
const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
// Tashkeel U+064B–U+0652, superscript alef U+0670, tatweel U+0640: dropped (translate() deletes characters that
// have no counterpart at the end of its second list).
const DROPPED = [...Array.from({ length: 8 }, (_, i) => String.fromCharCode(0x064b + i)), '\u0670', '\u0640'].join('');
const FROM = `${ALEF_FORMS}ةى${ARABIC_INDIC_DIGITS}${PERSIAN_DIGITS}${DROPPED}`;
const TO = `${'ا'.repeat(ALEF_FORMS.length)}هي01234567890123456789`;

/**
 * `search_fold(text)`: the normalised form that Arabic search compares, and trigram indexes on the folded names of
 * salons and services (Arabic and English together), replacing the indexes on the raw names. The definite article
 * ال goes only at the start of a word and only before at least two more letters, so a name such as "ال" stays.
 */
export class Migration20261203500000SearchFold extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function search_fold(t text) returns text language sql immutable strict parallel safe as $$
      select regexp_replace(translate(lower(t), '${FROM}', '${TO}'), '(^|\\s)ال(\\S\\S)', '\\1\\2', 'g')
    $$;`);
    this.addSql('drop index "salons_name_en_trgm", "salons_name_ar_trgm", "services_name_en_trgm", "services_name_ar_trgm";');
    this.addSql(`create index "salons_search_trgm" on "salons" using gin (search_fold("name_ar" || ' ' || "name_en") gin_trgm_ops);`);
    this.addSql(`create index "services_search_trgm" on "services" using gin (search_fold("name_ar" || ' ' || "name_en") gin_trgm_ops) where "is_active";`);
  }
}
