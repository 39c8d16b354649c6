import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import type { City } from './salon.entity';
import type { SalonCity } from './catalog.types';
import { inReaderLanguage } from './localised';
import type { Locale } from '../../i18n/locale';

/** The cities and districts that have active salons, from the data itself (one statement), for the search's pickers. */
export async function salonCities(em: EntityManager, locale: Locale): Promise<SalonCity[]> {
  const rows = await execute<{ city: City; district: string; district_en: string; n: number; latitude: number | null; longitude: number | null }>(em, `
    select city, district, district_en, count(*)::int as n, avg(latitude)::float8 as latitude, avg(longitude)::float8 as longitude
    from salons where is_active group by city, district, district_en order by city, district, district_en`);
  const cities = new Map<City, SalonCity>();
  for (const row of rows) {
    const city = cities.get(row.city) ?? { city: row.city, salonCount: 0, districts: [] };
    cities.set(row.city, city);
    city.salonCount += row.n;
    if (row.district) city.districts.push({ name: inReaderLanguage(row.district, row.district_en, locale), salonCount: row.n, latitude: row.latitude, longitude: row.longitude });
  }
  // In the reader's alphabet's order, now that the names are in the reader's language.
  const collator = new Intl.Collator(locale);
  for (const city of cities.values()) city.districts.sort((a, b) => collator.compare(a.name, b.name));
  return [...cities.values()];
}
