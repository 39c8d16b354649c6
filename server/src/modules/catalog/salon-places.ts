import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import type { City } from './salon.entity';
import type { SalonCity } from './catalog.types';

/** The cities and districts that have active salons, from the data itself (one statement), for the search's pickers. */
export async function salonCities(em: EntityManager): Promise<SalonCity[]> {
  const rows = await execute<{ city: City; district: string; n: number; latitude: number | null; longitude: number | null }>(em, `
    select city, district, count(*)::int as n, avg(latitude)::float8 as latitude, avg(longitude)::float8 as longitude
    from salons where is_active group by city, district order by city, district`);
  const cities = new Map<City, SalonCity>();
  for (const row of rows) {
    const city = cities.get(row.city) ?? { city: row.city, salonCount: 0, districts: [] };
    cities.set(row.city, city);
    city.salonCount += row.n;
    if (row.district) city.districts.push({ name: row.district, salonCount: row.n, latitude: row.latitude, longitude: row.longitude });
  }
  return [...cities.values()];
}
