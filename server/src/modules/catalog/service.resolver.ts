import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Service } from './service.entity';

@Resolver(() => Service)
export class ServiceResolver {
  @FieldResolver(() => String, { description: "Name in the caller's language." })
  name(@Root() service: Service, @Ctx() ctx: AppContext): string {
    return ctx.locale === 'ar' ? service.nameAr : service.nameEn;
  }
}
