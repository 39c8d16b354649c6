import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { displayNameOf, needsName } from './display-name';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => String, {
    description: 'What to call the person: their name, or, when they gave none, a readable stand-in in the caller\'s language ("Customer ending 0078"). Never empty.',
  })
  displayName(@Root() user: User, @Ctx() ctx: AppContext): string {
    return displayNameOf(user, ctx.locale);
  }

  @FieldResolver(() => Boolean, {
    description: 'True while the person has no first name. Apps ask for one once, right after sign-in, then carry on where the person was (updateProfile sets it).',
  })
  needsName(@Root() user: User): boolean {
    return needsName(user);
  }
}
