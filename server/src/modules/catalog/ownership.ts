import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { SalonClosure, TimeOff } from './schedule.entity';

/** Which salon a mutation acts on, read from its input: what the permission rules check. */
export const salonOf = {
  salonId: (_: unknown, args: { input: { salonId: string } }) => (isUuid(args.input.salonId) ? args.input.salonId : null),
  service: async (_: unknown, args: { input: { serviceId: string } }, ctx: AppContext) =>
    isUuid(args.input.serviceId) ? (await ctx.loaders.catalog.serviceById.load(args.input.serviceId))?.salon.id : null,
  staffMember: async (_: unknown, args: { input: { staffMemberId: string } }, ctx: AppContext) =>
    isUuid(args.input.staffMemberId) ? (await ctx.loaders.catalog.staffMemberById.load(args.input.staffMemberId))?.salon.id : null,
  timeOff: async (_: unknown, args: { input: { timeOffId: string } }, ctx: AppContext) => {
    if (!isUuid(args.input.timeOffId)) return null;
    const timeOff = await ctx.em.findOne(TimeOff, { id: args.input.timeOffId }, { populate: ['staff'] });
    return timeOff?.staff.salon.id;
  },
  closure: async (_: unknown, args: { input: { closureId: string } }, ctx: AppContext) =>
    isUuid(args.input.closureId) ? (await ctx.em.findOne(SalonClosure, { id: args.input.closureId }))?.salon.id : null,
};

/** The user behind the staff member a mutation names, for "staff manage their own time off". */
export const staffUserOf = {
  staffMember: async (_: unknown, args: { input: { staffMemberId: string } }, ctx: AppContext) =>
    isUuid(args.input.staffMemberId) ? (await ctx.loaders.catalog.staffMemberById.load(args.input.staffMemberId))?.user.id : null,
  timeOff: async (_: unknown, args: { input: { timeOffId: string } }, ctx: AppContext) => {
    if (!isUuid(args.input.timeOffId)) return null;
    const timeOff = await ctx.em.findOne(TimeOff, { id: args.input.timeOffId }, { populate: ['staff'] });
    return timeOff?.staff.user.id;
  },
};
