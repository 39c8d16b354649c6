import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MessageChannel } from '../accounts/user.entity';
import { DateTimeScalar } from '../../graphql/scalars';
import { DeliveryStatus, NotificationEvent, NotificationStatus } from './notification.entity';

export enum NotificationRecipient {
  CUSTOMER = 'CUSTOMER',
  STYLIST = 'STYLIST',
}
registerEnumType(NotificationRecipient, { name: 'NotificationRecipient', description: "Who a booking message went to: the booking's customer, or a stylist." });

/** A plain row (ADR 0009): what the salon may know about a message, never the number it went to or the provider's words. */
@ObjectType({ description: 'One booking message as the salon sees it: what, to whom, on which channel, and how far it got.' })
export class BookingNotification {
  @Field(() => ID, { description: 'The message.' })
  id!: string;

  @Field(() => NotificationEvent, { description: 'What it is about.' })
  event!: NotificationEvent;

  @Field(() => NotificationRecipient, { description: 'The customer, or a stylist.' })
  recipient!: NotificationRecipient;

  @Field(() => MessageChannel, { description: 'SMS or WhatsApp.' })
  channel!: MessageChannel;

  @Field(() => NotificationStatus, { description: 'Our side: waiting, sent to the provider, failed or skipped.' })
  status!: NotificationStatus;

  @Field(() => DeliveryStatus, { nullable: true, description: "WhatsApp's report (sent, delivered, read, failed); null for SMS and until WhatsApp reports." })
  deliveryStatus!: DeliveryStatus | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When WhatsApp says the delivery status happened.' })
  deliveryStatusAt!: Date | null;

  @Field(() => Boolean, { description: 'An SMS sent because the WhatsApp message failed or was not delivered in time.' })
  isFallback!: boolean;

  @Field(() => Int, { description: 'Tries so far.' })
  attempts!: number;

  @Field(() => DateTimeScalar, { description: 'When it was written (or is due, for a reminder: see dueAt).' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it is (or was) due to go out.' })
  dueAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the provider took it.' })
  sentAt!: Date | null;
}
