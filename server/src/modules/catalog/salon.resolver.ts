import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Reads } from '../../graphql/projection';
import { pageSize, toConnection, type ConnectionShape } from '../../graphql/relay';
import { isUuid } from '../../graphql/ids';
import { Salon } from './salon.entity';
import { Service } from './service.entity';
import { StaffMember } from './staff-member.entity';
import { SalonClosure } from './schedule.entity';
import { Review, SalonPhoto } from './photo-review.entity';
import { PriceRange, ReviewConnection, SalonCity, SalonConnection, SalonFilter } from './catalog.types';
import { listSalons, SalonOrder, type ListedSalon } from './list-salons';
import { parseSalonFilter } from './salon-filters';
import { salonCities } from './salon-places';
import { inReaderLanguage } from './localised';
import { readSalonsAhead } from './read-ahead';

@Resolver(() => Salon)
export class SalonResolver {
  @Query(() => SalonConnection, { description: 'Active salons, filtered and sorted, one page at a time.' })
  async salons(
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
    @Arg('filter', () => SalonFilter, { nullable: true, description: 'Criteria to match.' }) filter?: SalonFilter | null,
    @Arg('orderBy', () => SalonOrder, { nullable: true, description: 'Sort order (default RELEVANCE).' }) orderBy?: SalonOrder | null,
  ): Promise<ConnectionShape<Salon>> {
    const page = await listSalons(ctx.em, parseSalonFilter(filter), { orderBy: orderBy ?? SalonOrder.RELEVANCE, first: pageSize(first), after }, ctx.app.now(), ctx.shape.propertiesOf('Salon'));
    // The salons' stylists' hours and services travel with the salons' lists, a level early.
    readSalonsAhead(ctx, page.edges.map((e) => e.node.id), info, ['edges', 'node']);
    return page;
  }

  @Query(() => [SalonCity], { description: 'Cities and districts that have active salons, from the data.' })
  salonCities(@Ctx() ctx: AppContext): Promise<SalonCity[]> {
    return salonCities(ctx.em, ctx.locale);
  }

  @Reads()
  @FieldResolver(() => Int, { nullable: true, description: "Metres from the list's `near` place; null outside such a list." })
  distanceMeters(@Root() salon: Salon): number | null {
    const distance = (salon as ListedSalon).distanceMeters;
    return distance == null ? null : Math.round(distance);
  }

  @Query(() => Salon, { nullable: true, description: 'One active salon by id, or null when there is none.' })
  async salon(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Salon id.' }) id: string, @Info() info: GraphQLResolveInfo): Promise<Salon | null> {
    if (!isUuid(id)) return null;
    // The salon's lists travel with its row: the id is known before the row is read.
    readSalonsAhead(ctx, [id], info, []);
    const salon = await ctx.loaders.catalog.salonById.load(id);
    return salon?.isActive ? salon : null;
  }

  @Reads('nameAr', 'nameEn')
  @FieldResolver(() => String, { description: "Name in the caller's language." })
  name(@Root() salon: Salon, @Ctx() ctx: AppContext): string {
    return ctx.locale === 'ar' ? salon.nameAr : salon.nameEn;
  }

  @Reads('district', 'districtEn')
  @FieldResolver(() => String, { description: "District or neighbourhood in the caller's language." })
  district(@Root() salon: Salon, @Ctx() ctx: AppContext): string {
    return inReaderLanguage(salon.district, salon.districtEn, ctx.locale);
  }

  @Reads('descriptionAr', 'descriptionEn')
  @FieldResolver(() => String, { description: "Description in the caller's language." })
  description(@Root() salon: Salon, @Ctx() ctx: AppContext): string {
    return ctx.locale === 'ar' ? salon.descriptionAr : salon.descriptionEn;
  }

  @Reads()
  @FieldResolver(() => [Service], { description: 'Bookable services, grouped by category.' })
  services(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<Service[]> {
    return ctx.loaders.catalog.activeServicesBySalonId.load(salon.id);
  }

  @Reads()
  @FieldResolver(() => [StaffMember], { description: 'Bookable staff members.' })
  staff(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<StaffMember[]> {
    return ctx.loaders.catalog.activeStaffBySalonId.load(salon.id);
  }

  @Reads()
  @FieldResolver(() => [SalonPhoto], { description: 'Gallery, in order.' })
  photos(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<SalonPhoto[]> {
    return ctx.loaders.catalog.photosBySalonId.load(salon.id);
  }

  @Reads()
  @FieldResolver(() => [SalonClosure], { description: 'Closures that have not ended yet.' })
  closures(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<SalonClosure[]> {
    return ctx.loaders.catalog.upcomingClosuresBySalonId.load(salon.id);
  }

  @Reads()
  @FieldResolver(() => PriceRange, { nullable: true, description: 'Price range of the active services; null when there are none.' })
  async priceRange(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<PriceRange | null> {
    const services = await ctx.loaders.catalog.activeServicesBySalonId.load(salon.id);
    if (services.length === 0) return null;
    const prices = services.map((s) => s.priceHalalas);
    return { minHalalas: Math.min(...prices), maxHalalas: Math.max(...prices), currency: services[0].currency };
  }

  @Reads()
  @FieldResolver(() => ReviewConnection, { description: 'Reviews, newest first.' })
  async reviews(
    @Root() salon: Salon,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 10).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<Review>> {
    const size = pageSize(first, 10);
    const rows = await ctx.loaders.catalog.reviewPage({ salonId: salon.id, first: size, after });
    return toConnection(rows, size, (r) => [r.createdAt.toISOString(), r.id], Boolean(after));
  }
}
