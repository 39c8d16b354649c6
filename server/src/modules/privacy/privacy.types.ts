import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { DateTimeScalar } from '../../graphql/scalars';
import { OtpChannel } from '../accounts/phone-otp.entity';
import { ConsentSource, MarketingConsent } from './consent';

@ObjectType({ description: 'Everything the platform holds about the signed-in person, as one JSON document to save as a file.' })
export class DataExport {
  @Field(() => DateTimeScalar, { description: 'When it was put together.' })
  generatedAt!: Date;

  @Field(() => String, { description: 'A file name to save it under.' })
  fileName!: string;

  @Field(() => String, { description: 'The JSON document: profile, sessions, staff memberships, bookings with their history, payments (card last four only), invoices and credit notes, reviews, messages with their delivery status, consents and who at a salon read their phone number (docs/privacy.md).' })
  json!: string;
}

@InputType({ description: 'How to send the code that confirms deleting the account.' })
export class RequestAccountDeletionCodeInput {
  @Field(() => OtpChannel, { defaultValue: OtpChannel.SMS, description: 'How to deliver the code to the account\'s own phone.' })
  channel!: OtpChannel;
}

@ObjectType({ description: 'Result of requestAccountDeletionCode.' })
export class RequestAccountDeletionCodePayload {
  @Field(() => ID, { nullable: true, description: 'Pass this to deleteMyAccount with the code.' })
  requestId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the code stops working.' })
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Seconds to wait before asking again.' })
  retryAfterSeconds?: number | null;

  @Field(() => [UserError], { description: 'Why no code was sent: RATE_LIMITED, OTP_DELIVERY_FAILED.' })
  errors!: UserError[];
}

@InputType({ description: 'The deletion code the person received.' })
export class DeleteMyAccountInput {
  @Field(() => ID, { description: 'The requestId from requestAccountDeletionCode.' })
  requestId!: string;

  @Field(() => String, { description: 'The code sent to the account\'s phone.' })
  code!: string;
}

@ObjectType({ description: 'Result of deleteMyAccount.' })
export class DeleteMyAccountPayload {
  @Field(() => Boolean, { nullable: true, description: 'True when the account is deleted (also when it already was); null when nothing was deleted (see errors).' })
  deleted?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Future bookings cancelled; their salons were told and paid amounts are refunded.' })
  cancelledBookings?: number | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted: INVALID_CODE, SOLE_SALON_MANAGER, OTP_DELIVERY_FAILED.' })
  errors!: UserError[];
}

@InputType({ description: 'Opt in to or out of marketing messages.' })
export class SetMarketingConsentInput {
  @Field(() => Boolean, { description: 'True to agree, false to withdraw.' })
  granted!: boolean;

  @Field(() => ConsentSource, { defaultValue: ConsentSource.PROFILE, description: 'Where the choice is made.' })
  source!: ConsentSource;
}

@ObjectType({ description: 'Result of setMarketingConsent.' })
export class SetMarketingConsentPayload {
  @Field(() => MarketingConsent, { nullable: true, description: 'The choice now in force.' })
  consent?: MarketingConsent | null;

  @Field(() => [UserError], { description: 'Always empty; present for consistency.' })
  errors!: UserError[];
}
