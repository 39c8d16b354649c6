import { allow, fields, isManagerOf } from '../../graphql/rules';
import { isUuid } from '../../graphql/ids';
import type { AppContext } from '../../graphql/context';
import { managesStaff } from '../catalog/catalog.permissions';
import { ScheduleException } from './hours.entity';

const salonOfInput = (_: unknown, args: { input: { salonId: string } }) => (isUuid(args.input.salonId) ? args.input.salonId : null);
const salonOfException = async (_: unknown, args: { input: { exceptionId: string } }, ctx: AppContext) =>
  isUuid(args.input.exceptionId) ? (await ctx.em.findOne(ScheduleException, { id: args.input.exceptionId }))?.salon.id : null;

const managesSalon = isManagerOf('hours.salonId', salonOfInput);
const managesException = isManagerOf('hours.exceptionId', salonOfException);

/** Opening hours and exceptions are public, like the rest of the catalogue; only the salon's managers change them. */
export const hoursPermissions = {
  Salon: { openingHours: allow, scheduleExceptions: allow },
  Mutation: {
    setWeeklyHours: managesStaff,
    setOpeningHours: managesSalon,
    addScheduleException: managesSalon,
    copyScheduleExceptions: managesSalon,
    updateScheduleException: managesException,
    removeScheduleException: managesException,
  },
  SetWeeklyHoursPayload: fields(['staffMember', 'errors'], allow),
  SetOpeningHoursPayload: fields(['salon', 'errors'], allow),
  AddScheduleExceptionPayload: fields(['exception', 'errors'], allow),
  UpdateScheduleExceptionPayload: fields(['exception', 'errors'], allow),
  RemoveScheduleExceptionPayload: fields(['removedExceptionId', 'errors'], allow),
  CopyScheduleExceptionsPayload: fields(['exceptions', 'errors'], allow),
  OpeningHours: fields(['id', 'createdAt', 'weekday', 'startTime', 'endTime'], allow),
  ScheduleException: fields(['id', 'createdAt', 'name', 'startDate', 'endDate', 'calendar', 'ranges'], allow),
  TimeRange: fields(['startTime', 'endTime'], allow),
};
