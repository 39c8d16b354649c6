import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Locale } from '../i18n/locale';
import { localDigits, translate } from '../i18n/messages';

/** Stable codes for expected business failures. Clients switch on these; messages are for people. */
export enum UserErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_PHONE_NUMBER = 'INVALID_PHONE_NUMBER',
  RATE_LIMITED = 'RATE_LIMITED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CODE = 'INVALID_CODE',
  OTP_DELIVERY_FAILED = 'OTP_DELIVERY_FAILED',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  PHONE_NOT_VERIFIED = 'PHONE_NOT_VERIFIED',
  OVERLAPPING_HOURS = 'OVERLAPPING_HOURS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  STAFF_UNAVAILABLE = 'STAFF_UNAVAILABLE',
  SLOT_UNAVAILABLE = 'SLOT_UNAVAILABLE',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  CUSTOMER_OVERLAP = 'CUSTOMER_OVERLAP',
  CANCELLATION_WINDOW_PASSED = 'CANCELLATION_WINDOW_PASSED',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  ALREADY_REVIEWED = 'ALREADY_REVIEWED',
  BOOKING_CHANGED = 'BOOKING_CHANGED',
  PAYMENT_DECLINED = 'PAYMENT_DECLINED',
  PAYMENT_PROVIDER_UNAVAILABLE = 'PAYMENT_PROVIDER_UNAVAILABLE',
  PAYMENT_NOT_ALLOWED = 'PAYMENT_NOT_ALLOWED',
  PAYMENT_IN_PROGRESS = 'PAYMENT_IN_PROGRESS',
  ONLINE_PAYMENT_UNAVAILABLE = 'ONLINE_PAYMENT_UNAVAILABLE',
  REFUND_EXCEEDS_BALANCE = 'REFUND_EXCEEDS_BALANCE',
  PAYMENT_EXCEEDS_BALANCE = 'PAYMENT_EXCEEDS_BALANCE',
  FEES_NOT_ACCEPTED = 'FEES_NOT_ACCEPTED',
  FEE_ALREADY_REFUNDED = 'FEE_ALREADY_REFUNDED',
  SOLE_SALON_MANAGER = 'SOLE_SALON_MANAGER',
  REVIEW_EDIT_WINDOW_PASSED = 'REVIEW_EDIT_WINDOW_PASSED',
  REVIEW_ALREADY_REPORTED = 'REVIEW_ALREADY_REPORTED',
  REVIEW_HIDDEN = 'REVIEW_HIDDEN',
  LAST_MANAGER = 'LAST_MANAGER',
  ALREADY_ON_WAITLIST = 'ALREADY_ON_WAITLIST',
  WAITLIST_CLOSED = 'WAITLIST_CLOSED',
  OFFER_TAKEN = 'OFFER_TAKEN',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  INVALID_IMAGE = 'INVALID_IMAGE',
  IMAGE_TOO_LARGE = 'IMAGE_TOO_LARGE',
  STYLIST_CONSENT_REQUIRED = 'STYLIST_CONSENT_REQUIRED',
  PART_OF_VISIT = 'PART_OF_VISIT',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation could not do what was asked. Stable: clients may switch on it.',
});

@ObjectType({ description: 'An expected failure of a mutation, caused by its input or the current state of things.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;

  @Field(() => String, { description: "Human-readable explanation in the caller's language." })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "phoneNumber"].' })
  field?: string[] | null;
}

/** Thrown by use cases for expected failures; resolvers turn it into a payload `UserError`. */
export class BusinessError extends Error {
  constructor(
    readonly code: UserErrorCode,
    readonly messageKey: string,
    readonly field: string[] | null = null,
    readonly params: Record<string, string | number> = {},
    /** Payload fields that explain the failure further (e.g. retryAfterSeconds). */
    readonly payloadFields: Record<string, unknown> = {},
    /** Placeholders filled with another message in the reader's language (a status name, not its enum value). */
    readonly paramKeys: Record<string, string> = {},
  ) {
    super(messageKey);
  }

  toUserError(locale: Locale): UserError {
    const words = Object.fromEntries(Object.entries(this.paramKeys).map(([name, key]) => [name, translate(locale, key)]));
    return { code: this.code, message: localDigits(locale, translate(locale, this.messageKey, { ...this.params, ...words })), field: this.field };
  }
}

/** Runs a use case and shapes its outcome as a mutation payload. */
export async function toPayload<T extends object>(
  locale: Locale,
  run: () => Promise<T>,
): Promise<T & { errors: UserError[] }> {
  try {
    return { ...(await run()), errors: [] };
  } catch (err) {
    if (err instanceof BusinessError) return { ...err.payloadFields, errors: [err.toUserError(locale)] } as unknown as T & { errors: UserError[] };
    throw err;
  }
}

export function unauthenticatedError(locale: Locale): GraphQLError {
  return new GraphQLError(translate(locale, 'error.unauthenticated'), { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
}

export function forbiddenError(locale: Locale): GraphQLError {
  return new GraphQLError(translate(locale, 'error.forbidden'), { extensions: { code: 'FORBIDDEN' } });
}

/** Codes that are safe to show a client as they are; anything else is reported as an internal error. */
export const CLIENT_SAFE_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
]);
