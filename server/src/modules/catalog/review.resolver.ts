import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Reads } from '../../graphql/projection';
import { User } from '../accounts/user.entity';
import { Review } from './photo-review.entity';
import { Service } from './service.entity';
import { StaffMember } from './staff-member.entity';

@Resolver(() => Review)
export class ReviewResolver {
  @Reads()
  @FieldResolver(() => User, { description: 'Who wrote it (first name shown publicly).' })
  async customer(@Root() review: Review, @Ctx() ctx: AppContext): Promise<User> {
    return (await ctx.loaders.accounts.userById.load(review.customer.id))!;
  }

  @Reads()
  @FieldResolver(() => Service, { nullable: true, description: 'The service the review was about; null when it was not about a booking.' })
  service(@Root() review: Review, @Ctx() ctx: AppContext): Promise<Service | null> | null {
    return review.service ? ctx.loaders.catalog.serviceById.load(review.service.id) : null;
  }

  @Reads()
  @FieldResolver(() => StaffMember, { nullable: true, description: 'The stylist the review was about; null when it was not about a booking.' })
  staff(@Root() review: Review, @Ctx() ctx: AppContext): Promise<StaffMember | null> | null {
    return review.staff ? ctx.loaders.catalog.staffMemberById.load(review.staff.id) : null;
  }
}
