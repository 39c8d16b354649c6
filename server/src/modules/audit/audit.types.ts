import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';
import { AuditAction } from './audit-log';

@ObjectType({ description: 'One audit log entry: who did what to whose data, when and from where. Entries are never changed or removed, except by the retention purge.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => AuditAction, { description: 'What happened.' })
  action!: AuditAction;

  actorId!: string | null;

  @Field(() => String, { nullable: true, description: "The actor's role at the time (CUSTOMER, STAFF, MANAGER), or for an automatic refund who caused it (customer, salon); null for the system." })
  actorRole!: string | null;

  subjectUserId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The salon concerned, if any.' })
  salonId!: string | null;

  @Field(() => String, { nullable: true, description: 'What kind of record it concerns: BOOKING, PAYMENT, USER.' })
  targetType!: string | null;

  @Field(() => ID, { nullable: true, description: 'Which record.' })
  targetId!: string | null;

  @Field(() => String, { description: 'More about it as a JSON object of ids, amounts and codes (never names or phone numbers).' })
  details!: string;

  @Field(() => String, { nullable: true, description: 'The network address the request came from.' })
  ip!: string | null;

  @Field(() => String, { description: 'The browser or app that made the request; may be empty.' })
  userAgent!: string;
}

export const AuditEntryConnection = connectionType('AuditEntry', AuditEntry, 'audit log entry');
