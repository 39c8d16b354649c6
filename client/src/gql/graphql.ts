/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accept a waitlist offer. */
export type AcceptWaitlistOfferInput = {
  /** The customer accepts the no-show and late-cancellation fees shown in the service's paymentTerms; required (true) when there are any, else FEES_NOT_ACCEPTED. */
  acceptTerms?: boolean | null | undefined;
  /** The offer (from the link in the message). */
  offerId: string | number;
};

/** Close the whole salon for some days. */
export type AddSalonClosureInput = {
  /** Last closed day (inclusive). */
  endDate: string;
  /** Why, shown to customers. */
  reason?: string | null | undefined;
  /** The salon. */
  salonId: string | number;
  /** First closed day. */
  startDate: string;
};

/** Other hours, or a closure, for a range of dates: Ramadan, Eid, a special day. */
export type AddScheduleExceptionInput = {
  /** How copying to next year moves it (default HIJRI). */
  calendar?: YearlyCalendar | null | undefined;
  /** Last day (inclusive); at most 90 days after the first. */
  endDate: string;
  /** A name, e.g. "Ramadan 1448" or "Eid al-Fitr". */
  name: string;
  /** The hours of each day, at most six; none (the default) closes the salon. */
  ranges?: Array<TimeRangeInput> | null | undefined;
  /** The salon. */
  salonId: string | number;
  /** First day. */
  startDate: string;
};

/** Add a person to the staff by phone number. */
export type AddStaffMemberInput = {
  /** Short introduction. */
  bio?: string | null | undefined;
  /** Name shown to customers. */
  displayName: string;
  /** Their mobile number. */
  phoneNumber: string;
  /** The salon. */
  salonId: string | number;
  /** Services they offer. */
  serviceIds?: Array<string | number> | null | undefined;
};

/** Block time for a staff member. */
export type AddTimeOffInput = {
  /** End (exclusive). */
  endsAt: string;
  /** Why. */
  reason?: string | null | undefined;
  /** The staff member. */
  staffMemberId: string | number;
  /** Start. */
  startsAt: string;
};

/** A percentage of the price or a fixed amount in halalas; not both. Omit both for none. */
export type AmountRuleInput = {
  /** Fixed amount in halalas. */
  halalas?: number | null | undefined;
  /** Percent of the price, 0–100. */
  percent?: number | null | undefined;
};

/** Apply to list a salon. */
export type ApplyToListSalonInput = {
  /** City. */
  city: City;
  /** Ladies, gents or both. */
  clientele: Clientele;
  /** Commercial registration number, 10 digits (spaces and Arabic-Indic digits accepted). */
  commercialRegistrationNumber: string;
  /** District or neighbourhood. */
  district: string;
  /** Latitude in degrees. */
  latitude: number;
  /** Longitude in degrees. */
  longitude: number;
  /** Salon name in Arabic. */
  nameAr: string;
  /** Salon name in English. */
  nameEn: string;
  /** VAT registration number, 15 digits starting and ending with 3. */
  vatNumber: string;
};

/** Approve an application: the salon is listed and its applicant becomes its first manager. */
export type ApproveSalonApplicationInput = {
  /** The application. */
  applicationId: string | number;
};

/** Take a service off the catalogue. */
export type ArchiveServiceInput = {
  /** The service. */
  serviceId: string | number;
};

/** What an audit log entry records. */
export type AuditAction =
  | 'DELETION'
  | 'EXPORT'
  | 'PHONE_READ'
  | 'REFUND'
  | 'ROLE_CHANGE';

/** Which days have free times, for a calendar picker. */
export type AvailableDaysInput = {
  /** First day (salon time zone). */
  from: string;
  /** The service to book. */
  serviceId: string | number;
  /** One staff member; omit for anyone. */
  staffId?: string | number | null | undefined;
  /** Last day, inclusive; at most 62 days after `from`. */
  to: string;
};

/** Which free times to list. */
export type AvailableSlotsInput = {
  /** The day, in the salon's time zone. */
  date: string;
  /** The service to book. */
  serviceId: string | number;
  /** One staff member; omit for "any staff member" (one slot per time). */
  staffId?: string | number | null | undefined;
};

/** Which days a visit of several services in sequence fits on, for a calendar picker. */
export type AvailableVisitDaysInput = {
  /** First day (salon time zone). */
  from: string;
  /** The services in the order they are done, 1 to 5, all at one salon. */
  parts: Array<VisitPartInput>;
  /** Last day, inclusive; at most 62 days after `from`. */
  to: string;
};

/** Where a visit of several services in sequence fits on one day. */
export type AvailableVisitStartsInput = {
  /** The day, in the salon's time zone. */
  date: string;
  /** The services in the order they are done, 1 to 5, all at one salon. */
  parts: Array<VisitPartInput>;
};

/** Book several services in one visit, one after another. Use a start from availableVisitStarts. */
export type BookVisitInput = {
  /** The customer accepts the no-show and late-cancellation fees of the visit (the first service's paymentTerms applied to the total); required (true) when there are any, else FEES_NOT_ACCEPTED. */
  acceptTerms?: boolean | null | undefined;
  /** A random key (8–128 characters) made once per attempt; resending it never books twice. */
  idempotencyKey: string;
  /** Anything the salon should know. */
  notes?: string | null | undefined;
  /** The services in order, each with a stylist or anyone (as asked of availableVisitStarts). */
  parts: Array<VisitPartInput>;
  /** Start of the first service (from the chosen VisitSlot). */
  startsAt: string;
};

/** How a booking was made: ONLINE by the customer, FRONT_DESK by the salon for a customer (phone, WhatsApp, counter), WALK_IN starting at once. */
export type BookingChannel =
  | 'FRONT_DESK'
  | 'ONLINE'
  | 'WALK_IN';

/** Where a booking is in its life. PENDING and CONFIRMED hold the time; the others are final. */
export type BookingStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'NO_SHOW'
  | 'PENDING';

/** Cancel a booking. */
export type CancelBookingInput = {
  /** The booking. */
  bookingId: string | number;
  /** The booking `version` you last saw; when it has changed since, nothing happens and you get BOOKING_CHANGED. */
  expectedVersion?: number | null | undefined;
  /** Why; required when the salon cancels. */
  reason?: string | null | undefined;
};

/** Change a manager's or receptionist's role. */
export type ChangeSalonMemberRoleInput = {
  /** MANAGER or RECEPTIONIST. */
  role: SalonRole;
  /** The salon. */
  salonId: string | number;
  /** The person. */
  userId: string | number;
};

/** Record that the customer has arrived. */
export type CheckInBookingInput = {
  /** The booking. */
  bookingId: string | number;
  /** The booking `version` you last saw; when it has changed since, nothing happens and you get BOOKING_CHANGED. */
  expectedVersion?: number | null | undefined;
};

/** A city the platform serves. */
export type City =
  | 'DAMMAM'
  | 'JEDDAH'
  | 'KHOBAR'
  | 'MADINAH'
  | 'MAKKAH'
  | 'RIYADH';

/** Who a salon serves: ladies, gents or both. */
export type Clientele =
  | 'BOTH'
  | 'GENTS'
  | 'LADIES';

/** Mark a started booking as done. */
export type CompleteBookingInput = {
  /** The booking. */
  bookingId: string | number;
  /** The booking `version` you last saw; when it has changed since, nothing happens and you get BOOKING_CHANGED. */
  expectedVersion?: number | null | undefined;
};

/** Confirm a pending booking. */
export type ConfirmBookingInput = {
  /** The booking. */
  bookingId: string | number;
  /** The booking `version` you last saw; when it has changed since, nothing happens and you get BOOKING_CHANGED. */
  expectedVersion?: number | null | undefined;
};

/** The code STC Pay sent the payer, for a payment started with an STC Pay mobile number. */
export type ConfirmStcPaymentInput = {
  /** The one-time code from STC Pay (digits). */
  otp: string;
  /** The payment (INITIATED, from startPayment with STC_PAY). */
  paymentId: string | number;
};

/** Where a person gave or withdrew consent. */
export type ConsentSource =
  | 'PROFILE';

/** Copy one year's exceptions to the next year, each moved in its own calendar. */
export type CopyScheduleExceptionsInput = {
  /** The Gregorian year whose exceptions (by first day) are copied, e.g. 2026 to prepare 2027. */
  fromYear: number;
  /** The salon. */
  salonId: string | number;
};

/** How a customer paid at the salon: CASH, the MADA terminal, or another CARD (Visa, Mastercard…). */
export type CounterPaymentMethod =
  | 'CARD'
  | 'CASH'
  | 'MADA';

/** One means of a counter payment. */
export type CounterPaymentPartInput = {
  /** Amount in halalas, greater than zero. */
  amountHalalas: number;
  /** Means. */
  method: CounterPaymentMethod;
};

/** Book a time. Use the slot from availableSlots. */
export type CreateBookingInput = {
  /** The customer accepts the no-show and late-cancellation fees shown in the service's paymentTerms; required (true) when there are any, else FEES_NOT_ACCEPTED. */
  acceptTerms?: boolean | null | undefined;
  /** A random key (8–128 characters) made once per booking attempt; resending it never books twice. */
  idempotencyKey: string;
  /** Anything the salon should know. */
  notes?: string | null | undefined;
  /** The service. */
  serviceId: string | number;
  /** The staff member (from the chosen slot). */
  staffId: string | number;
  /** Start (from the chosen slot). */
  startsAt: string;
};

/** A booking the salon makes for a customer (by phone, WhatsApp or at the counter). */
export type CreateFrontDeskBookingInput = {
  /** For whom. */
  customer: FrontDeskCustomerInput;
  /** A random key (8–128 characters) made once per attempt; resending it never books twice. */
  idempotencyKey: string;
  /** Anything the stylist should know. */
  notes?: string | null | undefined;
  /** The salon making it. */
  salonId: string | number;
  /** The service. */
  serviceId: string | number;
  /** The stylist, who must offer the service. */
  staffId: string | number;
  /** Start, on the booking grid; the salon may ignore the minimum notice and the horizon, never an overlap. */
  startsAt: string;
};

/** Review a completed booking. */
export type CreateReviewInput = {
  /** The completed booking. */
  bookingId: string | number;
  /** What you thought. */
  comment?: string | null | undefined;
  /** Stars, 1–5. */
  rating: number;
};

/** A new service. */
export type CreateServiceInput = {
  /** Clean-up minutes after it (default 0). */
  bufferAfterMinutes?: number | null | undefined;
  /** Kind of treatment. */
  category: ServiceCategory;
  /** Duration in minutes (5–720). */
  durationMinutes: number;
  /** Name in Arabic. */
  nameAr: string;
  /** Name in English. */
  nameEn: string;
  /** Price in halalas. */
  priceHalalas: number;
  /** The salon. */
  salonId: string | number;
  /** Staff members who offer it. */
  staffIds?: Array<string | number> | null | undefined;
};

/** A walk-in: the customer is here, the service starts now with a free stylist. */
export type CreateWalkInBookingInput = {
  /** For whom. */
  customer: FrontDeskCustomerInput;
  /** A random key (8–128 characters) made once per attempt; resending it never books twice. */
  idempotencyKey: string;
  /** Anything the stylist should know. */
  notes?: string | null | undefined;
  /** The salon. */
  salonId: string | number;
  /** The service. */
  serviceId: string | number;
  /** The stylist, who must be free now for the whole service and its buffer. */
  staffId: string | number;
};

/** Stop taking bookings for a staff member. */
export type DeactivateStaffMemberInput = {
  /** The staff member. */
  staffMemberId: string | number;
};

/** The deletion code the person received. */
export type DeleteMyAccountInput = {
  /** The code sent to the account's phone. */
  code: string;
  /** The requestId from requestAccountDeletionCode. */
  requestId: string | number;
};

/** Delete a photo and its files. */
export type DeletePhotoInput = {
  /** The photo. */
  photoId: string | number;
};

/** What WhatsApp reported: SENT to its servers, DELIVERED to the phone, READ, or FAILED. */
export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'READ'
  | 'SENT';

/** Leave a reported review up and close its report. */
export type DismissReviewReportInput = {
  /** The review. */
  reviewId: string | number;
};

/** Change your own review, within 14 days of writing it. */
export type EditReviewInput = {
  /** Free text, up to 2000 characters; empty or null for none. */
  comment?: string | null | undefined;
  /** Stars, 1 to 5. */
  rating: number;
  /** The review. */
  reviewId: string | number;
};

/** Why a fee was taken: the customer did not come, or cancelled inside the late window. */
export type FeeKind =
  | 'LATE_CANCEL'
  | 'NO_SHOW';

/** Whether a fee is kept or was given back by a manager. */
export type FeeStatus =
  | 'CHARGED'
  | 'REFUNDED';

/** The customer the salon books for: found by phone number, or created with a name (no one-time code; the salon vouches). */
export type FrontDeskCustomerInput = {
  /** Given name; required when the number is new. */
  firstName?: string | null | undefined;
  /** Family name, for a new customer. */
  lastName?: string | null | undefined;
  /** Mobile number, written any way people type it (0501234567, +9665…); normalised as at sign-in. */
  phoneNumber: string;
};

/** Hide a review from the salon's page and rating. */
export type HideReviewInput = {
  /** Why, 1 to 500 characters (the salon and the author may be told). */
  reason: string;
  /** The review. */
  reviewId: string | number;
};

/** Where an invitation to join a salon stands. */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING'
  | 'REVOKED';

/** Invite a phone number to a role at a salon. */
export type InviteToSalonInput = {
  /** Name the team (and, for a stylist, customers) will see. */
  displayName: string;
  /** Their mobile number, in any form sign-in accepts. */
  phoneNumber: string;
  /** The role offered. */
  role: SalonRole;
  /** The salon. */
  salonId: string | number;
};

/** A simplified tax invoice for a sale, or a credit note that takes part of one back (a refund). */
export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

/** Wait for a free time: a service, a span of dates, optionally a stylist and a part of the day or a time range. */
export type JoinWaitlistInput = {
  /** First salon-local date wanted, today or later. */
  dateFrom: string;
  /** Last salon-local date wanted; at most 14 days from dateFrom. */
  dateTo: string;
  /** A part of the day; not together with timeFrom/timeTo. */
  partOfDay?: WaitlistPartOfDay | null | undefined;
  /** The service. */
  serviceId: string | number;
  /** Only this stylist (who must offer the service); any when omitted. */
  staffId?: string | number | null | undefined;
  /** Earliest start, HH:MM salon-local; with timeTo. */
  timeFrom?: string | null | undefined;
  /** Latest start (exclusive), HH:MM; earlier than timeFrom for a range across midnight. */
  timeTo?: string | null | undefined;
};

/** A language the platform speaks. */
export type Language =
  | 'AR'
  | 'EN';

/** Refers to one waitlist entry of the signed-in customer. */
export type LeaveWaitlistInput = {
  /** The entry. */
  entryId: string | number;
};

/** Record that the customer did not come. */
export type MarkNoShowInput = {
  /** The booking. */
  bookingId: string | number;
  /** The booking `version` you last saw; when it has changed since, nothing happens and you get BOOKING_CHANGED. */
  expectedVersion?: number | null | undefined;
};

/** How booking messages reach a person: by SMS or over WhatsApp. */
export type MessageChannel =
  | 'SMS'
  | 'WHATSAPP';

/** A place to search around: the browser's location, or a district's centre from salonCities. */
export type NearInput = {
  /** Latitude in degrees (−90 to 90). */
  latitude: number;
  /** Longitude in degrees (−180 to 180). */
  longitude: number;
  /** Only salons within this many km (default 50, at most 500). */
  radiusKm?: number | null | undefined;
};

/** What a booking message is about. */
export type NotificationEvent =
  | 'BOOKING_CREATED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'HOLD_EXPIRED'
  | 'PAID'
  | 'REASSIGNED'
  | 'REMINDER_2H'
  | 'REMINDER_24H'
  | 'RESCHEDULED'
  | 'WAITLIST_OFFER'
  | 'WAITLIST_TAKEN';

/** Who a booking message went to: the booking's customer, or a stylist. */
export type NotificationRecipient =
  | 'CUSTOMER'
  | 'STYLIST';

/** Our side of a message: PENDING (waiting or retrying), SENT to the provider, FAILED after the last try or a permanent refusal, SKIPPED (superseded or no longer relevant). */
export type NotificationStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT'
  | 'SKIPPED';

/** One range of opening hours. An end not after the start runs past midnight (20:00–03:00). */
export type OpeningHoursInput = {
  /** Closes, "HH:MM" (24:00 for midnight); not after the start means the next day. */
  endTime: string;
  /** Opens, "HH:MM" (00:00–23:59). */
  startTime: string;
  /** The day the range starts on. */
  weekday: Weekday;
};

/** How a one-time code is delivered. */
export type OtpChannel =
  | 'SMS'
  | 'WHATSAPP';

/** Whether online payments are charged at once (AUTOMATIC) or authorised and captured later (MANUAL). */
export type PaymentCapture =
  | 'AUTOMATIC'
  | 'MANUAL';

/** How money changed hands: ONLINE through Moyasar, or at the counter in CASH, on the MADA terminal or by another CARD. */
export type PaymentMeans =
  | 'CARD'
  | 'CASH'
  | 'MADA'
  | 'ONLINE';

/** What a payment is for: the deposit or full price paid to book (PREPAYMENT), the rest of the price (BALANCE), or an authorisation that secures the fees and is released when the customer comes (GUARANTEE). */
export type PaymentPurpose =
  | 'BALANCE'
  | 'GUARANTEE'
  | 'PREPAYMENT';

/** The means of payment. Cards are tokenised in the browser or app first (never send card numbers here). */
export type PaymentSourceInput = {
  /** STC Pay mobile number (05XXXXXXXX or E.164). */
  mobile?: string | null | undefined;
  /** Moyasar card token (token_…) for TOKEN, or the Apple Pay token. */
  token?: string | null | undefined;
  /** Kind of source. */
  type: PaymentSourceType;
};

/** How the customer pays. */
export type PaymentSourceType =
  | 'APPLE_PAY'
  | 'STC_PAY'
  | 'TOKEN';

/** Where an online payment stands at Moyasar. */
export type PaymentStatus =
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'FAILED'
  | 'INITIATED'
  | 'PAID'
  | 'PARTIALLY_REFUNDED'
  | 'REFUNDED'
  | 'VOIDED';

/** What a customer pays online to book: nothing, a deposit, or the full price. */
export type Prepayment =
  | 'DEPOSIT'
  | 'FULL'
  | 'NONE';

/** Record what a customer paid at the salon (staff and managers). */
export type RecordCounterPaymentInput = {
  /** The booking (CONFIRMED or COMPLETED). */
  bookingId: string | number;
  /** A random key per payment (8–128 characters); resending it never records twice. */
  idempotencyKey: string;
  /** One to three means, each at most once: a split payment lists several. Together at most what is left to pay. */
  parts: Array<CounterPaymentPartInput>;
};

/** Swap a refresh token for new tokens. */
export type RefreshSessionInput = {
  /** The latest refresh token; each one works once. */
  refreshToken: string;
};

/** Give a kept no-show or late-cancellation fee back (managers). */
export type RefundBookingFeeInput = {
  /** The booking whose fee to refund. */
  bookingId: string | number;
};

/** Give back part or all of a counter payment (managers). */
export type RefundCounterPaymentInput = {
  /** How much, in halalas. */
  amountHalalas: number;
  /** The counter payment. */
  counterPaymentId: string | number;
  /** How the money goes back. */
  method: CounterPaymentMethod;
  /** Why (printed on the credit note), up to 500 characters. */
  reason: string;
};

/** Refund part or all of a payment (managers). */
export type RefundPaymentInput = {
  /** How much, in halalas; everything left when omitted. */
  amountHalalas?: number | null | undefined;
  /** The payment. */
  paymentId: string | number;
};

/** Lift a suspension. */
export type ReinstateSalonInput = {
  /** The salon. */
  salonId: string | number;
};

/** Reject an application, with a reason the applicant sees. */
export type RejectSalonApplicationInput = {
  /** The application. */
  applicationId: string | number;
  /** Why, up to 500 characters. */
  reason: string;
};

/** Reopen days that were closed. */
export type RemoveSalonClosureInput = {
  /** The closure. */
  closureId: string | number;
};

/** Remove a schedule exception: its dates follow the week again. */
export type RemoveScheduleExceptionInput = {
  /** The exception. */
  exceptionId: string | number;
};

/** Make a service follow its salon's payment policy again (managers). */
export type RemoveServicePaymentPolicyInput = {
  /** The service. */
  serviceId: string | number;
};

/** Remove an absence. */
export type RemoveTimeOffInput = {
  /** The absence. */
  timeOffId: string | number;
};

/** Put the salon's photos in a new order. */
export type ReorderPhotosInput = {
  /** Its photos in the new order, each once (a gallery at a time is enough: the others keep their order). */
  photoIds: Array<string | number>;
  /** The salon. */
  salonId: string | number;
};

/** Reply to a review of the manager's salon, or edit the reply. */
export type ReplyToReviewInput = {
  /** The review. */
  reviewId: string | number;
  /** The reply, 1 to 2000 characters. */
  text: string;
};

/** The span of a report, in the salon's time zone: a DAY, a WEEK (Sunday to Saturday, the Saudi week), a calendar MONTH or a CUSTOM range of whole days. */
export type ReportPeriod =
  | 'CUSTOM'
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** Report an abusive review of your salon to the platform administrators. */
export type ReportReviewInput = {
  /** Why, 1 to 500 characters. */
  reason: string;
  /** The review. */
  reviewId: string | number;
};

/** Ask for a sign-in code. A new phone number creates a customer account. */
export type RequestPhoneCodeInput = {
  /** How to deliver the code. */
  channel?: OtpChannel;
  /** A stable id of the app installation, for abuse limits. */
  deviceId?: string | number | null | undefined;
  /** Email address, used when the number is new; must not belong to someone else. */
  email?: string | null | undefined;
  /** Given name, used when the number is new. */
  firstName?: string | null | undefined;
  /** Family name, used when the number is new. */
  lastName?: string | null | undefined;
  /** Mobile number: E.164, or a Saudi mobile as people type it (05…, 9665…, Arabic digits). */
  phoneNumber: string;
};

/** Move a booking to another time, and optionally another staff member. */
export type RescheduleBookingInput = {
  /** The booking. */
  bookingId: string | number;
  /** The booking `version` you last saw; when it has changed since, nothing happens and you get BOOKING_CHANGED. */
  expectedVersion?: number | null | undefined;
  /** New staff member; the same one when omitted. */
  staffId?: string | number | null | undefined;
  /** New start (from availableSlots). */
  startsAt: string;
};

/** Where an application to list a salon stands. */
export type SalonApplicationStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** Narrows the salon list. Every given criterion must match. */
export type SalonFilter = {
  /** Only salons offering a service of this kind. */
  category?: ServiceCategory | null | undefined;
  /** Only salons in this city. */
  city?: City | null | undefined;
  /** Only salons whose stylists come to the customer (within reach of `near` when given). */
  homeService?: boolean | null | undefined;
  /** Only salons with an active service costing at most this, in halalas (VAT included); with category, the same service must match both. */
  maxPriceHalalas?: number | null | undefined;
  /** Only salons with an active service costing at least this, in halalas (VAT included). */
  minPriceHalalas?: number | null | undefined;
  /** Only salons rated at least this (0–5). */
  minRating?: number | null | undefined;
  /** Only salons near this place; each salon then has its distanceMeters. */
  near?: NearInput | null | undefined;
  /** Only salons open now, in each salon's own time zone. */
  openNow?: boolean | null | undefined;
  /** Text to find in salon or service names, Arabic or English; small typos are tolerated. */
  search?: string | null | undefined;
  /** Only salons serving these people: LADIES or GENTS also matches salons for BOTH. */
  serves?: Clientele | null | undefined;
};

/** Answer or withdraw an invitation. */
export type SalonInvitationInput = {
  /** The invitation. */
  invitationId: string | number;
};

/** A role at one salon: MANAGER runs it (money, settings, staff), RECEPTIONIST runs the front desk (bookings, calendar, customers; no money, settings or staff), STYLIST is booked. */
export type SalonRole =
  | 'MANAGER'
  | 'RECEPTIONIST'
  | 'STYLIST';

/** Kind of treatment. */
export type ServiceCategory =
  | 'BARBER'
  | 'BRIDAL'
  | 'HAIR'
  | 'MAKEUP'
  | 'NAILS'
  | 'OTHER'
  | 'SKIN'
  | 'SPA';

/** Replace a salon's whole opening week. */
export type SetOpeningHoursInput = {
  /** Every range of the week, at most six a day; an empty list means the salon keeps no opening hours (its staff's hours alone count). */
  hours: Array<OpeningHoursInput>;
  /** The salon. */
  salonId: string | number;
};

/** A salon's payment policy, or one service's override of it (managers). */
export type SetPaymentPolicyInput = {
  /** The deposit; required for DEPOSIT. */
  deposit?: AmountRuleInput | null | undefined;
  /** The late-cancellation fee; none when omitted. */
  lateCancelFee?: AmountRuleInput | null | undefined;
  /** Hours before the start from which a customer's cancellation is late (0–720, default 24). */
  lateCancelWindowHours?: number | null | undefined;
  /** The no-show fee; none when omitted. */
  noShowFee?: AmountRuleInput | null | undefined;
  /** Minutes after the start before a no-show can be marked (0–720, default 15). */
  noShowGraceMinutes?: number | null | undefined;
  /** Nothing, a deposit, or the full price online. */
  prepayment: Prepayment;
  /** The salon. */
  salonId: string | number;
  /** A service of the salon to override the policy for; omit for the salon's policy. */
  serviceId?: string | number | null | undefined;
};

/** A stylist agrees (or no longer agrees) that the salons they work at publish photos of them. */
export type SetStylistPhotoConsentInput = {
  /** True to agree; false withdraws and deletes the photos of you at every salon. */
  granted: boolean;
};

/** Replace a staff member's whole working week. */
export type SetWeeklyHoursInput = {
  /** Every working range of the week; an empty list means no hours. */
  hours: Array<WeeklyHoursInput>;
  /** The staff member. */
  staffMemberId: string | number;
};

/** Pay for a booking. */
export type StartPaymentInput = {
  /** The booking (yours, PENDING or CONFIRMED, not yet paid). */
  bookingId: string | number;
  /** A random key per payment attempt; resending it never charges twice. */
  idempotencyKey: string;
  /** How. */
  source: PaymentSourceInput;
};

/** Suspend a salon: it leaves the catalogue and takes no bookings. */
export type SuspendSalonInput = {
  /** Why, up to 500 characters (its managers see it). */
  reason: string;
  /** The salon. */
  salonId: string | number;
};

/** A daily range of a schedule exception. */
export type TimeRangeInput = {
  /** End, "HH:MM" (24:00 for midnight); not after the start means the next day. */
  endTime: string;
  /** Start, "HH:MM" (00:00–23:59). */
  startTime: string;
};

/** Change your own profile. Omitted fields stay as they are. */
export type UpdateProfileInput = {
  /** Email address; an empty string removes it. */
  email?: string | null | undefined;
  /** Given name. */
  firstName?: string | null | undefined;
  /** Family name. */
  lastName?: string | null | undefined;
  /** How booking messages should reach you (SMS or WhatsApp); omitted or null leaves it as it is. Booking messages cannot be turned off. */
  preferredChannel?: MessageChannel | null | undefined;
  /** Language for messages and notifications. */
  preferredLanguage?: Language | null | undefined;
};

/** Change a salon's profile and booking settings. Omitted fields stay as they are. */
export type UpdateSalonInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** Confirm bookings without prepayment at once. */
  autoConfirm?: boolean | null | undefined;
  /** How many days ahead customers may book (1–365). */
  bookingHorizonDays?: number | null | undefined;
  /** Customers may cancel until this many hours before. */
  cancellationCutoffHours?: number | null | undefined;
  /** Who the salon serves. */
  clientele?: Clientele | null | undefined;
  /** Description in Arabic. */
  descriptionAr?: string | null | undefined;
  /** Description in English. */
  descriptionEn?: string | null | undefined;
  /** District, in Arabic. */
  district?: string | null | undefined;
  /** District in English (empty: the same as the Arabic). */
  districtEn?: string | null | undefined;
  /** How far stylists come to the customer, in km (1–100); 0 stops home service. */
  homeServiceRadiusKm?: number | null | undefined;
  /** Minutes a stylist needs to reach the customer (0–240); required when home service starts. */
  homeServiceTravelMinutes?: number | null | undefined;
  /** Minimum minutes between booking and start. */
  minimumNoticeMinutes?: number | null | undefined;
  /** Name in Arabic. */
  nameAr?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Charge at once, or authorise and capture later. */
  paymentCapture?: PaymentCapture | null | undefined;
  /** Contact phone. */
  phone?: string | null | undefined;
  /** Require online payment to confirm a booking. */
  requiresPrepayment?: boolean | null | undefined;
  /** The salon. */
  salonId: string | number;
  /** IANA time zone, e.g. Asia/Riyadh. */
  timeZone?: string | null | undefined;
};

/** Set a salon's VAT registration (managers). */
export type UpdateSalonTaxDetailsInput = {
  /** Legal name in Arabic, as registered. */
  legalNameAr: string;
  /** Legal name in English. */
  legalNameEn: string;
  /** The salon. */
  salonId: string | number;
  /** 15 digits, starting and ending with 3; spaces, dashes and Arabic-Indic digits are accepted. */
  vatNumber: string;
};

/** Change a schedule exception. Omitted fields stay as they are. */
export type UpdateScheduleExceptionInput = {
  /** New calendar for copies. */
  calendar?: YearlyCalendar | null | undefined;
  /** New last day. */
  endDate?: string | null | undefined;
  /** The exception. */
  exceptionId: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New hours; an empty list closes the salon on those days. */
  ranges?: Array<TimeRangeInput> | null | undefined;
  /** New first day. */
  startDate?: string | null | undefined;
};

/** Change a service. Omitted fields stay as they are. */
export type UpdateServiceInput = {
  /** Clean-up minutes. */
  bufferAfterMinutes?: number | null | undefined;
  /** Kind of treatment. */
  category?: ServiceCategory | null | undefined;
  /** Duration in minutes. */
  durationMinutes?: number | null | undefined;
  /** Name in Arabic. */
  nameAr?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Price in halalas; bookings already made keep theirs. */
  priceHalalas?: number | null | undefined;
  /** The service. */
  serviceId: string | number;
};

/** Why a mutation could not do what was asked. Stable: clients may switch on it. */
export type UserErrorCode =
  | 'ALREADY_ON_WAITLIST'
  | 'ALREADY_REVIEWED'
  | 'BOOKING_CHANGED'
  | 'CANCELLATION_WINDOW_PASSED'
  | 'CUSTOMER_OVERLAP'
  | 'EMAIL_TAKEN'
  | 'FEES_NOT_ACCEPTED'
  | 'FEE_ALREADY_REFUNDED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IMAGE_TOO_LARGE'
  | 'INVALID_CODE'
  | 'INVALID_IMAGE'
  | 'INVALID_INPUT'
  | 'INVALID_PHONE_NUMBER'
  | 'INVALID_REFRESH_TOKEN'
  | 'INVALID_TRANSITION'
  | 'LAST_MANAGER'
  | 'NOT_FOUND'
  | 'OFFER_EXPIRED'
  | 'OFFER_TAKEN'
  | 'ONLINE_PAYMENT_UNAVAILABLE'
  | 'OTP_DELIVERY_FAILED'
  | 'OVERLAPPING_HOURS'
  | 'PART_OF_VISIT'
  | 'PAYMENT_DECLINED'
  | 'PAYMENT_EXCEEDS_BALANCE'
  | 'PAYMENT_IN_PROGRESS'
  | 'PAYMENT_NOT_ALLOWED'
  | 'PAYMENT_PROVIDER_UNAVAILABLE'
  | 'PHONE_NOT_VERIFIED'
  | 'RATE_LIMITED'
  | 'REFUND_EXCEEDS_BALANCE'
  | 'REVIEW_ALREADY_REPORTED'
  | 'REVIEW_EDIT_WINDOW_PASSED'
  | 'REVIEW_HIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'SLOT_UNAVAILABLE'
  | 'SOLE_SALON_MANAGER'
  | 'STAFF_UNAVAILABLE'
  | 'STYLIST_CONSENT_REQUIRED'
  | 'WAITLIST_CLOSED';

/** What a person does on the platform. */
export type UserRole =
  | 'CUSTOMER'
  | 'MANAGER'
  | 'STAFF';

/** Sign in with the code that was sent. */
export type VerifyPhoneCodeInput = {
  /** The code the person received. */
  code: string;
  /** The requestId from requestPhoneCode. */
  requestId: string | number;
};

/** One service of a visit, and who should do it. */
export type VisitPartInput = {
  /** The service. */
  serviceId: string | number;
  /** A stylist who offers it; omit for anyone. */
  staffId?: string | number | null | undefined;
};

/** WAITING for a free time; OFFERED one (an open offer holds it); BOOKED it; LEFT the list; CLOSED when its last date passed. */
export type WaitlistEntryStatus =
  | 'BOOKED'
  | 'CLOSED'
  | 'LEFT'
  | 'OFFERED'
  | 'WAITING';

/** OPEN: the time is held for the customer until expiresAt; ACCEPTED: booked; EXPIRED: not accepted in time, passed on; WITHDRAWN: the customer left the waitlist. */
export type WaitlistOfferStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'OPEN'
  | 'WITHDRAWN';

/** A part of the salon-local day: MORNING before 12:00, AFTERNOON 12:00–17:00, EVENING from 17:00. */
export type WaitlistPartOfDay =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING';

/** A day of the week. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** One working range. */
export type WeeklyHoursInput = {
  /** End, "HH:MM" (24:00 for midnight); not after the start means the next day (20:00–03:00). */
  endTime: string;
  /** Start, "HH:MM". */
  startTime: string;
  /** Day of the week. */
  weekday: Weekday;
};

/** Which calendar an exception repeats in: HIJRI (Ramadan, the Eids) or GREGORIAN (National Day). */
export type YearlyCalendar =
  | 'GREGORIAN'
  | 'HIJRI';

export type RefreshMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshMutation = { refreshSession: { accessToken: string | null, refreshToken: string | null, errors: Array<{ code: UserErrorCode }> } };

export type SalonAuditLogQueryVariables = Exact<{
  salonId: string | number;
  after?: string | null | undefined;
}>;


export type SalonAuditLogQuery = { salonAuditLog: { edges: Array<{ node: { id: string, occurredAt: string, action: AuditAction, actorRole: string | null, targetType: string | null, ip: string | null, userAgent: string, actor: { id: string, displayName: string } | null, subject: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConfirmFromCalendarMutationVariables = Exact<{
  input: ConfirmBookingInput;
}>;


export type ConfirmFromCalendarMutation = { confirmBooking: { booking: { id: string, status: BookingStatus, version: number } | null, errors: Array<{ message: string }> } };

export type CompleteFromCalendarMutationVariables = Exact<{
  input: CompleteBookingInput;
}>;


export type CompleteFromCalendarMutation = { completeBooking: { booking: { id: string, status: BookingStatus, version: number } | null, errors: Array<{ message: string }> } };

export type CheckInFromCalendarMutationVariables = Exact<{
  input: CheckInBookingInput;
}>;


export type CheckInFromCalendarMutation = { checkInBooking: { booking: { id: string, status: BookingStatus, version: number, checkedInAt: string | null } | null, errors: Array<{ message: string }> } };

export type NoShowFromCalendarMutationVariables = Exact<{
  input: MarkNoShowInput;
}>;


export type NoShowFromCalendarMutation = { markNoShow: { booking: { id: string, status: BookingStatus, version: number } | null, errors: Array<{ message: string }> } };

export type MoveFromCalendarMutationVariables = Exact<{
  input: RescheduleBookingInput;
}>;


export type MoveFromCalendarMutation = { rescheduleBooking: { booking: { id: string, status: BookingStatus, version: number, staff: { id: string } } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type RefundFeeFromCalendarMutationVariables = Exact<{
  input: RefundBookingFeeInput;
}>;


export type RefundFeeFromCalendarMutation = { refundBookingFee: { fee: { id: string, status: FeeStatus } | null, errors: Array<{ message: string }> } };

export type CancelFromCalendarMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type CancelFromCalendarMutation = { cancelBooking: { booking: { id: string, status: BookingStatus, version: number } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type AvailableDaysQueryVariables = Exact<{
  input: AvailableDaysInput;
}>;


export type AvailableDaysQuery = { availableDays: Array<string> };

export type AvailableSlotsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type AvailableSlotsQuery = { availableSlots: Array<{ startsAt: string, endsAt: string, staff: { id: string, displayName: string } }> };

export type CreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type CreateBookingMutation = { createBooking: { booking: { id: string, status: BookingStatus, startsAt: string, priceHalalas: number, holdExpiresAt: string | null, nextPayment: { purpose: PaymentPurpose, amountHalalas: number } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type BookingMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingMessagesQuery = { booking: { id: string, notifications: Array<{ id: string, event: NotificationEvent, recipient: NotificationRecipient, channel: MessageChannel, status: NotificationStatus, deliveryStatus: DeliveryStatus | null, deliveryStatusAt: string | null, isFallback: boolean, dueAt: string, sentAt: string | null }> } | null };

export type ManageCatalogQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageCatalogQuery = { salon: { id: string, timeZone: string, services: Array<{ id: string, name: string, category: ServiceCategory, durationMinutes: number, priceHalalas: number }>, staff: Array<{ id: string, displayName: string }>, closures: Array<{ id: string, startDate: string, endDate: string, reason: string }> } | null };

export type CreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateServiceMutation = { createService: { service: { id: string } | null, errors: Array<{ message: string }> } };

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { updateService: { service: { id: string, priceHalalas: number, durationMinutes: number } | null, errors: Array<{ message: string }> } };

export type ArchiveServiceMutationVariables = Exact<{
  input: ArchiveServiceInput;
}>;


export type ArchiveServiceMutation = { archiveService: { service: { id: string } | null, errors: Array<{ message: string }> } };

export type AddStaffMutationVariables = Exact<{
  input: AddStaffMemberInput;
}>;


export type AddStaffMutation = { addStaffMember: { staffMember: { id: string } | null, errors: Array<{ message: string }> } };

export type AddClosureMutationVariables = Exact<{
  input: AddSalonClosureInput;
}>;


export type AddClosureMutation = { addSalonClosure: { closure: { id: string } | null, errors: Array<{ message: string }> } };

export type RemoveClosureMutationVariables = Exact<{
  input: RemoveSalonClosureInput;
}>;


export type RemoveClosureMutation = { removeSalonClosure: { removedClosureId: string | null, errors: Array<{ message: string }> } };

export type RecordCounterPaymentMutationVariables = Exact<{
  input: RecordCounterPaymentInput;
}>;


export type RecordCounterPaymentMutation = { recordCounterPayment: { invoice: { id: string, reference: string, totalHalalas: number } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type BookingCounterPaymentsQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingCounterPaymentsQuery = { booking: { id: string, counterPayments: Array<{ id: string, createdAt: string, totalHalalas: number, refundedHalalas: number, parts: Array<{ method: CounterPaymentMethod, amountHalalas: number }>, invoice: { id: string, reference: string } | null }> } | null };

export type RefundCounterPaymentMutationVariables = Exact<{
  input: RefundCounterPaymentInput;
}>;


export type RefundCounterPaymentMutation = { refundCounterPayment: { counterPayment: { id: string, refundedHalalas: number } | null, creditNote: { id: string, reference: string, totalHalalas: number } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CreateFrontDeskBookingMutationVariables = Exact<{
  input: CreateFrontDeskBookingInput;
}>;


export type CreateFrontDeskBookingMutation = { createFrontDeskBooking: { booking: { id: string, status: BookingStatus, startsAt: string, channel: BookingChannel } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CreateWalkInBookingMutationVariables = Exact<{
  input: CreateWalkInBookingInput;
}>;


export type CreateWalkInBookingMutation = { createWalkInBooking: { booking: { id: string, status: BookingStatus, startsAt: string, channel: BookingChannel } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { myInvitations: Array<{ id: string, role: SalonRole, displayName: string, salon: { id: string, name: string } }> };

export type AcceptInvitationMutationVariables = Exact<{
  input: SalonInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptSalonInvitation: { invitation: { id: string, status: InvitationStatus } | null, errors: Array<{ message: string }> } };

export type DeclineInvitationMutationVariables = Exact<{
  input: SalonInvitationInput;
}>;


export type DeclineInvitationMutation = { declineSalonInvitation: { invitation: { id: string, status: InvitationStatus } | null, errors: Array<{ message: string }> } };

export type SalonInvoicesQueryVariables = Exact<{
  salonId: string | number;
  date: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SalonInvoicesQuery = { salon: { id: string, taxDetails: { vatNumber: string, legalNameAr: string, legalNameEn: string } | null } | null, salonTakings: { date: string, onlineHalalas: number, counterHalalas: number, refundsHalalas: number, netHalalas: number, vatHalalas: number, invoiceCount: number, creditNoteCount: number, byMeans: Array<{ method: PaymentMeans, takenHalalas: number, refundedHalalas: number }> }, salonInvoices: { edges: Array<{ node: { id: string, kind: InvoiceKind, reference: string, issuedAt: string, totalHalalas: number, vatHalalas: number, vatNumber: string | null, originalInvoice: { reference: string } | null, paymentMeans: Array<{ method: PaymentMeans, amountHalalas: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateSalonTaxDetailsMutationVariables = Exact<{
  input: UpdateSalonTaxDetailsInput;
}>;


export type UpdateSalonTaxDetailsMutation = { updateSalonTaxDetails: { taxDetails: { vatNumber: string, legalNameAr: string, legalNameEn: string } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type MyMessageChannelQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMessageChannelQuery = { me: { id: string, preferredChannel: MessageChannel | null } | null };

export type SetMyMessageChannelMutationVariables = Exact<{
  channel: MessageChannel;
}>;


export type SetMyMessageChannelMutation = { updateProfile: { user: { id: string, preferredChannel: MessageChannel | null } | null, errors: Array<{ message: string }> } };

export type MyMarketingConsentQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMarketingConsentQuery = { me: { id: string, marketingConsent: { granted: boolean, source: ConsentSource | null, recordedAt: string | null } } | null };

export type SetMyMarketingConsentMutationVariables = Exact<{
  granted: boolean;
}>;


export type SetMyMarketingConsentMutation = { setMarketingConsent: { consent: { granted: boolean, source: ConsentSource | null, recordedAt: string | null } | null, errors: Array<{ message: string }> } };

export type MyDataExportQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataExportQuery = { myDataExport: { generatedAt: string, fileName: string, json: string } };

export type RequestMyDeletionCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestMyDeletionCodeMutation = { requestAccountDeletionCode: { requestId: string | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteMyAccountInput;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: { deleted: boolean | null, cancelledBookings: number | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type GiveNameMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type GiveNameMutation = { updateProfile: { user: { id: string, firstName: string, displayName: string, needsName: boolean } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PaymentSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentSettingsQuery = { paymentSettings: { publishableKey: string, tokenUrl: string, applePayStandIn: boolean } };

export type StartPaymentMutationVariables = Exact<{
  input: StartPaymentInput;
}>;


export type StartPaymentMutation = { startPayment: { payment: { id: string, status: PaymentStatus, transactionUrl: string | null } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type SalonPaymentPolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type SalonPaymentPolicyQuery = { salon: { id: string, paymentPolicy: { prepayment: Prepayment, noShowGraceMinutes: number, lateCancelWindowHours: number, deposit: { percent: number | null, halalas: number | null }, noShowFee: { percent: number | null, halalas: number | null }, lateCancelFee: { percent: number | null, halalas: number | null } }, services: Array<{ id: string, name: string, priceHalalas: number, paymentPolicyOverride: { prepayment: Prepayment, noShowGraceMinutes: number, lateCancelWindowHours: number, deposit: { percent: number | null, halalas: number | null }, noShowFee: { percent: number | null, halalas: number | null }, lateCancelFee: { percent: number | null, halalas: number | null } } | null, paymentTerms: { prepayment: Prepayment, onlineDueHalalas: number, guarantee: boolean } }> } | null };

export type RemoveServicePaymentPolicyMutationVariables = Exact<{
  input: RemoveServicePaymentPolicyInput;
}>;


export type RemoveServicePaymentPolicyMutation = { removeServicePaymentPolicy: { service: { id: string } | null, errors: Array<{ message: string }> } };

export type SetPaymentPolicyMutationVariables = Exact<{
  input: SetPaymentPolicyInput;
}>;


export type SetPaymentPolicyMutation = { setPaymentPolicy: { policy: { prepayment: Prepayment } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SetStylistPhotoConsentMutationVariables = Exact<{
  input: SetStylistPhotoConsentInput;
}>;


export type SetStylistPhotoConsentMutation = { setStylistPhotoConsent: { consent: { granted: boolean, recordedAt: string } | null, errors: Array<{ message: string }> } };

export type ManagerPhotosQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerPhotosQuery = { salon: { id: string, photos: Array<{ id: string, url: string, srcset: string | null, position: number }>, services: Array<{ id: string, name: string, photos: Array<{ id: string, url: string, srcset: string | null, position: number }> }>, staff: Array<{ id: string, displayName: string, photoConsent: boolean, photos: Array<{ id: string, url: string, srcset: string | null, position: number }> }> } | null };

export type ReorderPhotosMutationVariables = Exact<{
  input: ReorderPhotosInput;
}>;


export type ReorderPhotosMutation = { reorderPhotos: { photos: Array<{ id: string, position: number }> | null, errors: Array<{ message: string }> } };

export type DeletePhotoMutationVariables = Exact<{
  input: DeletePhotoInput;
}>;


export type DeletePhotoMutation = { deletePhoto: { deletedPhotoId: string | null, errors: Array<{ message: string }> } };

export type ReportedReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportedReviewsQuery = { reportedReviews: { edges: Array<{ node: { id: string, rating: number, comment: string, reportedAt: string | null, reportReason: string | null, salon: { id: string, name: string }, customer: { displayName: string } } }> } };

export type HideReviewMutationVariables = Exact<{
  input: HideReviewInput;
}>;


export type HideReviewMutation = { hideReview: { review: { id: string, hiddenAt: string | null } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type DismissReviewReportMutationVariables = Exact<{
  input: DismissReviewReportInput;
}>;


export type DismissReviewReportMutation = { dismissReviewReport: { review: { id: string, reportDismissedAt: string | null } | null, errors: Array<{ message: string }> } };

export type RescheduleMyBookingMutationVariables = Exact<{
  input: RescheduleBookingInput;
}>;


export type RescheduleMyBookingMutation = { rescheduleBooking: { booking: { id: string, startsAt: string, status: BookingStatus } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type SalonCalendarQueryVariables = Exact<{
  salonId: string | number;
  date: string;
  days?: number | null | undefined;
  staffId?: string | number | null | undefined;
}>;


export type SalonCalendarQuery = { salonCalendar: { timeZone: string, slotIntervalMinutes: number, now: string, days: Array<{ date: string, startsAt: string, endsAt: string, closed: boolean, closureReason: string, scheduleName: string }>, columns: Array<{ staff: { id: string, displayName: string, services: Array<{ id: string, name: string, durationMinutes: number }> }, workingHours: Array<{ startsAt: string, endsAt: string }>, timeOff: Array<{ startsAt: string, endsAt: string, reason: string }>, bookings: Array<{ id: string, status: BookingStatus, version: number, checkedInAt: string | null, startsAt: string, endsAt: string, blockedUntil: string, customerPhoneNumber: string, customer: { displayName: string }, service: { id: string, name: string }, staff: { id: string, displayName: string }, payment: { status: PaymentStatus } | null, fee: { kind: FeeKind, amountHalalas: number, status: FeeStatus } | null }> }> } };

export type ManagerReviewsQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerReviewsQuery = { salon: { id: string, reviews: { edges: Array<{ node: { id: string, rating: number, comment: string, createdAt: string, reportedAt: string | null, customer: { displayName: string }, reply: { text: string, editedAt: string | null } | null } }> } } | null };

export type ReplyToReviewMutationVariables = Exact<{
  input: ReplyToReviewInput;
}>;


export type ReplyToReviewMutation = { replyToReview: { review: { id: string, reply: { text: string, createdAt: string, editedAt: string | null } | null } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type ReportReviewMutationVariables = Exact<{
  input: ReportReviewInput;
}>;


export type ReportReviewMutation = { reportReview: { review: { id: string, reportedAt: string | null, reportReason: string | null } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type SalonCitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SalonCitiesQuery = { salonCities: Array<{ city: City, districts: Array<{ name: string, latitude: number | null, longitude: number | null }> }> };

export type ConfirmStcPaymentMutationVariables = Exact<{
  input: ConfirmStcPaymentInput;
}>;


export type ConfirmStcPaymentMutation = { confirmStcPayment: { payment: { id: string, status: PaymentStatus } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type SalonTeamQueryVariables = Exact<{
  salonId: string | number;
}>;


export type SalonTeamQuery = { salonTeam: { members: Array<{ role: SalonRole, phoneNumber: string, user: { id: string, displayName: string } }>, stylists: Array<{ id: string, displayName: string, isActive: boolean }>, invitations: Array<{ id: string, phoneNumber: string, role: SalonRole, displayName: string }>, bookingsToHandle: Array<{ id: string, version: number, startsAt: string, service: { name: string }, customer: { displayName: string }, staff: { displayName: string } }> } };

export type InviteToSalonMutationVariables = Exact<{
  input: InviteToSalonInput;
}>;


export type InviteToSalonMutation = { inviteToSalon: { invitation: { id: string } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type RevokeInvitationMutationVariables = Exact<{
  input: SalonInvitationInput;
}>;


export type RevokeInvitationMutation = { revokeSalonInvitation: { invitation: { id: string, status: InvitationStatus } | null, errors: Array<{ message: string }> } };

export type DeactivateStylistMutationVariables = Exact<{
  input: DeactivateStaffMemberInput;
}>;


export type DeactivateStylistMutation = { deactivateStaffMember: { staffMember: { id: string, isActive: boolean } | null, bookingsToHandle: Array<{ id: string }>, errors: Array<{ message: string }> } };

export type MoveLeftBookingMutationVariables = Exact<{
  input: RescheduleBookingInput;
}>;


export type MoveLeftBookingMutation = { rescheduleBooking: { booking: { id: string, staff: { id: string } } | null, errors: Array<{ message: string }> } };

export type CancelLeftBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type CancelLeftBookingMutation = { cancelBooking: { booking: { id: string, status: BookingStatus } | null, errors: Array<{ message: string }> } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeSalonMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeSalonMemberRole: { member: { role: SalonRole, user: { id: string } } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type StaffTimeOffQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffTimeOffQuery = { staffMember: { id: string, timeOff: Array<{ id: string, startsAt: string, endsAt: string, reason: string }> } | null };

export type AddTimeOffMutationVariables = Exact<{
  input: AddTimeOffInput;
}>;


export type AddTimeOffMutation = { addTimeOff: { timeOff: { id: string } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type RemoveTimeOffMutationVariables = Exact<{
  input: RemoveTimeOffInput;
}>;


export type RemoveTimeOffMutation = { removeTimeOff: { removedTimeOffId: string | null, errors: Array<{ message: string }> } };

export type AvailableVisitDaysQueryVariables = Exact<{
  input: AvailableVisitDaysInput;
}>;


export type AvailableVisitDaysQuery = { availableVisitDays: Array<string> };

export type AvailableVisitStartsQueryVariables = Exact<{
  input: AvailableVisitStartsInput;
}>;


export type AvailableVisitStartsQuery = { availableVisitStarts: Array<{ startsAt: string, endsAt: string, parts: Array<{ startsAt: string, endsAt: string, staff: { id: string, displayName: string } }> }> };

export type BookVisitMutationVariables = Exact<{
  input: BookVisitInput;
}>;


export type BookVisitMutation = { bookVisit: { visit: { id: string, totalHalalas: number, parts: Array<{ id: string, holdExpiresAt: string | null, nextPayment: { purpose: PaymentPurpose, amountHalalas: number } | null }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type JoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type JoinWaitlistMutation = { joinWaitlist: { entry: { id: string, status: WaitlistEntryStatus } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type WaitlistOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type WaitlistOfferQuery = { waitlistOffer: { id: string, status: WaitlistOfferStatus, startsAt: string, expiresAt: string, staff: { id: string, displayName: string }, booking: { id: string, status: BookingStatus, priceHalalas: number, salon: { id: string, name: string, timeZone: string }, service: { id: string, name: string, durationMinutes: number } } } | null };

export type AcceptWaitlistOfferMutationVariables = Exact<{
  input: AcceptWaitlistOfferInput;
}>;


export type AcceptWaitlistOfferMutation = { acceptWaitlistOffer: { booking: { id: string, status: BookingStatus, holdExpiresAt: string | null, nextPayment: { purpose: PaymentPurpose, amountHalalas: number } | null } | null, offer: { id: string, status: WaitlistOfferStatus } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MyWaitlistQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWaitlistQuery = { myWaitlist: Array<{ id: string, status: WaitlistEntryStatus, dateFrom: string, dateTo: string, partOfDay: WaitlistPartOfDay | null, timeFrom: string | null, timeTo: string | null, service: { id: string, name: string }, salon: { id: string, name: string, timeZone: string }, staff: { id: string, displayName: string } | null, offer: { id: string, startsAt: string, expiresAt: string } | null }> };

export type LeaveWaitlistMutationVariables = Exact<{
  input: LeaveWaitlistInput;
}>;


export type LeaveWaitlistMutation = { leaveWaitlist: { entry: { id: string, status: WaitlistEntryStatus } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type SalonWaitlistQueryVariables = Exact<{
  salonId: string | number;
}>;


export type SalonWaitlistQuery = { salonWaitlist: Array<{ id: string, status: WaitlistEntryStatus, customerName: string, dateFrom: string, dateTo: string, partOfDay: WaitlistPartOfDay | null, timeFrom: string | null, timeTo: string | null, service: { id: string, name: string }, staff: { id: string, displayName: string } | null, offer: { id: string, startsAt: string, expiresAt: string } | null }> };

export type StaffWeeklyHoursQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffWeeklyHoursQuery = { staffMember: { id: string, weeklyHours: Array<{ weekday: Weekday, startTime: string, endTime: string }> } | null };

export type SetWeeklyHoursMutationVariables = Exact<{
  input: SetWeeklyHoursInput;
}>;


export type SetWeeklyHoursMutation = { setWeeklyHours: { staffMember: { id: string, weeklyHours: Array<{ weekday: Weekday, startTime: string, endTime: string }> } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type SalonScheduleExceptionsQueryVariables = Exact<{
  id: string | number;
  year: number;
  nextYear: number;
}>;


export type SalonScheduleExceptionsQuery = { salon: { id: string, thisYear: Array<{ id: string, name: string, startDate: string, endDate: string, calendar: YearlyCalendar, ranges: Array<{ startTime: string, endTime: string }> }>, nextYear: Array<{ id: string, name: string, startDate: string, endDate: string, calendar: YearlyCalendar, ranges: Array<{ startTime: string, endTime: string }> }> } | null };

export type AddScheduleExceptionMutationVariables = Exact<{
  input: AddScheduleExceptionInput;
}>;


export type AddScheduleExceptionMutation = { addScheduleException: { exception: { id: string } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type UpdateScheduleExceptionMutationVariables = Exact<{
  input: UpdateScheduleExceptionInput;
}>;


export type UpdateScheduleExceptionMutation = { updateScheduleException: { exception: { id: string } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type RemoveScheduleExceptionMutationVariables = Exact<{
  input: RemoveScheduleExceptionInput;
}>;


export type RemoveScheduleExceptionMutation = { removeScheduleException: { removedExceptionId: string | null, errors: Array<{ message: string }> } };

export type CopyScheduleExceptionsMutationVariables = Exact<{
  input: CopyScheduleExceptionsInput;
}>;


export type CopyScheduleExceptionsMutation = { copyScheduleExceptions: { exceptions: Array<{ id: string }>, errors: Array<{ message: string }> } };

export type SalonOpeningHoursQueryVariables = Exact<{
  id: string | number;
}>;


export type SalonOpeningHoursQuery = { salon: { id: string, openingHours: Array<{ id: string, weekday: Weekday, startTime: string, endTime: string }> } | null };

export type SetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type SetOpeningHoursMutation = { setOpeningHours: { salon: { id: string, openingHours: Array<{ id: string, weekday: Weekday, startTime: string, endTime: string }> } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, firstName: string, lastName: string, displayName: string, needsName: boolean, role: UserRole, phoneNumber: string, email: string | null, preferredLanguage: Language, isPlatformAdmin: boolean } | null };

export type SaveLanguageMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type SaveLanguageMutation = { updateProfile: { user: { id: string, preferredLanguage: Language } | null, errors: Array<{ message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { signedOut: boolean } };

export type ApplicationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationQueueQuery = { salonApplications: { edges: Array<{ node: { id: string, nameAr: string, nameEn: string, city: City, district: string, latitude: number, longitude: number, commercialRegistrationNumber: string, vatNumber: string, clientele: Clientele, createdAt: string, applicant: { id: string, displayName: string } } }> } };

export type PlatformSalonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformSalonsQuery = { platformSalons: { edges: Array<{ node: { id: string, name: string, isActive: boolean, suspendedAt: string | null, suspensionReason: string | null } }> } };

export type ApproveApplicationMutationVariables = Exact<{
  input: ApproveSalonApplicationInput;
}>;


export type ApproveApplicationMutation = { approveSalonApplication: { application: { id: string, status: SalonApplicationStatus } | null, errors: Array<{ message: string }> } };

export type RejectApplicationMutationVariables = Exact<{
  input: RejectSalonApplicationInput;
}>;


export type RejectApplicationMutation = { rejectSalonApplication: { application: { id: string, status: SalonApplicationStatus } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type SuspendSalonMutationVariables = Exact<{
  input: SuspendSalonInput;
}>;


export type SuspendSalonMutation = { suspendSalon: { salon: { id: string, isActive: boolean, suspendedAt: string | null, suspensionReason: string | null } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type ReinstateSalonMutationVariables = Exact<{
  input: ReinstateSalonInput;
}>;


export type ReinstateSalonMutation = { reinstateSalon: { salon: { id: string, isActive: boolean, suspendedAt: string | null, suspensionReason: string | null } | null, errors: Array<{ message: string }> } };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { myApplications: Array<{ id: string, nameAr: string, nameEn: string, status: SalonApplicationStatus, rejectionReason: string | null, salon: { id: string } | null }> };

export type ApplyToListSalonMutationVariables = Exact<{
  input: ApplyToListSalonInput;
}>;


export type ApplyToListSalonMutation = { applyToListSalon: { application: { id: string, status: SalonApplicationStatus } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type MyBookingsQueryVariables = Exact<{
  upcoming?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type MyBookingsQuery = { myBookings: { edges: Array<{ node: { id: string, status: BookingStatus, startsAt: string, priceHalalas: number, holdExpiresAt: string | null, cancellableUntil: string, visitPosition: number | null, salon: { id: string, name: string, timeZone: string, cancellationCutoffHours: number, phone: string }, service: { id: string, name: string }, staff: { id: string, displayName: string }, payment: { status: PaymentStatus } | null, nextPayment: { purpose: PaymentPurpose, amountHalalas: number } | null, paymentTerms: { prepayment: Prepayment, onlineDueHalalas: number, guarantee: boolean, balanceHalalas: number, noShowFeeHalalas: number, noShowGraceMinutes: number, lateCancelFeeHalalas: number, lateCancelWindowHours: number }, fee: { kind: FeeKind, amountHalalas: number, status: FeeStatus } | null, invoices: Array<{ id: string, kind: InvoiceKind, reference: string }>, visit: { id: string, totalHalalas: number } | null, review: { id: string, rating: number, comment: string, editableUntil: string, hiddenAt: string | null, hiddenReason: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CancelMyBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type CancelMyBookingMutation = { cancelBooking: { booking: { id: string, status: BookingStatus } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type ReviewBookingMutationVariables = Exact<{
  input: CreateReviewInput;
}>;


export type ReviewBookingMutation = { createReview: { review: { id: string } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type EditMyReviewMutationVariables = Exact<{
  input: EditReviewInput;
}>;


export type EditMyReviewMutation = { editReview: { review: { id: string, rating: number, comment: string, editedAt: string | null } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type HomeSalonsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SalonFilter | null | undefined;
}>;


export type HomeSalonsQuery = { salons: { edges: Array<{ cursor: string, node: { id: string, name: string, city: City, district: string, ratingAverage: number, reviewCount: number, distanceMeters: number | null, services: Array<{ id: string }>, priceRange: { minHalalas: number, maxHalalas: number } | null, photos: Array<{ url: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InvoiceDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceDocumentQuery = { invoice: { id: string, kind: InvoiceKind, number: number, reference: string, issuedAt: string, sellerNameAr: string, sellerNameEn: string, vatNumber: string | null, sellerAddress: string, totalHalalas: number, vatHalalas: number, currency: string, qrCode: string, reason: string | null, lines: Array<{ descriptionAr: string, descriptionEn: string, quantity: number, unitPriceHalalas: number, totalHalalas: number, vatHalalas: number }>, paymentMeans: Array<{ method: PaymentMeans, amountHalalas: number }>, originalInvoice: { id: string, reference: string } | null, booking: { id: string, salon: { timeZone: string } } } };

export type RequestCodeMutationVariables = Exact<{
  input: RequestPhoneCodeInput;
}>;


export type RequestCodeMutation = { requestPhoneCode: { requestId: string | null, expiresAt: string | null, retryAfterSeconds: number | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VerifyCodeMutationVariables = Exact<{
  input: VerifyPhoneCodeInput;
}>;


export type VerifyCodeMutation = { verifyPhoneCode: { accessToken: string | null, refreshToken: string | null, user: { id: string, firstName: string, role: UserRole } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MySalonsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySalonsQuery = { mySalons: Array<{ id: string, name: string, nameAr: string, nameEn: string, descriptionAr: string, descriptionEn: string, phone: string, timeZone: string, requiresPrepayment: boolean, autoConfirm: boolean, cancellationCutoffHours: number, minimumNoticeMinutes: number }> };

export type SalonPaymentsQueryVariables = Exact<{
  salonId: string | number;
}>;


export type SalonPaymentsQuery = { salonPayments: { edges: Array<{ node: { id: string, status: PaymentStatus, amountHalalas: number, refundedHalalas: number, cardCompany: string | null, cardLast4: string | null, createdAt: string, booking: { id: string, service: { name: string }, customer: { displayName: string } } } }> } };

export type RefundFromManagerMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type RefundFromManagerMutation = { refundPayment: { payment: { id: string, status: PaymentStatus, refundedHalalas: number } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type UpdateSalonSettingsMutationVariables = Exact<{
  input: UpdateSalonInput;
}>;


export type UpdateSalonSettingsMutation = { updateSalon: { salon: { id: string, name: string, nameAr: string, nameEn: string, descriptionAr: string, descriptionEn: string, phone: string, requiresPrepayment: boolean, autoConfirm: boolean, cancellationCutoffHours: number, minimumNoticeMinutes: number } | null, errors: Array<{ message: string, field: Array<string> | null }> } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { updateProfile: { user: { id: string, firstName: string, lastName: string, email: string | null, preferredLanguage: Language } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReportSalonsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSalonsQuery = { mySalons: Array<{ id: string, name: string, timeZone: string }> };

export type SalonReportQueryVariables = Exact<{
  salonId: string | number;
  period: ReportPeriod;
  date: string;
  to?: string | null | undefined;
}>;


export type SalonReportQuery = { salonReport: { salonId: string, timeZone: string, period: ReportPeriod, current: { range: { startDate: string, endDate: string }, revenue: { grossHalalas: number, refundsHalalas: number, netHalalas: number, vatHalalas: number, onlineHalalas: number, counterHalalas: number }, bookings: { count: number, noShowRate: number | null, cancellationRate: number | null, byStatus: Array<{ status: BookingStatus, count: number }> }, utilisation: Array<{ staffId: string, bookedMinutes: number, availableMinutes: number, rate: number | null, staff: { id: string, displayName: string } }>, topServices: Array<{ serviceId: string, bookingCount: number, bookedHalalas: number, service: { id: string, name: string } }>, customers: { newCustomers: number, returningCustomers: number } }, previous: { range: { startDate: string, endDate: string }, revenue: { grossHalalas: number, refundsHalalas: number, netHalalas: number, vatHalalas: number, onlineHalalas: number, counterHalalas: number }, bookings: { count: number, noShowRate: number | null, cancellationRate: number | null, byStatus: Array<{ status: BookingStatus, count: number }> }, utilisation: Array<{ staffId: string, bookedMinutes: number, availableMinutes: number, rate: number | null, staff: { id: string, displayName: string } }>, topServices: Array<{ serviceId: string, bookingCount: number, bookedHalalas: number, service: { id: string, name: string } }>, customers: { newCustomers: number, returningCustomers: number } } } };

export type SalonPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type SalonPageQuery = { salon: { id: string, name: string, description: string, city: City, district: string, address: string, phone: string, timeZone: string, ratingAverage: number, reviewCount: number, requiresPrepayment: boolean, cancellationCutoffHours: number, priceRange: { minHalalas: number, maxHalalas: number } | null, photos: Array<{ url: string, srcset: string | null, width: number | null, height: number | null, position: number }>, services: Array<{ id: string, name: string, category: ServiceCategory, durationMinutes: number, priceHalalas: number, paymentTerms: { prepayment: Prepayment, onlineDueHalalas: number, guarantee: boolean, balanceHalalas: number, noShowFeeHalalas: number, noShowGraceMinutes: number, lateCancelFeeHalalas: number, lateCancelWindowHours: number } }>, staff: Array<{ id: string, displayName: string, bio: string, services: Array<{ id: string }> }>, reviews: { edges: Array<{ cursor: string, node: { id: string, rating: number, comment: string, createdAt: string, customer: { displayName: string }, service: { id: string, name: string } | null, staff: { id: string, displayName: string } | null, reply: { text: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type MyWorkplacesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkplacesQuery = { myWorkplaces: Array<{ roles: Array<SalonRole>, salon: { id: string, name: string, timeZone: string }, staffMember: { id: string, photoConsent: boolean } | null }> };


export const RefreshDocument = {"__meta__":{"hash":"sha256:ac3643f6d3574cd040145a7585a1442b50b15d59d00ce37bff89de554fd7fd03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const SalonAuditLogDocument = {"__meta__":{"hash":"sha256:37bcd1a3cbbd9c9ce1e2588d0cc092260783d28f8163ad7b4142fad38b8cde86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salonAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SalonAuditLogQuery, SalonAuditLogQueryVariables>;
export const ConfirmFromCalendarDocument = {"__meta__":{"hash":"sha256:469bc6c97c08228c9b7344ec88c65c94df7ab0fb7e5cbd3f4e04dde3f8f0bd65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmFromCalendarMutation, ConfirmFromCalendarMutationVariables>;
export const CompleteFromCalendarDocument = {"__meta__":{"hash":"sha256:3a0bea657c7944bfa061af75c84805510c2bfc7f741001e1ffd4fdd43805f9de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteFromCalendarMutation, CompleteFromCalendarMutationVariables>;
export const CheckInFromCalendarDocument = {"__meta__":{"hash":"sha256:fe8e88db4fc9c18d260702c2d8c0c84ad6744fcb41b528e5098a6ae7c874884c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInFromCalendarMutation, CheckInFromCalendarMutationVariables>;
export const NoShowFromCalendarDocument = {"__meta__":{"hash":"sha256:7e9efe845fcde3d6c7a10f136dc2621cd9f505bc300902b86e8630eff0ff0452"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoShowFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNoShowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NoShowFromCalendarMutation, NoShowFromCalendarMutationVariables>;
export const MoveFromCalendarDocument = {"__meta__":{"hash":"sha256:2f30aa265c4edbe319867e4b8bf5f2ed8e2d9ebc1e70962bde2954a1aae7a333"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MoveFromCalendarMutation, MoveFromCalendarMutationVariables>;
export const RefundFeeFromCalendarDocument = {"__meta__":{"hash":"sha256:3028212582e01ebfe4ee1f87fa3b0db65a9ca63a9ed33aee9da47199da97e659"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundFeeFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundBookingFeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundBookingFee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundFeeFromCalendarMutation, RefundFeeFromCalendarMutationVariables>;
export const CancelFromCalendarDocument = {"__meta__":{"hash":"sha256:d3586e846192e727087b04f828edc10e4675ff6804e4bcba1ed238d7d2d5e46d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CancelFromCalendarMutation, CancelFromCalendarMutationVariables>;
export const AvailableDaysDocument = {"__meta__":{"hash":"sha256:8f4d07af02d8dd98664ecf46a3629dbbcbd4544b952fca12ee225c1286c2a5d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AvailableDaysQuery, AvailableDaysQueryVariables>;
export const AvailableSlotsDocument = {"__meta__":{"hash":"sha256:ddc5a6ac8b329b9975cbfc42276276872d0d623394d09a9e969f0b250a89c162"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const CreateBookingDocument = {"__meta__":{"hash":"sha256:f4198103aa5e25ea8103961869315e3f582482c0a43423454bba929a7ca335a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBookingMutation, CreateBookingMutationVariables>;
export const BookingMessagesDocument = {"__meta__":{"hash":"sha256:ca8dba22374cf64477025281d763ee20f1b93247adf5ad0040ca3c1dbd045099"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatusAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<BookingMessagesQuery, BookingMessagesQueryVariables>;
export const ManageCatalogDocument = {"__meta__":{"hash":"sha256:ac2226f651544253d99121726c24dea07ec0f7abbad607902aada7d178a099d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManageCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ManageCatalogQuery, ManageCatalogQueryVariables>;
export const CreateServiceDocument = {"__meta__":{"hash":"sha256:8605478dadc72dfb7b01333aab97d851a4caaa5c9b1d6e34059413551f88a8a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const UpdateServiceDocument = {"__meta__":{"hash":"sha256:f802eceef25f6cfba2adcbacabc1c89be169728aa9c3e6a7628947983490c04a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const ArchiveServiceDocument = {"__meta__":{"hash":"sha256:b5716507b650d4e778c0f31092b0b63b5962af5cef161bf97de0098e7a839465"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveServiceMutation, ArchiveServiceMutationVariables>;
export const AddStaffDocument = {"__meta__":{"hash":"sha256:a331c14ce050c319f5e21faf9ccc9a7d87923fe82da12bb6e74c4eb11716cfd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddStaffMutation, AddStaffMutationVariables>;
export const AddClosureDocument = {"__meta__":{"hash":"sha256:6891a2b476329c048bbc86a833ae97973a5602f9a8d38d9ba7a792c1751b9097"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSalonClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSalonClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddClosureMutation, AddClosureMutationVariables>;
export const RemoveClosureDocument = {"__meta__":{"hash":"sha256:ffcc98fab538600d575a5e3b581766ae4ce3a668e4cbd3406d327af9a792863d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveSalonClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSalonClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedClosureId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveClosureMutation, RemoveClosureMutationVariables>;
export const RecordCounterPaymentDocument = {"__meta__":{"hash":"sha256:ab4f2cff546f6c5745da3a2700b9b968204a5f62ab3386fb3ea703b6dd189e9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCounterPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCounterPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCounterPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCounterPaymentMutation, RecordCounterPaymentMutationVariables>;
export const BookingCounterPaymentsDocument = {"__meta__":{"hash":"sha256:ca7dc30bad529056c0abc53cfe1677be020a9783015ee206a48650129a2e2f14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingCounterPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"counterPayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookingCounterPaymentsQuery, BookingCounterPaymentsQueryVariables>;
export const RefundCounterPaymentDocument = {"__meta__":{"hash":"sha256:fe79d975c997367f7e48cc2933240b053bacb7fa0d09a7544b5d59a6207eae54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundCounterPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundCounterPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundCounterPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RefundCounterPaymentMutation, RefundCounterPaymentMutationVariables>;
export const CreateFrontDeskBookingDocument = {"__meta__":{"hash":"sha256:c1dd698f1374b0d1eafb2b59fdaf2ef87d025c44d81c900c4ad718147d61ffea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFrontDeskBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFrontDeskBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFrontDeskBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFrontDeskBookingMutation, CreateFrontDeskBookingMutationVariables>;
export const CreateWalkInBookingDocument = {"__meta__":{"hash":"sha256:fc7d016b2262c91822d3d65d8b632603113829e66de190ed33323af3fda29343"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWalkInBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWalkInBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWalkInBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWalkInBookingMutation, CreateWalkInBookingMutationVariables>;
export const MyInvitationsDocument = {"__meta__":{"hash":"sha256:f4dfb2a82a1f2ca5caf38e19487bfd1fb91a0be9daa671fd5a2395d2ebe07f74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"sha256:ffa9eb11c140b9a4e41c1fb76d572865962eed2f2b0c85ee178d3ea5eff914ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalonInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSalonInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = {"__meta__":{"hash":"sha256:5b1a308482e847af13cf787ccdd4b5dc294588baffc6ce1b7e18438476ecd059"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalonInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineSalonInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const SalonInvoicesDocument = {"__meta__":{"hash":"sha256:a94e0deb54e7bf5c559493267caa6fdeb57b7261bf1c041475b37788d3b35c10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taxDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salonTakings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"counterHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundsHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"netHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteCount"}},{"kind":"Field","name":{"kind":"Name","value":"byMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"takenHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salonInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"originalInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SalonInvoicesQuery, SalonInvoicesQueryVariables>;
export const UpdateSalonTaxDetailsDocument = {"__meta__":{"hash":"sha256:bac0f09ce2a8609b3b06fbdb0682717b33b94fe55bba2b64bfa02866b3a94b9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSalonTaxDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSalonTaxDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSalonTaxDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSalonTaxDetailsMutation, UpdateSalonTaxDetailsMutationVariables>;
export const MyMessageChannelDocument = {"__meta__":{"hash":"sha256:17e842c1469a5db5f86adb9924bf72986e8d38944495e8fc22a47a08d694d5ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMessageChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"}}]}}]}}]} as unknown as DocumentNode<MyMessageChannelQuery, MyMessageChannelQueryVariables>;
export const SetMyMessageChannelDocument = {"__meta__":{"hash":"sha256:1a88eb5c1d0c2fb3a57026a12ffdce9d9c777650faa01be0bffeb8eb361c8b3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyMessageChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageChannel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preferredChannel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetMyMessageChannelMutation, SetMyMessageChannelMutationVariables>;
export const MyMarketingConsentDocument = {"__meta__":{"hash":"sha256:8292fe479d1e66b43709857d8ff97503c7f2346ec06f4936abc5a987d8fc0e39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMarketingConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyMarketingConsentQuery, MyMarketingConsentQueryVariables>;
export const SetMyMarketingConsentDocument = {"__meta__":{"hash":"sha256:70588809558ca0b2710a8022743cde4310e34d0a8807854f0c79a9f9dd456933"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyMarketingConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMarketingConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"granted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granted"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetMyMarketingConsentMutation, SetMyMarketingConsentMutationVariables>;
export const MyDataExportDocument = {"__meta__":{"hash":"sha256:3be901e0a3296b3d2e684dd1baf79fcd357c9ac1c6eb03c67aef5aa15ee67cde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"json"}}]}}]}}]} as unknown as DocumentNode<MyDataExportQuery, MyDataExportQueryVariables>;
export const RequestMyDeletionCodeDocument = {"__meta__":{"hash":"sha256:0da35e857585acee16302f9f920ff5e4b0530aa82328a19ac3c660aa08bda839"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMyDeletionCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAccountDeletionCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestMyDeletionCodeMutation, RequestMyDeletionCodeMutationVariables>;
export const DeleteMyAccountDocument = {"__meta__":{"hash":"sha256:7816765525621039d786e0d30c5369d0fb07c37e575889bf8e1466e1e8ad7489"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBookings"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const GiveNameDocument = {"__meta__":{"hash":"sha256:ea879782c7bd297878a33f70a15b283cb4825b97a1593db6ab0b3abfddb4cfb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"needsName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GiveNameMutation, GiveNameMutationVariables>;
export const PaymentSettingsDocument = {"__meta__":{"hash":"sha256:8ed36a55a9373421170e30f8af8f3bf7815272d943d5a8c27cfcae7053fd09f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishableKey"}},{"kind":"Field","name":{"kind":"Name","value":"tokenUrl"}},{"kind":"Field","name":{"kind":"Name","value":"applePayStandIn"}}]}}]}}]} as unknown as DocumentNode<PaymentSettingsQuery, PaymentSettingsQueryVariables>;
export const StartPaymentDocument = {"__meta__":{"hash":"sha256:dc9af71a769334c37201fcc7d73374d42fef30ba0094a8428006b5b2f0430f1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartPaymentMutation, StartPaymentMutationVariables>;
export const SalonPaymentPolicyDocument = {"__meta__":{"hash":"sha256:19f944c0cfb4a92f130994c33bef4e3ce7b0296b6c0c98815cc6781f092bb47d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonPaymentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelWindowHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPolicyOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelWindowHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDueHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonPaymentPolicyQuery, SalonPaymentPolicyQueryVariables>;
export const RemoveServicePaymentPolicyDocument = {"__meta__":{"hash":"sha256:437997aa3d5f027ed42b87129a6da3647bad8fdfa3f687ff0c87c3ccd3efc974"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveServicePaymentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveServicePaymentPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeServicePaymentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveServicePaymentPolicyMutation, RemoveServicePaymentPolicyMutationVariables>;
export const SetPaymentPolicyDocument = {"__meta__":{"hash":"sha256:638d30881ab22159e4e8bbcab5f4a00d37172dc9ce29102471ec76a6aab687fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPaymentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPaymentPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPaymentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetPaymentPolicyMutation, SetPaymentPolicyMutationVariables>;
export const SetStylistPhotoConsentDocument = {"__meta__":{"hash":"sha256:53c75bda3e062b4f8bbb7ddbd30267a5231cd1e5ac0a43e7dd5a0669e902b45c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStylistPhotoConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStylistPhotoConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStylistPhotoConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetStylistPhotoConsentMutation, SetStylistPhotoConsentMutationVariables>;
export const ManagerPhotosDocument = {"__meta__":{"hash":"sha256:70a73afe4107e7f1daead0abf9e82615cef135d44541ed8d47551581129f3d85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerPhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcset"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcset"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"photoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcset"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerPhotosQuery, ManagerPhotosQueryVariables>;
export const ReorderPhotosDocument = {"__meta__":{"hash":"sha256:e5b88fc35fde756dfe624b53307b3e94a0bcd54c33b86a132a6312e40224643b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderPhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderPhotosInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderPhotos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderPhotosMutation, ReorderPhotosMutationVariables>;
export const DeletePhotoDocument = {"__meta__":{"hash":"sha256:bc9299377860dbe61115cfa51ce6d2a5d365409a8cd9371272ab5e1fca603608"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePhotoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedPhotoId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeletePhotoMutation, DeletePhotoMutationVariables>;
export const ReportedReviewsDocument = {"__meta__":{"hash":"sha256:684324cf9b47fabfa668b2b4e5567bc8225131a94303b0cc978fbdfa32ea0e1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportedReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportReason"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportedReviewsQuery, ReportedReviewsQueryVariables>;
export const HideReviewDocument = {"__meta__":{"hash":"sha256:d7a2212e7799ca70807eccc3f442a0e72e942d66cbe3bfa55b2688293b19e5e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HideReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HideReviewMutation, HideReviewMutationVariables>;
export const DismissReviewReportDocument = {"__meta__":{"hash":"sha256:7dee90dd8c0cc9a5c764e5f0dd8e28a8b75b69eb4a0e8b0fedc2af75f0fbfd5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissReviewReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissReviewReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissReviewReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportDismissedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DismissReviewReportMutation, DismissReviewReportMutationVariables>;
export const RescheduleMyBookingDocument = {"__meta__":{"hash":"sha256:def737e05ba0e4b787812f15b4565b506025e443fcfd3616f14eb91351aeda3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleMyBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleMyBookingMutation, RescheduleMyBookingMutationVariables>;
export const SalonCalendarDocument = {"__meta__":{"hash":"sha256:eeb31abd3f05d1c9e755ac9bb5f8a5fd5b7cc086691bdc5e8149aa01a7fa565c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salonCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotIntervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonCalendarQuery, SalonCalendarQueryVariables>;
export const ManagerReviewsDocument = {"__meta__":{"hash":"sha256:f02629894a92c3c355edd85de73e827a2de6b658035076da0434c55ebae8a32d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerReviewsQuery, ManagerReviewsQueryVariables>;
export const ReplyToReviewDocument = {"__meta__":{"hash":"sha256:db83e52a05abbbe45ca518c495189d86b7e9198c651176759f6c3f57474f0d8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyToReviewMutation, ReplyToReviewMutationVariables>;
export const ReportReviewDocument = {"__meta__":{"hash":"sha256:697b8ee5bb5df2c09a6322e996601357c27f55981ae75ffa870f272353e60728"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReportReviewMutation, ReportReviewMutationVariables>;
export const SalonCitiesDocument = {"__meta__":{"hash":"sha256:1bfacdce18dbd2c42a9802d934915ca0500f8940463f43bc283a8fde4331e5a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salonCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<SalonCitiesQuery, SalonCitiesQueryVariables>;
export const ConfirmStcPaymentDocument = {"__meta__":{"hash":"sha256:69c61c21251e985630c600a901891566f2f21077aa89a6622faeaf1186feb0f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmStcPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmStcPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmStcPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmStcPaymentMutation, ConfirmStcPaymentMutationVariables>;
export const SalonTeamDocument = {"__meta__":{"hash":"sha256:34e77d89dd4ba7a92487e5bb3600da3c60183057a8f748000d22655cb9958a14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salonTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stylists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingsToHandle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonTeamQuery, SalonTeamQueryVariables>;
export const InviteToSalonDocument = {"__meta__":{"hash":"sha256:1d9b9515eabd75b5e0996c365d81a7627cf33f16571ec97e7d2b1e0709bfd43f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToSalon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<InviteToSalonMutation, InviteToSalonMutationVariables>;
export const RevokeInvitationDocument = {"__meta__":{"hash":"sha256:fded51e4a155276162f3b044d78cd6367e0d2dd21f09b35cc1a337cf2fd8fc8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalonInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSalonInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const DeactivateStylistDocument = {"__meta__":{"hash":"sha256:d6103d32fbea587019b4fc1fa41a88cc908dcf6c76793686eb524e9fd7049ad3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStylist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingsToHandle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateStylistMutation, DeactivateStylistMutationVariables>;
export const MoveLeftBookingDocument = {"__meta__":{"hash":"sha256:d3923fb24c92d5f5ed90e2e5b5a150110786e727ad1a80f96477f04aa28218a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveLeftBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MoveLeftBookingMutation, MoveLeftBookingMutationVariables>;
export const CancelLeftBookingDocument = {"__meta__":{"hash":"sha256:0c3040b26502fac01c9361cba9fa1159a9f6305bffdc0ed2d5b19df89c8abed8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelLeftBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelLeftBookingMutation, CancelLeftBookingMutationVariables>;
export const ChangeMemberRoleDocument = {"__meta__":{"hash":"sha256:4377469d79fe6508d30de927ac581381e817023dc3edfbf78bf62cc2a8d99f3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSalonMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSalonMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const StaffTimeOffDocument = {"__meta__":{"hash":"sha256:8444e505cbce21554509494bfc225e382dcbb4e35fba3b1c2f02a1ac8a86d480"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffTimeOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<StaffTimeOffQuery, StaffTimeOffQueryVariables>;
export const AddTimeOffDocument = {"__meta__":{"hash":"sha256:15d50b2c9b2d58f5fb9e247205f21a418f4cd8f778de2d0688f9e3a6682c6b0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTimeOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTimeOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTimeOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddTimeOffMutation, AddTimeOffMutationVariables>;
export const RemoveTimeOffDocument = {"__meta__":{"hash":"sha256:1489ab084e3f5754e416e2ee4cf4f2c08c968fd7670377f21e9d20ffbe905ceb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTimeOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveTimeOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTimeOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedTimeOffId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTimeOffMutation, RemoveTimeOffMutationVariables>;
export const AvailableVisitDaysDocument = {"__meta__":{"hash":"sha256:a9ecf5adda27cf50f2448d94a265b018d2f70ac2445754f4eb9f70402584f844"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableVisitDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableVisitDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableVisitDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AvailableVisitDaysQuery, AvailableVisitDaysQueryVariables>;
export const AvailableVisitStartsDocument = {"__meta__":{"hash":"sha256:362e8f598becf5a628da8da4f7ca0a79554d140bf4fcd962055f40dcd02c91d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableVisitStarts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableVisitStartsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableVisitStarts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailableVisitStartsQuery, AvailableVisitStartsQueryVariables>;
export const BookVisitDocument = {"__meta__":{"hash":"sha256:29393d1baa0947a036da94a55b3b01c216b1377c94466617b216209ed32bba03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<BookVisitMutation, BookVisitMutationVariables>;
export const JoinWaitlistDocument = {"__meta__":{"hash":"sha256:03e329b0d85d41338a16fe51f417385b0c10addb23f8b0e5a8dbe0b38cff91bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const WaitlistOfferDocument = {"__meta__":{"hash":"sha256:15c7098b70da051cfcb5ef7d0f879132e811b1662bcf14be6595ea25ee64277c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WaitlistOfferQuery, WaitlistOfferQueryVariables>;
export const AcceptWaitlistOfferDocument = {"__meta__":{"hash":"sha256:7044f5393c6a4edac658a41656f3015af564b6c44d8abb1792bf542d765dcb83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptWaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptWaitlistOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptWaitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptWaitlistOfferMutation, AcceptWaitlistOfferMutationVariables>;
export const MyWaitlistDocument = {"__meta__":{"hash":"sha256:38382d1334b910c0f55262a4b66e11cdfeb231b810bfc31287e3408105ee725a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWaitlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWaitlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"timeTo"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyWaitlistQuery, MyWaitlistQueryVariables>;
export const LeaveWaitlistDocument = {"__meta__":{"hash":"sha256:fdefaf5f91b1687054e46de5c028dbdb23fdf682af0f4fc637c795fa441189d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LeaveWaitlistMutation, LeaveWaitlistMutationVariables>;
export const SalonWaitlistDocument = {"__meta__":{"hash":"sha256:76545a20903aa15d01f7f4a7c4ce17de10b888198c28f003d2ceaa45ccd73a4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salonWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"timeTo"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<SalonWaitlistQuery, SalonWaitlistQueryVariables>;
export const StaffWeeklyHoursDocument = {"__meta__":{"hash":"sha256:3ece0e740554a0861174660d492306627bfca280635754421485975fe52c34fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffWeeklyHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<StaffWeeklyHoursQuery, StaffWeeklyHoursQueryVariables>;
export const SetWeeklyHoursDocument = {"__meta__":{"hash":"sha256:533b4192bfd157e6ea58cbb5b7ad9ab33377e0974e8d7583023f8b5245aba0b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWeeklyHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWeeklyHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWeeklyHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetWeeklyHoursMutation, SetWeeklyHoursMutationVariables>;
export const SalonScheduleExceptionsDocument = {"__meta__":{"hash":"sha256:b8b5da40bc4aa6a9e2153059bc63b49016c907c8e4d9eb2fb553300d13f4578f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonScheduleExceptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"thisYear"},"name":{"kind":"Name","value":"scheduleExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nextYear"},"name":{"kind":"Name","value":"scheduleExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonScheduleExceptionsQuery, SalonScheduleExceptionsQueryVariables>;
export const AddScheduleExceptionDocument = {"__meta__":{"hash":"sha256:4c452ade2251a6db5d3ad9c55143144b890be7a399d839bd520b99fcb1863632"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddScheduleException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddScheduleExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addScheduleException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddScheduleExceptionMutation, AddScheduleExceptionMutationVariables>;
export const UpdateScheduleExceptionDocument = {"__meta__":{"hash":"sha256:312506b1ea818ba2fca765cd290294c739eefdd825072464c31b37a46f780b3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScheduleException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduleExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScheduleException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScheduleExceptionMutation, UpdateScheduleExceptionMutationVariables>;
export const RemoveScheduleExceptionDocument = {"__meta__":{"hash":"sha256:58beb7ca0ad3e6ac9e91a901c75090fdcf148764de23f9b1191c4d1a7eeaf5bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveScheduleException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveScheduleExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeScheduleException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedExceptionId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveScheduleExceptionMutation, RemoveScheduleExceptionMutationVariables>;
export const CopyScheduleExceptionsDocument = {"__meta__":{"hash":"sha256:a7007bdf8a9fe491477470fa3f2702fa6ceb7aefad6dc0c61df87f5a21950fb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyScheduleExceptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyScheduleExceptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyScheduleExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CopyScheduleExceptionsMutation, CopyScheduleExceptionsMutationVariables>;
export const SalonOpeningHoursDocument = {"__meta__":{"hash":"sha256:a37b86517fdf7c8130321ca1ea0c83db09eee00c62bd5f6bdf1bbef65b59eb01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonOpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<SalonOpeningHoursQuery, SalonOpeningHoursQueryVariables>;
export const SetOpeningHoursDocument = {"__meta__":{"hash":"sha256:277b5c544d4800ac4aabaaae8ed0b925830e183e5bfc00a4ce03a3553fd64926"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOpeningHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOpeningHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetOpeningHoursMutation, SetOpeningHoursMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:a220fd09d878a1749abd86ab554543b41f6939ef6920f8f7dd2f4602e8c768ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"needsName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SaveLanguageDocument = {"__meta__":{"hash":"sha256:8efea63a109938f16f4bb9b546b23f5ccdc7ab489605996be752efebe6e91cdb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveLanguageMutation, SaveLanguageMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:d573cbe08c160364d14a51e0966086b1240388a2951fd780a43f5348c1715dc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ApplicationQueueDocument = {"__meta__":{"hash":"sha256:d960390b817ad929f60530eb91135c2cc4dd6f249751a29af77cc6e308826a83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salonApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"commercialRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientele"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationQueueQuery, ApplicationQueueQueryVariables>;
export const PlatformSalonsDocument = {"__meta__":{"hash":"sha256:416c46d6c1293436041b46a661455a148ed5d4cfc28c380775a303fe55dd351c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformSalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformSalons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformSalonsQuery, PlatformSalonsQueryVariables>;
export const ApproveApplicationDocument = {"__meta__":{"hash":"sha256:02953f6377264c18edef9358602fd5e937ba1a9db7a152ff82479db48a213cbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveSalonApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveSalonApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveApplicationMutation, ApproveApplicationMutationVariables>;
export const RejectApplicationDocument = {"__meta__":{"hash":"sha256:e715d8a793385eefe917f75611286aec86cc4adcbace645c42dfbd67a25bce75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectSalonApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSalonApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RejectApplicationMutation, RejectApplicationMutationVariables>;
export const SuspendSalonDocument = {"__meta__":{"hash":"sha256:8b736a206a43d96710dbf7acf09495450f658fc60ecbd3689c396f0b8085a8d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendSalon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SuspendSalonMutation, SuspendSalonMutationVariables>;
export const ReinstateSalonDocument = {"__meta__":{"hash":"sha256:709b840b4d9147cff664a9b448cea10aaaf670d17e9763854d3a35d7ae1f34fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateSalon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReinstateSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReinstateSalonMutation, ReinstateSalonMutationVariables>;
export const MyApplicationsDocument = {"__meta__":{"hash":"sha256:df3e573d639f9b1dc78527cf7de03bcee9a6042a29283906ac68df11c37267ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const ApplyToListSalonDocument = {"__meta__":{"hash":"sha256:4f086b03e8b1c7414f9f7e4e76e46f841a3d58e41ffea014183ac73c91a8edd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToListSalon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToListSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToListSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyToListSalonMutation, ApplyToListSalonMutationVariables>;
export const MyBookingsDocument = {"__meta__":{"hash":"sha256:4b55ec3c28b2cca8c44aed001b76bfeac9046f5284f60015d94102083d605c45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDueHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"}},{"kind":"Field","name":{"kind":"Name","value":"balanceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"noShowFeeHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelFeeHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelWindowHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPosition"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"editableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyBookingsQuery, MyBookingsQueryVariables>;
export const CancelMyBookingDocument = {"__meta__":{"hash":"sha256:f683fe3aa5990d0999f5cea356372db98361b78799ea341d4059652933429d68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMyBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelMyBookingMutation, CancelMyBookingMutationVariables>;
export const ReviewBookingDocument = {"__meta__":{"hash":"sha256:0224e6994f9a657af983bf9a65bb7faf91d5a8219fa3672d756c45ada7578c46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewBookingMutation, ReviewBookingMutationVariables>;
export const EditMyReviewDocument = {"__meta__":{"hash":"sha256:5e7fb27297525743e8c4c89176b51d678f028b56b5f15f33c86ae8554a418a2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditMyReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditMyReviewMutation, EditMyReviewMutationVariables>;
export const HomeSalonsDocument = {"__meta__":{"hash":"sha256:6b8b763ade6e654de4643f1bd85b666601a314b2d0b352d6cef033db7afd5f03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeSalons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SalonFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"ratingAverage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"maxHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HomeSalonsQuery, HomeSalonsQueryVariables>;
export const InvoiceDocumentDocument = {"__meta__":{"hash":"sha256:8d16737d792cdfb06d1b532377cb43e30aebb0545ca8f78923c88f1db48bf849"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sellerNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"sellerNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"descriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceDocumentQuery, InvoiceDocumentQueryVariables>;
export const RequestCodeDocument = {"__meta__":{"hash":"sha256:da230d6c3ad2397e9bb551667ea6a57bc4d4d1cc48b44b0da569d6974823c8f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPhoneCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPhoneCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RequestCodeMutation, RequestCodeMutationVariables>;
export const VerifyCodeDocument = {"__meta__":{"hash":"sha256:b8905113438ac9473fcfb3e2a4f4e547c78ba4413c52db68d0bd1dfc29b40cdc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPhoneCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPhoneCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyCodeMutation, VerifyCodeMutationVariables>;
export const MySalonsDocument = {"__meta__":{"hash":"sha256:ddbde792bc0fb8d9e96a38f22cc65067edce5bf69515f4a403ab98a23d1c5941"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPrepayment"}},{"kind":"Field","name":{"kind":"Name","value":"autoConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}}]}}]}}]} as unknown as DocumentNode<MySalonsQuery, MySalonsQueryVariables>;
export const SalonPaymentsDocument = {"__meta__":{"hash":"sha256:a87f147f8947383e73e08ce78a5ac6b345b783e9e48f8af1e7fa0b9e850692df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salonPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"cardCompany"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonPaymentsQuery, SalonPaymentsQueryVariables>;
export const RefundFromManagerDocument = {"__meta__":{"hash":"sha256:fe22a04141c42fcfbc94d3f634d5522c42f6fff86e841ee5c76cadae876a54d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundFromManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundFromManagerMutation, RefundFromManagerMutationVariables>;
export const UpdateSalonSettingsDocument = {"__meta__":{"hash":"sha256:f7323184da61bb104a06090b4ed3cae064d89e28a0b87252e9337f4285125438"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSalonSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPrepayment"}},{"kind":"Field","name":{"kind":"Name","value":"autoConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSalonSettingsMutation, UpdateSalonSettingsMutationVariables>;
export const UpdateMyProfileDocument = {"__meta__":{"hash":"sha256:597738a17b097f2d50b138728b2ef73b6f241fc6438cacbc2384bfc8b0838198"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ReportSalonsDocument = {"__meta__":{"hash":"sha256:032a9f4efe90e5c527d9f175038bcf1b4bd0a34a4779132453b4beff8bd24c78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportSalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<ReportSalonsQuery, ReportSalonsQueryVariables>;
export const SalonReportDocument = {"__meta__":{"hash":"sha256:4bf07d45397e6f06efad5b9875a16eff122c9ae0682a93a1e969c62da19b2ea1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salonReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salonId"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grossHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundsHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"netHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"counterHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingCount"}},{"kind":"Field","name":{"kind":"Name","value":"bookedHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"returningCustomers"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grossHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundsHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"netHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"counterHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingCount"}},{"kind":"Field","name":{"kind":"Name","value":"bookedHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"returningCustomers"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonReportQuery, SalonReportQueryVariables>;
export const SalonPageDocument = {"__meta__":{"hash":"sha256:debd17992c3a0d0c955e5d7cf0bb7b8079253064a6db14dfc9e5f1e406935cdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"ratingAverage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPrepayment"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"maxHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcset"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDueHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"}},{"kind":"Field","name":{"kind":"Name","value":"balanceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"noShowFeeHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelFeeHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelWindowHours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonPageQuery, SalonPageQueryVariables>;
export const MyWorkplacesDocument = {"__meta__":{"hash":"sha256:14f281e19a1fc598531c17748d411580234bea5b7d84511e6b51815812505ba9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkplaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkplaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photoConsent"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkplacesQuery, MyWorkplacesQueryVariables>;