import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { User } from '../accounts/user.entity';
import { Review } from './photo-review.entity';

@Resolver(() => Review)
export class ReviewResolver {
  @FieldResolver(() => User, { description: 'Who wrote it (first name shown publicly).' })
  async customer(@Root() review: Review, @Ctx() ctx: AppContext): Promise<User> {
    return (await ctx.loaders.accounts.userById.load(review.customer.id))!;
  }
}
