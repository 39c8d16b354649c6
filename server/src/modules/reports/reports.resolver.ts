import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ZodError } from 'zod';
import type { PlainRow } from '../../db/plain-rows';
import type { AppContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { ReportPeriod } from './report-period';
import { ReportService, SalonReport, StylistUtilisation } from './reports.types';
import { salonReport } from './salon-report';

@Resolver(() => SalonReport)
export class ReportsResolver {
  @Query(() => SalonReport, { description: "A salon's revenue, bookings, utilisation, top services and customers for a period in its time zone, with the period before (managers)." })
  async salonReport(
    @Ctx() ctx: AppContext,
    @Arg('salonId', () => ID, { description: 'The salon.' }) salonId: string,
    @Arg('period', () => ReportPeriod, { description: 'DAY, WEEK, MONTH or CUSTOM.' }) period: ReportPeriod,
    @Arg('date', () => DateScalar, { description: 'A day in the period (DAY, WEEK, MONTH), or the first day of a CUSTOM range.' }) date: string,
    @Arg('to', () => DateScalar, { nullable: true, description: 'CUSTOM only: the last day (included), at most 366 days in all.' }) to?: string | null,
  ): Promise<SalonReport> {
    // The permission rule has already refused anyone who does not manage the salon, and so an unknown salon.
    const [found, staff] = await Promise.all([ctx.loaders.catalog.salonById.load(salonId), ctx.loaders.catalog.activeStaffBySalonId.load(salonId)]);
    const salon = found!;
    try {
      return await salonReport(ctx.em, { salon, activeStaffIds: staff.map((s) => s.id), input: { period, date, to }, now: ctx.app.now() });
    } catch (err) {
      if (!(err instanceof ZodError)) throw err;
      const issue = err.issues[0];
      throw new GraphQLError(issue.message, { extensions: { code: 'BAD_USER_INPUT', argumentName: String(issue.path[0] ?? 'to') } });
    }
  }
}

@Resolver(() => StylistUtilisation)
export class StylistUtilisationResolver {
  @FieldResolver(() => StaffMember, { description: 'The stylist.' })
  async staff(@Root() row: StylistUtilisation, @Ctx() ctx: AppContext): Promise<PlainRow<StaffMember>> {
    return (await ctx.loaders.catalog.staffMemberById.load(row.staffId))!;
  }
}

@Resolver(() => ReportService)
export class ReportServiceResolver {
  @FieldResolver(() => Service, { description: 'The service.' })
  async service(@Root() row: ReportService, @Ctx() ctx: AppContext): Promise<PlainRow<Service>> {
    return (await ctx.loaders.catalog.serviceById.load(row.serviceId))!;
  }
}
