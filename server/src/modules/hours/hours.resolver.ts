import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { Salon } from '../catalog/salon.entity';
import { SetWeeklyHoursInput, SetWeeklyHoursPayload } from '../catalog/manage.types';
import { OpeningHours, ScheduleException } from './hours.entity';
import type { OpeningHoursView } from './hours.loaders';
import * as manage from './manage-hours';
import {
  AddScheduleExceptionInput, AddScheduleExceptionPayload, CopyScheduleExceptionsInput, CopyScheduleExceptionsPayload,
  RemoveScheduleExceptionInput, RemoveScheduleExceptionPayload, SetOpeningHoursInput, SetOpeningHoursPayload,
  UpdateScheduleExceptionInput, UpdateScheduleExceptionPayload,
} from './hours.types';

const desc = (what: string) => ({ description: what });
const YEARS = manage.YEARS;

function assertYear(year: number, argumentName: string): void {
  if (!Number.isInteger(year) || year < YEARS.min || year > YEARS.max) {
    throw new GraphQLError(`${argumentName} must be between ${YEARS.min} and ${YEARS.max}`, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
  }
}

/** A salon's opening week and schedule exceptions: public reads, managers' writes (rules in hours.permissions.ts). */
@Resolver(() => Salon)
export class HoursResolver {
  @FieldResolver(() => [OpeningHours], desc('Opening hours, by weekday then start; empty when the salon keeps none (its staff\'s hours alone count).'))
  openingHours(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<OpeningHoursView[]> {
    return ctx.loaders.hours.openingHoursBySalonId.load(salon.id);
  }

  @FieldResolver(() => [ScheduleException], desc('Schedule exceptions (Ramadan hours, Eid, special days) that touch a Gregorian year, by first day.'))
  scheduleExceptions(@Root() salon: Salon, @Ctx() ctx: AppContext, @Arg('year', () => Int, desc('The Gregorian year, 2000–2100.')) year: number) {
    assertYear(year, 'year');
    return ctx.loaders.hours.exceptionsInYear(salon.id, year);
  }

  @Mutation(() => SetWeeklyHoursPayload, desc("Replace a staff member's working week, atomically. A range may cross midnight (20:00–03:00)."))
  setWeeklyHours(@Ctx() ctx: AppContext, @Arg('input', () => SetWeeklyHoursInput, desc('The week.')) input: SetWeeklyHoursInput) {
    return toPayload(ctx.locale, async () => ({ staffMember: await manage.setWeeklyHours(ctx.em, input.staffMemberId, input.hours) }));
  }

  @Mutation(() => SetOpeningHoursPayload, desc("Replace a salon's opening week, atomically."))
  setOpeningHours(@Ctx() ctx: AppContext, @Arg('input', () => SetOpeningHoursInput, desc('The week.')) input: SetOpeningHoursInput) {
    return toPayload(ctx.locale, async () => ({ salon: await manage.setOpeningHours(ctx.em, input.salonId, input.hours) }));
  }

  @Mutation(() => AddScheduleExceptionPayload, desc('Give some dates other hours (Ramadan, a special day) or close them (Eid).'))
  addScheduleException(@Ctx() ctx: AppContext, @Arg('input', () => AddScheduleExceptionInput, desc('The exception.')) { salonId, ...input }: AddScheduleExceptionInput) {
    return toPayload(ctx.locale, async () => ({ exception: await manage.addException(ctx.em, salonId, input) }));
  }

  @Mutation(() => UpdateScheduleExceptionPayload, desc('Change a schedule exception.'))
  updateScheduleException(@Ctx() ctx: AppContext, @Arg('input', () => UpdateScheduleExceptionInput, desc('What to change.')) { exceptionId, ...changes }: UpdateScheduleExceptionInput) {
    return toPayload(ctx.locale, async () => ({ exception: await manage.updateException(ctx.em, exceptionId, changes) }));
  }

  @Mutation(() => RemoveScheduleExceptionPayload, desc('Remove a schedule exception.'))
  removeScheduleException(@Ctx() ctx: AppContext, @Arg('input', () => RemoveScheduleExceptionInput, desc('Which.')) input: RemoveScheduleExceptionInput) {
    return toPayload(ctx.locale, async () => {
      await manage.removeException(ctx.em, input.exceptionId);
      return { removedExceptionId: input.exceptionId };
    });
  }

  @Mutation(() => CopyScheduleExceptionsPayload, desc("Copy a year's exceptions to the next year: Ramadan and the Eids to their new Hijri dates, Gregorian ones to the same date."))
  copyScheduleExceptions(@Ctx() ctx: AppContext, @Arg('input', () => CopyScheduleExceptionsInput, desc('Which year.')) input: CopyScheduleExceptionsInput) {
    return toPayload(ctx.locale, async () => ({ exceptions: await manage.copyExceptionsToNextYear(ctx.em, input.salonId, input.fromYear) }));
  }
}
