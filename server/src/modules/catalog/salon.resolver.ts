import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { pageSize, type ConnectionShape } from '../../graphql/relay';
import { Salon } from './salon.entity';
import { Service } from './service.entity';
import { StaffMember } from './staff-member.entity';
import { SalonConnection, SalonFilter } from './catalog.types';
import { listSalons, SalonOrder } from './list-salons';

@Resolver(() => Salon)
export class SalonResolver {
  @Query(() => SalonConnection, { description: 'Active salons, filtered and sorted, one page at a time.' })
  async salons(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
    @Arg('filter', () => SalonFilter, { nullable: true, description: 'Criteria to match.' }) filter?: SalonFilter | null,
    @Arg('orderBy', () => SalonOrder, { nullable: true, description: 'Sort order (default RELEVANCE).' }) orderBy?: SalonOrder | null,
  ): Promise<ConnectionShape<Salon>> {
    return listSalons(ctx.em, { ...filter, orderBy: orderBy ?? SalonOrder.RELEVANCE, first: pageSize(first), after });
  }

  @Query(() => Salon, { nullable: true, description: 'One salon by id, or null when there is none.' })
  async salon(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Salon id.' }) id: string): Promise<Salon | null> {
    return loadById(ctx, id);
  }

  @FieldResolver(() => String, { description: "Name in the caller's language." })
  name(@Root() salon: Salon, @Ctx() ctx: AppContext): string {
    return ctx.locale === 'ar' ? salon.nameAr : salon.nameEn;
  }

  @FieldResolver(() => String, { description: "Description in the caller's language." })
  description(@Root() salon: Salon, @Ctx() ctx: AppContext): string {
    return ctx.locale === 'ar' ? salon.descriptionAr : salon.descriptionEn;
  }

  @FieldResolver(() => [Service], { description: 'Bookable services, grouped by category.' })
  services(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<Service[]> {
    return ctx.loaders.catalog.activeServicesBySalonId.load(salon.id);
  }

  @FieldResolver(() => [StaffMember], { description: 'Bookable staff members.' })
  staff(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<StaffMember[]> {
    return ctx.loaders.catalog.activeStaffBySalonId.load(salon.id);
  }
}

async function loadById(ctx: AppContext, id: string): Promise<Salon | null> {
  if (!isUuid(id)) return null;
  const salon = await ctx.loaders.catalog.salonById.load(id);
  return salon?.isActive ? salon : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
