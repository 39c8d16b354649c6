import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Reads } from '../../graphql/projection';
import { isUuid } from '../../graphql/ids';
import { Salon } from './salon.entity';
import { Service } from './service.entity';

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { nullable: true, description: 'One bookable service by id, or null.' })
  async service(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Service id.' }) id: string): Promise<Service | null> {
    if (!isUuid(id)) return null;
    const service = await ctx.loaders.catalog.serviceById.load(id);
    return service?.isActive ? service : null;
  }

  @Reads('nameAr', 'nameEn')
  @FieldResolver(() => String, { description: "Name in the caller's language." })
  name(@Root() service: Service, @Ctx() ctx: AppContext): string {
    return ctx.locale === 'ar' ? service.nameAr : service.nameEn;
  }

  @Reads()
  @FieldResolver(() => Salon, { description: 'The salon offering it.' })
  async salon(@Root() service: Service, @Ctx() ctx: AppContext): Promise<Salon> {
    return (await ctx.loaders.catalog.salonById.load(service.salon.id))!;
  }
}
