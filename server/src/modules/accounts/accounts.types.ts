import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { DateTimeScalar } from '../../graphql/scalars';
import { OtpChannel } from './phone-otp.entity';
import { Language, MessageChannel, User } from './user.entity';

@InputType({ description: 'Ask for a sign-in code. A new phone number creates a customer account.' })
export class RequestPhoneCodeInput {
  @Field(() => String, { description: 'Mobile number: E.164, or a Saudi mobile as people type it (05…, 9665…, Arabic digits).' })
  phoneNumber!: string;

  @Field(() => OtpChannel, { defaultValue: OtpChannel.SMS, description: 'How to deliver the code.' })
  channel!: OtpChannel;

  @Field(() => ID, { nullable: true, description: 'A stable id of the app installation, for abuse limits.' })
  deviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Given name, used when the number is new.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name, used when the number is new.' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address, used when the number is new; must not belong to someone else.' })
  email?: string | null;
}

@ObjectType({ description: 'Result of asking for a sign-in code.' })
export class RequestPhoneCodePayload {
  @Field(() => ID, { nullable: true, description: 'Pass this to verifyPhoneCode with the code.' })
  requestId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the code stops working.' })
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Seconds to wait before asking again (after success, or when rate limited).' })
  retryAfterSeconds?: number | null;

  @Field(() => [UserError], { description: 'Why no code was sent: INVALID_PHONE_NUMBER, RATE_LIMITED, EMAIL_TAKEN, OTP_DELIVERY_FAILED.' })
  errors!: UserError[];
}

@InputType({ description: 'Sign in with the code that was sent.' })
export class VerifyPhoneCodeInput {
  @Field(() => ID, { description: 'The requestId from requestPhoneCode.' })
  requestId!: string;

  @Field(() => String, { description: 'The code the person received.' })
  code!: string;
}

@ObjectType({ description: 'A signed-in session: tokens and the person.' })
export class SessionPayload {
  @Field(() => String, { nullable: true, description: 'Short-lived bearer token for the Authorization header.' })
  accessToken?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the access token expires; refresh before then.' })
  accessTokenExpiresAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Single-use token for refreshSession. Store it securely.' })
  refreshToken?: string | null;

  @Field(() => User, { nullable: true, description: 'The signed-in person.' })
  user?: User | null;

  @Field(() => [UserError], { description: 'Why the session was not started: INVALID_CODE, INVALID_REFRESH_TOKEN, OTP_DELIVERY_FAILED.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of verifyPhoneCode.' })
export class VerifyPhoneCodePayload extends SessionPayload {}

@ObjectType({ description: 'Result of refreshSession.' })
export class RefreshSessionPayload extends SessionPayload {}

@InputType({ description: 'Swap a refresh token for new tokens.' })
export class RefreshSessionInput {
  @Field(() => String, { description: 'The latest refresh token; each one works once.' })
  refreshToken!: string;
}

@InputType({ description: 'End the current session.' })
export class SignOutInput {
  @Field(() => Boolean, { defaultValue: false, description: 'End every session of this person, on all devices.' })
  everywhere!: boolean;
}

@ObjectType({ description: 'Result of signOut.' })
export class SignOutPayload {
  @Field(() => Boolean, { description: 'Whether the session was ended.' })
  signedOut!: boolean;

  @Field(() => [UserError], { description: 'Always empty today; here for consistency.' })
  errors!: UserError[];
}

@InputType({ description: 'Change your own profile. Omitted fields stay as they are.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Given name.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address; an empty string removes it.' })
  email?: string | null;

  @Field(() => Language, { nullable: true, description: 'Language for messages and notifications.' })
  preferredLanguage?: Language | null;

  @Field(() => MessageChannel, { nullable: true, description: 'How booking messages should reach you (SMS or WhatsApp); omitted or null leaves it as it is. Booking messages cannot be turned off.' })
  preferredChannel?: MessageChannel | null;
}

@ObjectType({ description: 'Result of updateProfile.' })
export class UpdateProfilePayload {
  @Field(() => User, { nullable: true, description: 'The updated person.' })
  user?: User | null;

  @Field(() => [UserError], { description: 'Why nothing changed: EMAIL_TAKEN, INVALID_INPUT.' })
  errors!: UserError[];
}
