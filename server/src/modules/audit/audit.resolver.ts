import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { pageSize, type ConnectionShape } from '../../graphql/relay';
import { User } from '../accounts/user.entity';
import { AuditAction } from './audit-log';
import { AuditEntry, AuditEntryConnection } from './audit.types';
import { listAuditLog } from './list-audit-log';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "A salon's audit log, newest first: phone number reads, refunds and role changes there (managers of the salon)." })
  salonAuditLog(
    @Ctx() ctx: AppContext,
    @Arg('salonId', () => ID, { description: 'The salon.' }) salonId: string,
    @Arg('action', () => AuditAction, { nullable: true, description: 'Only this kind of entry.' }) action?: AuditAction | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<AuditEntry>> {
    return listAuditLog(ctx.em, { salonId: isUuid(salonId) ? salonId : null, action, first: pageSize(first), after });
  }

  @Query(() => AuditEntryConnection, { description: "Every salon's audit log and the entries of no salon (exports, deletions), newest first (platform administrators)." })
  platformAuditLog(
    @Ctx() ctx: AppContext,
    @Arg('action', () => AuditAction, { nullable: true, description: 'Only this kind of entry.' }) action?: AuditAction | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<AuditEntry>> {
    return listAuditLog(ctx.em, { salonId: null, action, first: pageSize(first), after });
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for the system.' })
  actor(@Root() e: AuditEntry, @Ctx() ctx: AppContext): Promise<User | null> | null {
    return e.actorId ? ctx.loaders.accounts.userById.load(e.actorId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Whose data it concerns (whose phone number was read, who was refunded), if anyone.' })
  subject(@Root() e: AuditEntry, @Ctx() ctx: AppContext): Promise<User | null> | null {
    return e.subjectUserId ? ctx.loaders.accounts.userById.load(e.subjectUserId) : null;
  }
}
