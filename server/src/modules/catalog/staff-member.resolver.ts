import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Reads } from '../../graphql/projection';
import { isUuid } from '../../graphql/ids';
import { Salon } from './salon.entity';
import { Service } from './service.entity';
import { StaffMember } from './staff-member.entity';
import { TimeOff, WeeklyHours } from './schedule.entity';
import type { WeeklyHoursView } from './catalog.loaders';
import { inReaderLanguage } from './localised';

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Query(() => StaffMember, { nullable: true, description: 'One active staff member by id, or null.' })
  async staffMember(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Staff member id.' }) id: string): Promise<StaffMember | null> {
    if (!isUuid(id)) return null;
    const member = await ctx.loaders.catalog.staffMemberById.load(id);
    return member?.isActive ? member : null;
  }

  @Reads('displayName', 'displayNameEn')
  @FieldResolver(() => String, { description: "Name shown to customers, in the caller's language." })
  displayName(@Root() member: StaffMember, @Ctx() ctx: AppContext): string {
    return inReaderLanguage(member.displayName, member.displayNameEn, ctx.locale);
  }

  @Reads()
  @FieldResolver(() => [Service], { description: 'Active services this person offers.' })
  services(@Root() member: StaffMember, @Ctx() ctx: AppContext): Promise<Service[]> {
    return ctx.loaders.catalog.servicesOfStaff(member);
  }

  @Reads()
  @FieldResolver(() => [WeeklyHours], { description: 'Working week, by weekday then start.' })
  weeklyHours(@Root() member: StaffMember, @Ctx() ctx: AppContext): Promise<WeeklyHoursView[]> {
    return ctx.loaders.catalog.weeklyHoursOf(member);
  }

  @Reads()
  @FieldResolver(() => [TimeOff], { description: 'Absences that have not ended yet. For the person and their managers.' })
  timeOff(@Root() member: StaffMember, @Ctx() ctx: AppContext): Promise<TimeOff[]> {
    return ctx.loaders.catalog.upcomingTimeOffByStaffId.load(member.id);
  }

  @Reads()
  @FieldResolver(() => Salon, { description: 'Where this person works.' })
  async salon(@Root() member: StaffMember, @Ctx() ctx: AppContext): Promise<Salon> {
    return (await ctx.loaders.catalog.salonById.load(member.salon.id))!;
  }
}
