import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { City, Clientele } from './salon.entity';
import { ServiceCategory } from './service.entity';

/** Radius of a near-me search when none is given, and the largest one allowed (km). */
export const DEFAULT_RADIUS_KM = 50;
export const MAX_RADIUS_KM = 500;

/** Degrees to 7 decimals (about a centimetre): finer is noise, and a subnormal number is not a float8 to PostgreSQL. */
const degrees = (max: number) => z.number().min(-max).max(max).transform((v) => Math.round(v * 1e7) / 1e7);

/**
 * The salon list's criteria, checked before any of it reaches SQL. GraphQL has already checked the types; this
 * checks the ranges (a latitude of 91, a negative price, a minimum above the maximum) and answers BAD_USER_INPUT.
 */
const filterShape = z
  .object({
    search: z.string().max(200).nullish(),
    city: z.nativeEnum(City).nullish(),
    category: z.nativeEnum(ServiceCategory).nullish(),
    minRating: z.number().min(0).max(5).nullish(),
    near: z
      .object({
        latitude: degrees(90),
        longitude: degrees(180),
        radiusKm: z.number().min(0.1).max(MAX_RADIUS_KM).nullish(),
      })
      .nullish(),
    serves: z.nativeEnum(Clientele).nullish(),
    homeService: z.boolean().nullish(),
    openNow: z.boolean().nullish(),
    minPriceHalalas: z.number().int().min(0).nullish(),
    maxPriceHalalas: z.number().int().min(0).nullish(),
  })
  .refine((f) => f.minPriceHalalas == null || f.maxPriceHalalas == null || f.minPriceHalalas <= f.maxPriceHalalas, {
    message: 'minPriceHalalas must not exceed maxPriceHalalas',
  });

export type SalonCriteria = z.output<typeof filterShape>;

export function parseSalonFilter(filter: unknown): SalonCriteria {
  const parsed = filterShape.safeParse(filter ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new GraphQLError(`Invalid filter: ${[...issue.path, ''].join(' ')}${issue.message}`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' } });
}

/** Who a `serves` filter admits: a salon for both serves ladies and gents alike. */
export const SERVED_BY: Record<Clientele, Clientele[]> = {
  [Clientele.LADIES]: [Clientele.LADIES, Clientele.BOTH],
  [Clientele.GENTS]: [Clientele.GENTS, Clientele.BOTH],
  [Clientele.BOTH]: [Clientele.BOTH],
};

/**
 * SQL conditions on `salons s` for every criterion but text and distance, with their parameters in order.
 * `now` is the app's clock: "open now" is read in each salon's own time zone.
 */
export function criteriaSql(c: SalonCriteria, now: Date): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (c.city) {
    where.push('s.city = ?');
    params.push(c.city);
  }
  if (c.minRating != null) {
    where.push('s.rating_average >= ?');
    params.push(c.minRating);
  }
  if (c.serves) {
    where.push('s.clientele = any(?::text[])');
    params.push(`{${SERVED_BY[c.serves].join(',')}}`);
  }
  if (c.homeService) where.push('s.home_service_radius_km is not null');
  // One active service must satisfy the category and the price range together.
  const service: string[] = [];
  if (c.category) {
    service.push('sv.category = ?');
    params.push(c.category);
  }
  if (c.minPriceHalalas != null) {
    service.push('sv.price_halalas >= ?');
    params.push(c.minPriceHalalas);
  }
  if (c.maxPriceHalalas != null) {
    service.push('sv.price_halalas <= ?');
    params.push(c.maxPriceHalalas);
  }
  if (service.length) where.push(`exists (select 1 from services sv where sv.salon_id = s.id and sv.is_active and ${service.join(' and ')})`);
  if (c.openNow) {
    // Open: a working stylist's weekly hours cover the salon-local time now, and no closure covers today.
    where.push(`exists (select 1 from (select ?::timestamptz at time zone s.time_zone as t) l, staff_members sm join weekly_hours wh on wh.staff_id = sm.id
        where sm.salon_id = s.id and sm.is_active and wh.weekday = extract(isodow from l.t) and l.t::time >= wh.start_time and l.t::time < wh.end_time)
      and not exists (select 1 from salon_closures cl where cl.salon_id = s.id
        and (?::timestamptz at time zone s.time_zone)::date between cl.start_date and cl.end_date)`);
    params.push(now, now);
  }
  return { where, params };
}
