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
  | 'REVIEW_MODERATION'
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
  /** A visit being moved: its own parts do not count as busy. For those who may move it (rescheduleVisit's rule), FORBIDDEN to others. */
  excludeVisitId?: string | number | null | undefined;
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
  /** A visit being moved: its own parts do not count as busy. For those who may move it (rescheduleVisit's rule), FORBIDDEN to others. */
  excludeVisitId?: string | number | null | undefined;
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

/** A visit of several services in sequence the salon books for a customer (by phone, WhatsApp or at the counter). Use a start from frontDeskVisitStarts. */
export type CreateFrontDeskVisitInput = {
  /** For whom. */
  customer: FrontDeskCustomerInput;
  /** A random key (8–128 characters) made once per attempt; resending it never books twice. */
  idempotencyKey: string;
  /** Anything the stylists should know. */
  notes?: string | null | undefined;
  /** The services in order, each with a stylist who offers it or anyone, 1 to 5. */
  parts: Array<VisitPartInput>;
  /** The salon making it; every service must be its own. */
  salonId: string | number;
  /** Start of the first service; the salon may ignore the minimum notice and the horizon, never an overlap. */
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

/** Whether a fee is kept, was given back by a manager, or (a saved card) was declined. */
export type FeeStatus =
  | 'CHARGED'
  | 'DECLINED'
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

/** Where a visit fits on one day for the salon's front desk: as availableVisitStarts, without the salon's minimum notice and horizon. */
export type FrontDeskVisitStartsInput = {
  /** The day, in the salon's time zone. */
  date: string;
  /** The services in the order they are done, 1 to 5. */
  parts: Array<VisitPartInput>;
  /** The salon asking; every service must be its own. */
  salonId: string | number;
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

/** What a payment is for: the deposit or full price paid to book (PREPAYMENT), the rest of the price (BALANCE), or an authorisation that secures the fees and is released when the customer comes (GUARANTEE), or a fee charged to the card the customer saved for it (FEE). */
export type PaymentPurpose =
  | 'BALANCE'
  | 'FEE'
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

/** Move a whole visit to a new start; each part keeps its service and stylist. Use a start from availableVisitStarts. */
export type RescheduleVisitInput = {
  /** New start of the first service; the other parts follow as availableVisitStarts lays them out. */
  startsAt: string;
  /** The visit (Booking.visit.id of any of its parts). */
  visitId: string | number;
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

/** Merchant validation for an Apple Pay sheet: the validationURL Safari gave in onvalidatemerchant. */
export type ValidateApplePayMerchantInput = {
  /** The booking being paid (yours). */
  bookingId: string | number;
  /** ApplePayValidateMerchantEvent.validationURL; must be one of Apple's Apple Pay gateways. */
  validationUrl: string;
};

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


export type RefreshMutation = { __typename: 'Mutation', refreshSession: { __typename: 'RefreshSessionPayload', accessToken: string | null, refreshToken: string | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode }> } };

export type SalonAuditLogQueryVariables = Exact<{
  salonId: string | number;
  after?: string | null | undefined;
}>;


export type SalonAuditLogQuery = { __typename: 'Query', salonAuditLog: { __typename: 'AuditEntryConnection', edges: Array<{ __typename: 'AuditEntryEdge', node: { __typename: 'AuditEntry', id: string, occurredAt: string, action: AuditAction, actorRole: string | null, targetType: string | null, ip: string | null, userAgent: string, actor: { __typename: 'User', id: string, displayName: string } | null, subject: { __typename: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ConfirmFromCalendarMutationVariables = Exact<{
  input: ConfirmBookingInput;
}>;


export type ConfirmFromCalendarMutation = { __typename: 'Mutation', confirmBooking: { __typename: 'ConfirmBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, version: number } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type CompleteFromCalendarMutationVariables = Exact<{
  input: CompleteBookingInput;
}>;


export type CompleteFromCalendarMutation = { __typename: 'Mutation', completeBooking: { __typename: 'CompleteBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, version: number } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type CheckInFromCalendarMutationVariables = Exact<{
  input: CheckInBookingInput;
}>;


export type CheckInFromCalendarMutation = { __typename: 'Mutation', checkInBooking: { __typename: 'CheckInBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, version: number, checkedInAt: string | null } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type NoShowFromCalendarMutationVariables = Exact<{
  input: MarkNoShowInput;
}>;


export type NoShowFromCalendarMutation = { __typename: 'Mutation', markNoShow: { __typename: 'MarkNoShowPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, version: number } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type MoveFromCalendarMutationVariables = Exact<{
  input: RescheduleBookingInput;
}>;


export type MoveFromCalendarMutation = { __typename: 'Mutation', rescheduleBooking: { __typename: 'RescheduleBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, version: number, staff: { __typename: 'StaffMember', id: string } } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type RefundFeeFromCalendarMutationVariables = Exact<{
  input: RefundBookingFeeInput;
}>;


export type RefundFeeFromCalendarMutation = { __typename: 'Mutation', refundBookingFee: { __typename: 'RefundBookingFeePayload', fee: { __typename: 'BookingFee', id: string, status: FeeStatus } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type CancelFromCalendarMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type CancelFromCalendarMutation = { __typename: 'Mutation', cancelBooking: { __typename: 'CancelBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, version: number } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type AvailableDaysQueryVariables = Exact<{
  input: AvailableDaysInput;
}>;


export type AvailableDaysQuery = { __typename: 'Query', availableDays: Array<string> };

export type AvailableSlotsQueryVariables = Exact<{
  input: AvailableSlotsInput;
}>;


export type AvailableSlotsQuery = { __typename: 'Query', availableSlots: Array<{ __typename: 'Slot', startsAt: string, endsAt: string, staff: { __typename: 'StaffMember', id: string, displayName: string } }> };

export type CreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type CreateBookingMutation = { __typename: 'Mutation', createBooking: { __typename: 'CreateBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, startsAt: string, priceHalalas: number, holdExpiresAt: string | null, nextPayment: { __typename: 'DuePayment', purpose: PaymentPurpose, amountHalalas: number, savesCard: boolean } | null } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type BookingMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingMessagesQuery = { __typename: 'Query', booking: { __typename: 'Booking', id: string, notifications: Array<{ __typename: 'BookingNotification', id: string, event: NotificationEvent, recipient: NotificationRecipient, channel: MessageChannel, status: NotificationStatus, deliveryStatus: DeliveryStatus | null, deliveryStatusAt: string | null, isFallback: boolean, dueAt: string, sentAt: string | null }> } | null };

export type ManageCatalogQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageCatalogQuery = { __typename: 'Query', salon: { __typename: 'Salon', id: string, timeZone: string, services: Array<{ __typename: 'Service', id: string, name: string, category: ServiceCategory, durationMinutes: number, priceHalalas: number }>, staff: Array<{ __typename: 'StaffMember', id: string, displayName: string }>, closures: Array<{ __typename: 'SalonClosure', id: string, startDate: string, endDate: string, reason: string }> } | null };

export type CreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateServiceMutation = { __typename: 'Mutation', createService: { __typename: 'CreateServicePayload', service: { __typename: 'Service', id: string } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { __typename: 'Mutation', updateService: { __typename: 'UpdateServicePayload', service: { __typename: 'Service', id: string, priceHalalas: number, durationMinutes: number } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type ArchiveServiceMutationVariables = Exact<{
  input: ArchiveServiceInput;
}>;


export type ArchiveServiceMutation = { __typename: 'Mutation', archiveService: { __typename: 'ArchiveServicePayload', service: { __typename: 'Service', id: string } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type AddStaffMutationVariables = Exact<{
  input: AddStaffMemberInput;
}>;


export type AddStaffMutation = { __typename: 'Mutation', addStaffMember: { __typename: 'AddStaffMemberPayload', staffMember: { __typename: 'StaffMember', id: string } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type AddClosureMutationVariables = Exact<{
  input: AddSalonClosureInput;
}>;


export type AddClosureMutation = { __typename: 'Mutation', addSalonClosure: { __typename: 'AddSalonClosurePayload', closure: { __typename: 'SalonClosure', id: string } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type RemoveClosureMutationVariables = Exact<{
  input: RemoveSalonClosureInput;
}>;


export type RemoveClosureMutation = { __typename: 'Mutation', removeSalonClosure: { __typename: 'RemoveSalonClosurePayload', removedClosureId: string | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type RecordCounterPaymentMutationVariables = Exact<{
  input: RecordCounterPaymentInput;
}>;


export type RecordCounterPaymentMutation = { __typename: 'Mutation', recordCounterPayment: { __typename: 'RecordCounterPaymentPayload', invoice: { __typename: 'Invoice', id: string, reference: string, totalHalalas: number } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type BookingCounterPaymentsQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingCounterPaymentsQuery = { __typename: 'Query', booking: { __typename: 'Booking', id: string, counterPayments: Array<{ __typename: 'CounterPayment', id: string, createdAt: string, totalHalalas: number, refundedHalalas: number, parts: Array<{ __typename: 'CounterPaymentPart', method: CounterPaymentMethod, amountHalalas: number }>, invoice: { __typename: 'Invoice', id: string, reference: string } | null }> } | null };

export type RefundCounterPaymentMutationVariables = Exact<{
  input: RefundCounterPaymentInput;
}>;


export type RefundCounterPaymentMutation = { __typename: 'Mutation', refundCounterPayment: { __typename: 'RefundCounterPaymentPayload', counterPayment: { __typename: 'CounterPayment', id: string, refundedHalalas: number } | null, creditNote: { __typename: 'Invoice', id: string, reference: string, totalHalalas: number } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CreateFrontDeskBookingMutationVariables = Exact<{
  input: CreateFrontDeskBookingInput;
}>;


export type CreateFrontDeskBookingMutation = { __typename: 'Mutation', createFrontDeskBooking: { __typename: 'CreateFrontDeskBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, startsAt: string, channel: BookingChannel } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CreateWalkInBookingMutationVariables = Exact<{
  input: CreateWalkInBookingInput;
}>;


export type CreateWalkInBookingMutation = { __typename: 'Mutation', createWalkInBooking: { __typename: 'CreateWalkInBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, startsAt: string, channel: BookingChannel } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type FrontDeskVisitStartsQueryVariables = Exact<{
  input: FrontDeskVisitStartsInput;
}>;


export type FrontDeskVisitStartsQuery = { __typename: 'Query', frontDeskVisitStarts: Array<{ __typename: 'VisitSlot', startsAt: string, endsAt: string, parts: Array<{ __typename: 'Slot', startsAt: string, endsAt: string, staff: { __typename: 'StaffMember', id: string, displayName: string } }> }> };

export type CreateFrontDeskVisitMutationVariables = Exact<{
  input: CreateFrontDeskVisitInput;
}>;


export type CreateFrontDeskVisitMutation = { __typename: 'Mutation', createFrontDeskVisit: { __typename: 'CreateFrontDeskVisitPayload', visit: { __typename: 'Visit', id: string, totalHalalas: number, startsAt: string, parts: Array<{ __typename: 'Booking', id: string, startsAt: string }> } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { __typename: 'Query', myInvitations: Array<{ __typename: 'SalonInvitation', id: string, role: SalonRole, displayName: string, salon: { __typename: 'Salon', id: string, name: string } }> };

export type AcceptInvitationMutationVariables = Exact<{
  input: SalonInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename: 'Mutation', acceptSalonInvitation: { __typename: 'AcceptSalonInvitationPayload', invitation: { __typename: 'SalonInvitation', id: string, status: InvitationStatus } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type DeclineInvitationMutationVariables = Exact<{
  input: SalonInvitationInput;
}>;


export type DeclineInvitationMutation = { __typename: 'Mutation', declineSalonInvitation: { __typename: 'DeclineSalonInvitationPayload', invitation: { __typename: 'SalonInvitation', id: string, status: InvitationStatus } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type SalonInvoicesQueryVariables = Exact<{
  salonId: string | number;
  date: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SalonInvoicesQuery = { __typename: 'Query', salon: { __typename: 'Salon', id: string, taxDetails: { __typename: 'SalonTaxDetails', vatNumber: string, legalNameAr: string, legalNameEn: string } | null } | null, salonTakings: { __typename: 'Takings', date: string, onlineHalalas: number, counterHalalas: number, refundsHalalas: number, netHalalas: number, vatHalalas: number, invoiceCount: number, creditNoteCount: number, byMeans: Array<{ __typename: 'TakingsByMeans', method: PaymentMeans, takenHalalas: number, refundedHalalas: number }> }, salonInvoices: { __typename: 'InvoiceConnection', edges: Array<{ __typename: 'InvoiceEdge', node: { __typename: 'Invoice', id: string, kind: InvoiceKind, reference: string, issuedAt: string, totalHalalas: number, vatHalalas: number, vatNumber: string | null, originalInvoice: { __typename: 'Invoice', reference: string } | null, paymentMeans: Array<{ __typename: 'InvoicePayment', method: PaymentMeans, amountHalalas: number }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type UpdateSalonTaxDetailsMutationVariables = Exact<{
  input: UpdateSalonTaxDetailsInput;
}>;


export type UpdateSalonTaxDetailsMutation = { __typename: 'Mutation', updateSalonTaxDetails: { __typename: 'UpdateSalonTaxDetailsPayload', taxDetails: { __typename: 'SalonTaxDetails', vatNumber: string, legalNameAr: string, legalNameEn: string } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type MyMessageChannelQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMessageChannelQuery = { __typename: 'Query', me: { __typename: 'User', id: string, preferredChannel: MessageChannel | null } | null };

export type SetMyMessageChannelMutationVariables = Exact<{
  channel: MessageChannel;
}>;


export type SetMyMessageChannelMutation = { __typename: 'Mutation', updateProfile: { __typename: 'UpdateProfilePayload', user: { __typename: 'User', id: string, preferredChannel: MessageChannel | null } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type MyMarketingConsentQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMarketingConsentQuery = { __typename: 'Query', me: { __typename: 'User', id: string, marketingConsent: { __typename: 'MarketingConsent', granted: boolean, source: ConsentSource | null, recordedAt: string | null } } | null };

export type SetMyMarketingConsentMutationVariables = Exact<{
  granted: boolean;
}>;


export type SetMyMarketingConsentMutation = { __typename: 'Mutation', setMarketingConsent: { __typename: 'SetMarketingConsentPayload', consent: { __typename: 'MarketingConsent', granted: boolean, source: ConsentSource | null, recordedAt: string | null } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type MyDataExportQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataExportQuery = { __typename: 'Query', myDataExport: { __typename: 'DataExport', generatedAt: string, fileName: string, json: string } };

export type RequestMyDeletionCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestMyDeletionCodeMutation = { __typename: 'Mutation', requestAccountDeletionCode: { __typename: 'RequestAccountDeletionCodePayload', requestId: string | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteMyAccountInput;
}>;


export type DeleteMyAccountMutation = { __typename: 'Mutation', deleteMyAccount: { __typename: 'DeleteMyAccountPayload', deleted: boolean | null, cancelledBookings: number | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type GiveNameMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type GiveNameMutation = { __typename: 'Mutation', updateProfile: { __typename: 'UpdateProfilePayload', user: { __typename: 'User', id: string, firstName: string, displayName: string, needsName: boolean } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PaymentSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentSettingsQuery = { __typename: 'Query', paymentSettings: { __typename: 'PaymentSettings', publishableKey: string, tokenUrl: string, applePayStandIn: boolean, applePayDisplayName: string | null } };

export type ValidateApplePayMerchantMutationVariables = Exact<{
  input: ValidateApplePayMerchantInput;
}>;


export type ValidateApplePayMerchantMutation = { __typename: 'Mutation', validateApplePayMerchant: { __typename: 'ValidateApplePayMerchantPayload', merchantSession: string | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type StartPaymentMutationVariables = Exact<{
  input: StartPaymentInput;
}>;


export type StartPaymentMutation = { __typename: 'Mutation', startPayment: { __typename: 'StartPaymentPayload', payment: { __typename: 'Payment', id: string, status: PaymentStatus, transactionUrl: string | null } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type SalonPaymentPolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type SalonPaymentPolicyQuery = { __typename: 'Query', salon: { __typename: 'Salon', id: string, paymentPolicy: { __typename: 'PaymentPolicy', prepayment: Prepayment, noShowGraceMinutes: number, lateCancelWindowHours: number, deposit: { __typename: 'AmountRule', percent: number | null, halalas: number | null }, noShowFee: { __typename: 'AmountRule', percent: number | null, halalas: number | null }, lateCancelFee: { __typename: 'AmountRule', percent: number | null, halalas: number | null } }, services: Array<{ __typename: 'Service', id: string, name: string, priceHalalas: number, paymentPolicyOverride: { __typename: 'PaymentPolicy', prepayment: Prepayment, noShowGraceMinutes: number, lateCancelWindowHours: number, deposit: { __typename: 'AmountRule', percent: number | null, halalas: number | null }, noShowFee: { __typename: 'AmountRule', percent: number | null, halalas: number | null }, lateCancelFee: { __typename: 'AmountRule', percent: number | null, halalas: number | null } } | null, paymentTerms: { __typename: 'PaymentTerms', prepayment: Prepayment, onlineDueHalalas: number, guarantee: boolean } }> } | null };

export type RemoveServicePaymentPolicyMutationVariables = Exact<{
  input: RemoveServicePaymentPolicyInput;
}>;


export type RemoveServicePaymentPolicyMutation = { __typename: 'Mutation', removeServicePaymentPolicy: { __typename: 'RemoveServicePaymentPolicyPayload', service: { __typename: 'Service', id: string } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type SetPaymentPolicyMutationVariables = Exact<{
  input: SetPaymentPolicyInput;
}>;


export type SetPaymentPolicyMutation = { __typename: 'Mutation', setPaymentPolicy: { __typename: 'SetPaymentPolicyPayload', policy: { __typename: 'PaymentPolicy', prepayment: Prepayment } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SetStylistPhotoConsentMutationVariables = Exact<{
  input: SetStylistPhotoConsentInput;
}>;


export type SetStylistPhotoConsentMutation = { __typename: 'Mutation', setStylistPhotoConsent: { __typename: 'SetStylistPhotoConsentPayload', consent: { __typename: 'StylistPhotoConsent', granted: boolean, recordedAt: string } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type ManagerPhotosQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerPhotosQuery = { __typename: 'Query', salon: { __typename: 'Salon', id: string, photos: Array<{ __typename: 'SalonPhoto', id: string, url: string, srcset: string | null, position: number }>, services: Array<{ __typename: 'Service', id: string, name: string, photos: Array<{ __typename: 'SalonPhoto', id: string, url: string, srcset: string | null, position: number }> }>, staff: Array<{ __typename: 'StaffMember', id: string, displayName: string, photoConsent: boolean, photos: Array<{ __typename: 'SalonPhoto', id: string, url: string, srcset: string | null, position: number }> }> } | null };

export type ReorderPhotosMutationVariables = Exact<{
  input: ReorderPhotosInput;
}>;


export type ReorderPhotosMutation = { __typename: 'Mutation', reorderPhotos: { __typename: 'ReorderPhotosPayload', photos: Array<{ __typename: 'SalonPhoto', id: string, position: number }> | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type DeletePhotoMutationVariables = Exact<{
  input: DeletePhotoInput;
}>;


export type DeletePhotoMutation = { __typename: 'Mutation', deletePhoto: { __typename: 'DeletePhotoPayload', deletedPhotoId: string | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type ReportedReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportedReviewsQuery = { __typename: 'Query', reportedReviews: { __typename: 'ReportedReviewConnection', edges: Array<{ __typename: 'ReportedReviewEdge', node: { __typename: 'Review', id: string, rating: number, comment: string, reportedAt: string | null, reportReason: string | null, salon: { __typename: 'Salon', id: string, name: string }, customer: { __typename: 'User', displayName: string } } }> } };

export type HideReviewMutationVariables = Exact<{
  input: HideReviewInput;
}>;


export type HideReviewMutation = { __typename: 'Mutation', hideReview: { __typename: 'HideReviewPayload', review: { __typename: 'Review', id: string, hiddenAt: string | null } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type DismissReviewReportMutationVariables = Exact<{
  input: DismissReviewReportInput;
}>;


export type DismissReviewReportMutation = { __typename: 'Mutation', dismissReviewReport: { __typename: 'DismissReviewReportPayload', review: { __typename: 'Review', id: string, reportDismissedAt: string | null } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type RescheduleMyBookingMutationVariables = Exact<{
  input: RescheduleBookingInput;
}>;


export type RescheduleMyBookingMutation = { __typename: 'Mutation', rescheduleBooking: { __typename: 'RescheduleBookingPayload', booking: { __typename: 'Booking', id: string, startsAt: string, status: BookingStatus } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type SalonCalendarQueryVariables = Exact<{
  salonId: string | number;
  date: string;
  days?: number | null | undefined;
  staffId?: string | number | null | undefined;
}>;


export type SalonCalendarQuery = { __typename: 'Query', salonCalendar: { __typename: 'SalonCalendar', timeZone: string, slotIntervalMinutes: number, now: string, days: Array<{ __typename: 'CalendarDay', date: string, startsAt: string, endsAt: string, closed: boolean, closureReason: string, scheduleName: string }>, columns: Array<{ __typename: 'CalendarColumn', staff: { __typename: 'StaffMember', id: string, displayName: string, services: Array<{ __typename: 'Service', id: string, name: string, durationMinutes: number, priceHalalas: number }> }, workingHours: Array<{ __typename: 'TimeSpan', startsAt: string, endsAt: string }>, timeOff: Array<{ __typename: 'TimeSpan', startsAt: string, endsAt: string, reason: string }>, bookings: Array<{ __typename: 'Booking', id: string, status: BookingStatus, version: number, checkedInAt: string | null, startsAt: string, endsAt: string, blockedUntil: string, customerPhoneNumber: string, visitPosition: number | null, customer: { __typename: 'User', displayName: string }, service: { __typename: 'Service', id: string, name: string }, staff: { __typename: 'StaffMember', id: string, displayName: string }, payment: { __typename: 'Payment', status: PaymentStatus } | null, fee: { __typename: 'BookingFee', kind: FeeKind, amountHalalas: number, status: FeeStatus, chargedToSavedCard: boolean } | null, visit: { __typename: 'Visit', id: string, startsAt: string, parts: Array<{ __typename: 'Booking', id: string, service: { __typename: 'Service', id: string }, staff: { __typename: 'StaffMember', id: string } }> } | null }> }> } };

export type ManagerReviewsQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerReviewsQuery = { __typename: 'Query', salon: { __typename: 'Salon', id: string, reviews: { __typename: 'ReviewConnection', edges: Array<{ __typename: 'ReviewEdge', node: { __typename: 'Review', id: string, rating: number, comment: string, createdAt: string, reportedAt: string | null, customer: { __typename: 'User', displayName: string }, reply: { __typename: 'ReviewReply', text: string, editedAt: string | null } | null } }> } } | null };

export type ReplyToReviewMutationVariables = Exact<{
  input: ReplyToReviewInput;
}>;


export type ReplyToReviewMutation = { __typename: 'Mutation', replyToReview: { __typename: 'ReplyToReviewPayload', review: { __typename: 'Review', id: string, reply: { __typename: 'ReviewReply', text: string, createdAt: string, editedAt: string | null } | null } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type ReportReviewMutationVariables = Exact<{
  input: ReportReviewInput;
}>;


export type ReportReviewMutation = { __typename: 'Mutation', reportReview: { __typename: 'ReportReviewPayload', review: { __typename: 'Review', id: string, reportedAt: string | null, reportReason: string | null } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type SalonCitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SalonCitiesQuery = { __typename: 'Query', salonCities: Array<{ __typename: 'SalonCity', city: City, districts: Array<{ __typename: 'SalonDistrict', name: string, latitude: number | null, longitude: number | null }> }> };

export type ConfirmStcPaymentMutationVariables = Exact<{
  input: ConfirmStcPaymentInput;
}>;


export type ConfirmStcPaymentMutation = { __typename: 'Mutation', confirmStcPayment: { __typename: 'ConfirmStcPaymentPayload', payment: { __typename: 'Payment', id: string, status: PaymentStatus } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type SalonTeamQueryVariables = Exact<{
  salonId: string | number;
}>;


export type SalonTeamQuery = { __typename: 'Query', salonTeam: { __typename: 'SalonTeam', members: Array<{ __typename: 'SalonMember', role: SalonRole, phoneNumber: string, user: { __typename: 'User', id: string, displayName: string } }>, stylists: Array<{ __typename: 'StaffMember', id: string, displayName: string, isActive: boolean }>, invitations: Array<{ __typename: 'SalonInvitation', id: string, phoneNumber: string, role: SalonRole, displayName: string }>, bookingsToHandle: Array<{ __typename: 'Booking', id: string, version: number, startsAt: string, service: { __typename: 'Service', name: string }, customer: { __typename: 'User', displayName: string }, staff: { __typename: 'StaffMember', displayName: string } }> } };

export type InviteToSalonMutationVariables = Exact<{
  input: InviteToSalonInput;
}>;


export type InviteToSalonMutation = { __typename: 'Mutation', inviteToSalon: { __typename: 'InviteToSalonPayload', invitation: { __typename: 'SalonInvitation', id: string } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type RevokeInvitationMutationVariables = Exact<{
  input: SalonInvitationInput;
}>;


export type RevokeInvitationMutation = { __typename: 'Mutation', revokeSalonInvitation: { __typename: 'RevokeSalonInvitationPayload', invitation: { __typename: 'SalonInvitation', id: string, status: InvitationStatus } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type DeactivateStylistMutationVariables = Exact<{
  input: DeactivateStaffMemberInput;
}>;


export type DeactivateStylistMutation = { __typename: 'Mutation', deactivateStaffMember: { __typename: 'DeactivateStaffMemberPayload', staffMember: { __typename: 'StaffMember', id: string, isActive: boolean } | null, bookingsToHandle: Array<{ __typename: 'Booking', id: string }>, errors: Array<{ __typename: 'UserError', message: string }> } };

export type MoveLeftBookingMutationVariables = Exact<{
  input: RescheduleBookingInput;
}>;


export type MoveLeftBookingMutation = { __typename: 'Mutation', rescheduleBooking: { __typename: 'RescheduleBookingPayload', booking: { __typename: 'Booking', id: string, staff: { __typename: 'StaffMember', id: string } } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type CancelLeftBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type CancelLeftBookingMutation = { __typename: 'Mutation', cancelBooking: { __typename: 'CancelBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeSalonMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { __typename: 'Mutation', changeSalonMemberRole: { __typename: 'ChangeSalonMemberRolePayload', member: { __typename: 'SalonMember', role: SalonRole, user: { __typename: 'User', id: string } } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type StaffTimeOffQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffTimeOffQuery = { __typename: 'Query', staffMember: { __typename: 'StaffMember', id: string, timeOff: Array<{ __typename: 'TimeOff', id: string, startsAt: string, endsAt: string, reason: string }> } | null };

export type AddTimeOffMutationVariables = Exact<{
  input: AddTimeOffInput;
}>;


export type AddTimeOffMutation = { __typename: 'Mutation', addTimeOff: { __typename: 'AddTimeOffPayload', timeOff: { __typename: 'TimeOff', id: string } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type RemoveTimeOffMutationVariables = Exact<{
  input: RemoveTimeOffInput;
}>;


export type RemoveTimeOffMutation = { __typename: 'Mutation', removeTimeOff: { __typename: 'RemoveTimeOffPayload', removedTimeOffId: string | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type AvailableVisitDaysQueryVariables = Exact<{
  input: AvailableVisitDaysInput;
}>;


export type AvailableVisitDaysQuery = { __typename: 'Query', availableVisitDays: Array<string> };

export type AvailableVisitStartsQueryVariables = Exact<{
  input: AvailableVisitStartsInput;
}>;


export type AvailableVisitStartsQuery = { __typename: 'Query', availableVisitStarts: Array<{ __typename: 'VisitSlot', startsAt: string, endsAt: string, parts: Array<{ __typename: 'Slot', startsAt: string, endsAt: string, staff: { __typename: 'StaffMember', id: string, displayName: string } }> }> };

export type BookVisitMutationVariables = Exact<{
  input: BookVisitInput;
}>;


export type BookVisitMutation = { __typename: 'Mutation', bookVisit: { __typename: 'BookVisitPayload', visit: { __typename: 'Visit', id: string, totalHalalas: number, parts: Array<{ __typename: 'Booking', id: string, holdExpiresAt: string | null, nextPayment: { __typename: 'DuePayment', purpose: PaymentPurpose, amountHalalas: number, savesCard: boolean } | null }> } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RescheduleVisitMutationVariables = Exact<{
  input: RescheduleVisitInput;
}>;


export type RescheduleVisitMutation = { __typename: 'Mutation', rescheduleVisit: { __typename: 'RescheduleVisitPayload', visit: { __typename: 'Visit', id: string, startsAt: string, parts: Array<{ __typename: 'Booking', id: string, startsAt: string, endsAt: string, version: number }> } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type JoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type JoinWaitlistMutation = { __typename: 'Mutation', joinWaitlist: { __typename: 'JoinWaitlistPayload', entry: { __typename: 'WaitlistEntry', id: string, status: WaitlistEntryStatus } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type WaitlistOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type WaitlistOfferQuery = { __typename: 'Query', waitlistOffer: { __typename: 'WaitlistOffer', id: string, status: WaitlistOfferStatus, startsAt: string, expiresAt: string, staff: { __typename: 'StaffMember', id: string, displayName: string }, booking: { __typename: 'Booking', id: string, status: BookingStatus, priceHalalas: number, salon: { __typename: 'Salon', id: string, name: string, timeZone: string }, service: { __typename: 'Service', id: string, name: string, durationMinutes: number } } } | null };

export type AcceptWaitlistOfferMutationVariables = Exact<{
  input: AcceptWaitlistOfferInput;
}>;


export type AcceptWaitlistOfferMutation = { __typename: 'Mutation', acceptWaitlistOffer: { __typename: 'AcceptWaitlistOfferPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus, holdExpiresAt: string | null, nextPayment: { __typename: 'DuePayment', purpose: PaymentPurpose, amountHalalas: number, savesCard: boolean } | null } | null, offer: { __typename: 'WaitlistOffer', id: string, status: WaitlistOfferStatus } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MyWaitlistQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWaitlistQuery = { __typename: 'Query', myWaitlist: Array<{ __typename: 'WaitlistEntry', id: string, status: WaitlistEntryStatus, dateFrom: string, dateTo: string, partOfDay: WaitlistPartOfDay | null, timeFrom: string | null, timeTo: string | null, service: { __typename: 'Service', id: string, name: string }, salon: { __typename: 'Salon', id: string, name: string, timeZone: string }, staff: { __typename: 'StaffMember', id: string, displayName: string } | null, offer: { __typename: 'WaitlistOffer', id: string, startsAt: string, expiresAt: string } | null }> };

export type LeaveWaitlistMutationVariables = Exact<{
  input: LeaveWaitlistInput;
}>;


export type LeaveWaitlistMutation = { __typename: 'Mutation', leaveWaitlist: { __typename: 'LeaveWaitlistPayload', entry: { __typename: 'WaitlistEntry', id: string, status: WaitlistEntryStatus } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type SalonWaitlistQueryVariables = Exact<{
  salonId: string | number;
}>;


export type SalonWaitlistQuery = { __typename: 'Query', salonWaitlist: Array<{ __typename: 'WaitlistEntry', id: string, status: WaitlistEntryStatus, customerName: string, dateFrom: string, dateTo: string, partOfDay: WaitlistPartOfDay | null, timeFrom: string | null, timeTo: string | null, service: { __typename: 'Service', id: string, name: string }, staff: { __typename: 'StaffMember', id: string, displayName: string } | null, offer: { __typename: 'WaitlistOffer', id: string, startsAt: string, expiresAt: string } | null }> };

export type StaffWeeklyHoursQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffWeeklyHoursQuery = { __typename: 'Query', staffMember: { __typename: 'StaffMember', id: string, weeklyHours: Array<{ __typename: 'WeeklyHours', weekday: Weekday, startTime: string, endTime: string }> } | null };

export type SetWeeklyHoursMutationVariables = Exact<{
  input: SetWeeklyHoursInput;
}>;


export type SetWeeklyHoursMutation = { __typename: 'Mutation', setWeeklyHours: { __typename: 'SetWeeklyHoursPayload', staffMember: { __typename: 'StaffMember', id: string, weeklyHours: Array<{ __typename: 'WeeklyHours', weekday: Weekday, startTime: string, endTime: string }> } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type SalonScheduleExceptionsQueryVariables = Exact<{
  id: string | number;
  year: number;
  nextYear: number;
}>;


export type SalonScheduleExceptionsQuery = { __typename: 'Query', salon: { __typename: 'Salon', id: string, thisYear: Array<{ __typename: 'ScheduleException', id: string, name: string, startDate: string, endDate: string, calendar: YearlyCalendar, ranges: Array<{ __typename: 'TimeRange', startTime: string, endTime: string }> }>, nextYear: Array<{ __typename: 'ScheduleException', id: string, name: string, startDate: string, endDate: string, calendar: YearlyCalendar, ranges: Array<{ __typename: 'TimeRange', startTime: string, endTime: string }> }> } | null };

export type AddScheduleExceptionMutationVariables = Exact<{
  input: AddScheduleExceptionInput;
}>;


export type AddScheduleExceptionMutation = { __typename: 'Mutation', addScheduleException: { __typename: 'AddScheduleExceptionPayload', exception: { __typename: 'ScheduleException', id: string } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type UpdateScheduleExceptionMutationVariables = Exact<{
  input: UpdateScheduleExceptionInput;
}>;


export type UpdateScheduleExceptionMutation = { __typename: 'Mutation', updateScheduleException: { __typename: 'UpdateScheduleExceptionPayload', exception: { __typename: 'ScheduleException', id: string } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type RemoveScheduleExceptionMutationVariables = Exact<{
  input: RemoveScheduleExceptionInput;
}>;


export type RemoveScheduleExceptionMutation = { __typename: 'Mutation', removeScheduleException: { __typename: 'RemoveScheduleExceptionPayload', removedExceptionId: string | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type CopyScheduleExceptionsMutationVariables = Exact<{
  input: CopyScheduleExceptionsInput;
}>;


export type CopyScheduleExceptionsMutation = { __typename: 'Mutation', copyScheduleExceptions: { __typename: 'CopyScheduleExceptionsPayload', exceptions: Array<{ __typename: 'ScheduleException', id: string }>, errors: Array<{ __typename: 'UserError', message: string }> } };

export type SalonOpeningHoursQueryVariables = Exact<{
  id: string | number;
}>;


export type SalonOpeningHoursQuery = { __typename: 'Query', salon: { __typename: 'Salon', id: string, openingHours: Array<{ __typename: 'OpeningHours', id: string, weekday: Weekday, startTime: string, endTime: string }> } | null };

export type SetOpeningHoursMutationVariables = Exact<{
  input: SetOpeningHoursInput;
}>;


export type SetOpeningHoursMutation = { __typename: 'Mutation', setOpeningHours: { __typename: 'SetOpeningHoursPayload', salon: { __typename: 'Salon', id: string, openingHours: Array<{ __typename: 'OpeningHours', id: string, weekday: Weekday, startTime: string, endTime: string }> } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me: { __typename: 'User', id: string, firstName: string, lastName: string, displayName: string, needsName: boolean, role: UserRole, phoneNumber: string, email: string | null, preferredLanguage: Language, isPlatformAdmin: boolean } | null };

export type SaveLanguageMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type SaveLanguageMutation = { __typename: 'Mutation', updateProfile: { __typename: 'UpdateProfilePayload', user: { __typename: 'User', id: string, preferredLanguage: Language } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename: 'Mutation', signOut: { __typename: 'SignOutPayload', signedOut: boolean } };

export type ApplicationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationQueueQuery = { __typename: 'Query', salonApplications: { __typename: 'SalonApplicationConnection', edges: Array<{ __typename: 'SalonApplicationEdge', node: { __typename: 'SalonApplication', id: string, nameAr: string, nameEn: string, city: City, district: string, latitude: number, longitude: number, commercialRegistrationNumber: string, vatNumber: string, clientele: Clientele, createdAt: string, applicant: { __typename: 'User', id: string, displayName: string } } }> } };

export type PlatformSalonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformSalonsQuery = { __typename: 'Query', platformSalons: { __typename: 'PlatformSalonConnection', edges: Array<{ __typename: 'PlatformSalonEdge', node: { __typename: 'Salon', id: string, name: string, isActive: boolean, suspendedAt: string | null, suspensionReason: string | null } }> } };

export type ApproveApplicationMutationVariables = Exact<{
  input: ApproveSalonApplicationInput;
}>;


export type ApproveApplicationMutation = { __typename: 'Mutation', approveSalonApplication: { __typename: 'ApproveSalonApplicationPayload', application: { __typename: 'SalonApplication', id: string, status: SalonApplicationStatus } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type RejectApplicationMutationVariables = Exact<{
  input: RejectSalonApplicationInput;
}>;


export type RejectApplicationMutation = { __typename: 'Mutation', rejectSalonApplication: { __typename: 'RejectSalonApplicationPayload', application: { __typename: 'SalonApplication', id: string, status: SalonApplicationStatus } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type SuspendSalonMutationVariables = Exact<{
  input: SuspendSalonInput;
}>;


export type SuspendSalonMutation = { __typename: 'Mutation', suspendSalon: { __typename: 'SuspendSalonPayload', salon: { __typename: 'Salon', id: string, isActive: boolean, suspendedAt: string | null, suspensionReason: string | null } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type ReinstateSalonMutationVariables = Exact<{
  input: ReinstateSalonInput;
}>;


export type ReinstateSalonMutation = { __typename: 'Mutation', reinstateSalon: { __typename: 'ReinstateSalonPayload', salon: { __typename: 'Salon', id: string, isActive: boolean, suspendedAt: string | null, suspensionReason: string | null } | null, errors: Array<{ __typename: 'UserError', message: string }> } };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { __typename: 'Query', myApplications: Array<{ __typename: 'SalonApplication', id: string, nameAr: string, nameEn: string, status: SalonApplicationStatus, rejectionReason: string | null, salon: { __typename: 'Salon', id: string } | null }> };

export type ApplyToListSalonMutationVariables = Exact<{
  input: ApplyToListSalonInput;
}>;


export type ApplyToListSalonMutation = { __typename: 'Mutation', applyToListSalon: { __typename: 'ApplyToListSalonPayload', application: { __typename: 'SalonApplication', id: string, status: SalonApplicationStatus } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type MyBookingsQueryVariables = Exact<{
  upcoming?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type MyBookingsQuery = { __typename: 'Query', myBookings: { __typename: 'BookingConnection', edges: Array<{ __typename: 'BookingEdge', node: { __typename: 'Booking', id: string, status: BookingStatus, startsAt: string, priceHalalas: number, holdExpiresAt: string | null, cancellableUntil: string, visitPosition: number | null, salon: { __typename: 'Salon', id: string, name: string, timeZone: string, cancellationCutoffHours: number, phone: string }, service: { __typename: 'Service', id: string, name: string }, staff: { __typename: 'StaffMember', id: string, displayName: string }, payment: { __typename: 'Payment', status: PaymentStatus } | null, nextPayment: { __typename: 'DuePayment', purpose: PaymentPurpose, amountHalalas: number, savesCard: boolean } | null, paymentTerms: { __typename: 'PaymentTerms', prepayment: Prepayment, onlineDueHalalas: number, guarantee: boolean, balanceHalalas: number, noShowFeeHalalas: number, noShowGraceMinutes: number, lateCancelFeeHalalas: number, lateCancelWindowHours: number, savesCard: boolean, savesCardBeyondDays: number | null }, fee: { __typename: 'BookingFee', kind: FeeKind, amountHalalas: number, status: FeeStatus, chargedToSavedCard: boolean } | null, invoices: Array<{ __typename: 'Invoice', id: string, kind: InvoiceKind, reference: string }>, visit: { __typename: 'Visit', id: string, totalHalalas: number, parts: Array<{ __typename: 'Booking', id: string, service: { __typename: 'Service', id: string }, staff: { __typename: 'StaffMember', id: string } }> } | null, review: { __typename: 'Review', id: string, rating: number, comment: string, editableUntil: string, hiddenAt: string | null, hiddenReason: string | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CancelMyBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type CancelMyBookingMutation = { __typename: 'Mutation', cancelBooking: { __typename: 'CancelBookingPayload', booking: { __typename: 'Booking', id: string, status: BookingStatus } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type ReviewBookingMutationVariables = Exact<{
  input: CreateReviewInput;
}>;


export type ReviewBookingMutation = { __typename: 'Mutation', createReview: { __typename: 'CreateReviewPayload', review: { __typename: 'Review', id: string } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type EditMyReviewMutationVariables = Exact<{
  input: EditReviewInput;
}>;


export type EditMyReviewMutation = { __typename: 'Mutation', editReview: { __typename: 'EditReviewPayload', review: { __typename: 'Review', id: string, rating: number, comment: string, editedAt: string | null } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type HomeSalonsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SalonFilter | null | undefined;
}>;


export type HomeSalonsQuery = { __typename: 'Query', salons: { __typename: 'SalonConnection', edges: Array<{ __typename: 'SalonEdge', cursor: string, node: { __typename: 'Salon', id: string, name: string, city: City, district: string, ratingAverage: number, reviewCount: number, distanceMeters: number | null, services: Array<{ __typename: 'Service', id: string }>, priceRange: { __typename: 'PriceRange', minHalalas: number, maxHalalas: number } | null, photos: Array<{ __typename: 'SalonPhoto', url: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type InvoiceDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceDocumentQuery = { __typename: 'Query', invoice: { __typename: 'Invoice', id: string, kind: InvoiceKind, number: number, reference: string, issuedAt: string, sellerNameAr: string, sellerNameEn: string, vatNumber: string | null, sellerAddress: string, totalHalalas: number, vatHalalas: number, currency: string, qrCode: string, reason: string | null, lines: Array<{ __typename: 'InvoiceLine', descriptionAr: string, descriptionEn: string, quantity: number, unitPriceHalalas: number, totalHalalas: number, vatHalalas: number }>, paymentMeans: Array<{ __typename: 'InvoicePayment', method: PaymentMeans, amountHalalas: number }>, originalInvoice: { __typename: 'Invoice', id: string, reference: string } | null, booking: { __typename: 'Booking', id: string, salon: { __typename: 'Salon', timeZone: string } } } };

export type RequestCodeMutationVariables = Exact<{
  input: RequestPhoneCodeInput;
}>;


export type RequestCodeMutation = { __typename: 'Mutation', requestPhoneCode: { __typename: 'RequestPhoneCodePayload', requestId: string | null, expiresAt: string | null, retryAfterSeconds: number | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VerifyCodeMutationVariables = Exact<{
  input: VerifyPhoneCodeInput;
}>;


export type VerifyCodeMutation = { __typename: 'Mutation', verifyPhoneCode: { __typename: 'VerifyPhoneCodePayload', accessToken: string | null, refreshToken: string | null, user: { __typename: 'User', id: string, firstName: string, role: UserRole } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MySalonsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySalonsQuery = { __typename: 'Query', mySalons: Array<{ __typename: 'Salon', id: string, name: string, nameAr: string, nameEn: string, descriptionAr: string, descriptionEn: string, phone: string, timeZone: string, requiresPrepayment: boolean, autoConfirm: boolean, cancellationCutoffHours: number, minimumNoticeMinutes: number }> };

export type SalonPaymentsQueryVariables = Exact<{
  salonId: string | number;
}>;


export type SalonPaymentsQuery = { __typename: 'Query', salonPayments: { __typename: 'PaymentConnection', edges: Array<{ __typename: 'PaymentEdge', node: { __typename: 'Payment', id: string, status: PaymentStatus, amountHalalas: number, refundedHalalas: number, cardCompany: string | null, cardLast4: string | null, createdAt: string, booking: { __typename: 'Booking', id: string, service: { __typename: 'Service', name: string }, customer: { __typename: 'User', displayName: string } } } }> } };

export type RefundFromManagerMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type RefundFromManagerMutation = { __typename: 'Mutation', refundPayment: { __typename: 'RefundPaymentPayload', payment: { __typename: 'Payment', id: string, status: PaymentStatus, refundedHalalas: number } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type UpdateSalonSettingsMutationVariables = Exact<{
  input: UpdateSalonInput;
}>;


export type UpdateSalonSettingsMutation = { __typename: 'Mutation', updateSalon: { __typename: 'UpdateSalonPayload', salon: { __typename: 'Salon', id: string, name: string, nameAr: string, nameEn: string, descriptionAr: string, descriptionEn: string, phone: string, requiresPrepayment: boolean, autoConfirm: boolean, cancellationCutoffHours: number, minimumNoticeMinutes: number } | null, errors: Array<{ __typename: 'UserError', message: string, field: Array<string> | null }> } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { __typename: 'Mutation', updateProfile: { __typename: 'UpdateProfilePayload', user: { __typename: 'User', id: string, firstName: string, lastName: string, email: string | null, preferredLanguage: Language } | null, errors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReportSalonsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSalonsQuery = { __typename: 'Query', mySalons: Array<{ __typename: 'Salon', id: string, name: string, timeZone: string }> };

export type SalonReportQueryVariables = Exact<{
  salonId: string | number;
  period: ReportPeriod;
  date: string;
  to?: string | null | undefined;
}>;


export type SalonReportQuery = { __typename: 'Query', salonReport: { __typename: 'SalonReport', salonId: string, timeZone: string, period: ReportPeriod, current: { __typename: 'ReportFigures', range: { __typename: 'ReportRange', startDate: string, endDate: string }, revenue: { __typename: 'ReportRevenue', grossHalalas: number, refundsHalalas: number, netHalalas: number, vatHalalas: number, onlineHalalas: number, counterHalalas: number }, bookings: { __typename: 'ReportBookings', count: number, noShowRate: number | null, cancellationRate: number | null, byStatus: Array<{ __typename: 'ReportStatusCount', status: BookingStatus, count: number }> }, utilisation: Array<{ __typename: 'StylistUtilisation', staffId: string, bookedMinutes: number, availableMinutes: number, rate: number | null, staff: { __typename: 'StaffMember', id: string, displayName: string } }>, topServices: Array<{ __typename: 'ReportService', serviceId: string, bookingCount: number, bookedHalalas: number, service: { __typename: 'Service', id: string, name: string } }>, customers: { __typename: 'ReportCustomers', newCustomers: number, returningCustomers: number } }, previous: { __typename: 'ReportFigures', range: { __typename: 'ReportRange', startDate: string, endDate: string }, revenue: { __typename: 'ReportRevenue', grossHalalas: number, refundsHalalas: number, netHalalas: number, vatHalalas: number, onlineHalalas: number, counterHalalas: number }, bookings: { __typename: 'ReportBookings', count: number, noShowRate: number | null, cancellationRate: number | null, byStatus: Array<{ __typename: 'ReportStatusCount', status: BookingStatus, count: number }> }, utilisation: Array<{ __typename: 'StylistUtilisation', staffId: string, bookedMinutes: number, availableMinutes: number, rate: number | null, staff: { __typename: 'StaffMember', id: string, displayName: string } }>, topServices: Array<{ __typename: 'ReportService', serviceId: string, bookingCount: number, bookedHalalas: number, service: { __typename: 'Service', id: string, name: string } }>, customers: { __typename: 'ReportCustomers', newCustomers: number, returningCustomers: number } } } };

export type SalonPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type SalonPageQuery = { __typename: 'Query', salon: { __typename: 'Salon', id: string, name: string, description: string, city: City, district: string, address: string, phone: string, timeZone: string, ratingAverage: number, reviewCount: number, requiresPrepayment: boolean, cancellationCutoffHours: number, priceRange: { __typename: 'PriceRange', minHalalas: number, maxHalalas: number } | null, photos: Array<{ __typename: 'SalonPhoto', url: string, srcset: string | null, width: number | null, height: number | null, position: number }>, services: Array<{ __typename: 'Service', id: string, name: string, category: ServiceCategory, durationMinutes: number, priceHalalas: number, paymentTerms: { __typename: 'PaymentTerms', prepayment: Prepayment, onlineDueHalalas: number, guarantee: boolean, balanceHalalas: number, noShowFeeHalalas: number, noShowGraceMinutes: number, lateCancelFeeHalalas: number, lateCancelWindowHours: number, savesCardBeyondDays: number | null } }>, staff: Array<{ __typename: 'StaffMember', id: string, displayName: string, bio: string, services: Array<{ __typename: 'Service', id: string }> }>, reviews: { __typename: 'ReviewConnection', edges: Array<{ __typename: 'ReviewEdge', cursor: string, node: { __typename: 'Review', id: string, rating: number, comment: string, createdAt: string, customer: { __typename: 'User', displayName: string }, service: { __typename: 'Service', id: string, name: string } | null, staff: { __typename: 'StaffMember', id: string, displayName: string } | null, reply: { __typename: 'ReviewReply', text: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type MyWorkplacesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkplacesQuery = { __typename: 'Query', myWorkplaces: Array<{ __typename: 'Workplace', roles: Array<SalonRole>, salon: { __typename: 'Salon', id: string, name: string, timeZone: string }, staffMember: { __typename: 'StaffMember', id: string, photoConsent: boolean } | null }> };


export const RefreshDocument = {"__meta__":{"hash":"sha256:27737824d76833d3a87b6fb597b79c6d87da6108eef7f67fb2346d022125d544"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const SalonAuditLogDocument = {"__meta__":{"hash":"sha256:f6da76bd4ffa950e4ea400f22e428297564d1ec5de02eaa893bb17fd637f7aca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salonAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SalonAuditLogQuery, SalonAuditLogQueryVariables>;
export const ConfirmFromCalendarDocument = {"__meta__":{"hash":"sha256:c3c06df1df1daea84836a94555232e25947556d5110dee541789764523eb864f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmFromCalendarMutation, ConfirmFromCalendarMutationVariables>;
export const CompleteFromCalendarDocument = {"__meta__":{"hash":"sha256:51257952ad4fbce4594eeb9401fa90643da21eb9313e0be28ffc342e2a4b0fef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteFromCalendarMutation, CompleteFromCalendarMutationVariables>;
export const CheckInFromCalendarDocument = {"__meta__":{"hash":"sha256:c8a9675c4b675a3bfb416aa90187c25c6a1d46bcdd24b14e8b016f6543664bb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"checkInBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInFromCalendarMutation, CheckInFromCalendarMutationVariables>;
export const NoShowFromCalendarDocument = {"__meta__":{"hash":"sha256:20b75f343e83f8f67bf4cae1c2e0fbdbc5358e8020ccdeec2fb380db1eab0087"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoShowFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNoShowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NoShowFromCalendarMutation, NoShowFromCalendarMutationVariables>;
export const MoveFromCalendarDocument = {"__meta__":{"hash":"sha256:adc48ed4a7b795c723844b002faa8838632a90315f5708481377f72984a3566b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MoveFromCalendarMutation, MoveFromCalendarMutationVariables>;
export const RefundFeeFromCalendarDocument = {"__meta__":{"hash":"sha256:500358a5a8f598bc959bf209a231f948d89d46611c053cd2d732a7cedc05d048"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundFeeFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundBookingFeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refundBookingFee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundFeeFromCalendarMutation, RefundFeeFromCalendarMutationVariables>;
export const CancelFromCalendarDocument = {"__meta__":{"hash":"sha256:173e1de87e0025e61ef5248c1f699ae47a69be80009154b40d2851836ef983e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelFromCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CancelFromCalendarMutation, CancelFromCalendarMutationVariables>;
export const AvailableDaysDocument = {"__meta__":{"hash":"sha256:c58c1e83ad4370569e497a9901fc941f2c5efecdd8c29a2fab0c8a67d4f2d2cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AvailableDaysQuery, AvailableDaysQueryVariables>;
export const AvailableSlotsDocument = {"__meta__":{"hash":"sha256:606b79497519cc200bfa18e2d89dd01bc9d82eb9c85953e980c24f32669b19e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const CreateBookingDocument = {"__meta__":{"hash":"sha256:3f996faf79055d3841f23e30b29d68d940433fec15784a73b71b91c0f359f777"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"savesCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBookingMutation, CreateBookingMutationVariables>;
export const BookingMessagesDocument = {"__meta__":{"hash":"sha256:30b7022669d5eab42fcfc36cccd83e5d8998679a858542986335340a899ec04e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatusAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<BookingMessagesQuery, BookingMessagesQueryVariables>;
export const ManageCatalogDocument = {"__meta__":{"hash":"sha256:7291a1b5a8d6a52308bc59506aece2fa40cd1e08e66427f27e89592af29cd55e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManageCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ManageCatalogQuery, ManageCatalogQueryVariables>;
export const CreateServiceDocument = {"__meta__":{"hash":"sha256:9d729a95df6a134665e6ecce230eb1e3a0ec02f1839694db5c7a585a54137a43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const UpdateServiceDocument = {"__meta__":{"hash":"sha256:2ee0a1d96fb2ed106cafa025fd900f3179047258c852ac0266c2fdd1b5bf79d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const ArchiveServiceDocument = {"__meta__":{"hash":"sha256:5f74c7c33053213c488ecdccafcddfe59891f0e49b5c6dc2532c72abc87a0de5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"archiveService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveServiceMutation, ArchiveServiceMutationVariables>;
export const AddStaffDocument = {"__meta__":{"hash":"sha256:857ca3dde3bd485a1859575fd335648680d0e175b83966f6f0412129e90f2585"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddStaffMutation, AddStaffMutationVariables>;
export const AddClosureDocument = {"__meta__":{"hash":"sha256:51761bbf72a4b6a790b1f1a5d29d77e112df48e924a7c2530df1ac17fbf2bb67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSalonClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addSalonClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddClosureMutation, AddClosureMutationVariables>;
export const RemoveClosureDocument = {"__meta__":{"hash":"sha256:e838b6984cf7995e73dc0f851cef6773955ba99ed16716f56154d953ba26aa1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveSalonClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeSalonClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removedClosureId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveClosureMutation, RemoveClosureMutationVariables>;
export const RecordCounterPaymentDocument = {"__meta__":{"hash":"sha256:69e014ac84f18aaa84d704baa8055702c573750303a274265f1766e333218e4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCounterPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCounterPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordCounterPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCounterPaymentMutation, RecordCounterPaymentMutationVariables>;
export const BookingCounterPaymentsDocument = {"__meta__":{"hash":"sha256:d84348e1da972664ecb64a3f092d388bb1f976c2e0eda0210bec23abce6d9a12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingCounterPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"counterPayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookingCounterPaymentsQuery, BookingCounterPaymentsQueryVariables>;
export const RefundCounterPaymentDocument = {"__meta__":{"hash":"sha256:a22e3abd7a14ebcfe39049d73c956186d3e77b241ccee70a6f9b3a236bc33976"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundCounterPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundCounterPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refundCounterPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"counterPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RefundCounterPaymentMutation, RefundCounterPaymentMutationVariables>;
export const CreateFrontDeskBookingDocument = {"__meta__":{"hash":"sha256:2bdc96b3787d3f0b4524e2d287162c615e7891ffe97a8b16ccf47b16a03706fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFrontDeskBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFrontDeskBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createFrontDeskBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFrontDeskBookingMutation, CreateFrontDeskBookingMutationVariables>;
export const CreateWalkInBookingDocument = {"__meta__":{"hash":"sha256:bd7e5f2aba6cb89514bcd73e48612a924759fd46644272b69ef8ff4d9015442d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWalkInBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWalkInBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createWalkInBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWalkInBookingMutation, CreateWalkInBookingMutationVariables>;
export const FrontDeskVisitStartsDocument = {"__meta__":{"hash":"sha256:49a9a133848eb5b2156f99865d0ae683c3d4f5800a80d224eab5219915e1e9a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontDeskVisitStarts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FrontDeskVisitStartsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"frontDeskVisitStarts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrontDeskVisitStartsQuery, FrontDeskVisitStartsQueryVariables>;
export const CreateFrontDeskVisitDocument = {"__meta__":{"hash":"sha256:1791125072978fbcb5fc321ff028ea60ca1e8a75df0fb7673fbd6becaa789f2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFrontDeskVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFrontDeskVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createFrontDeskVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFrontDeskVisitMutation, CreateFrontDeskVisitMutationVariables>;
export const MyInvitationsDocument = {"__meta__":{"hash":"sha256:e7a164db73faeb6178ca7ee9fd83310fad925239c5de3de7d7be9b9397df80ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"sha256:3ac6e27d3722dc5d50f2318828d3a4ae3ac8ecb4ecde342c8ebde2b79f70eab9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalonInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptSalonInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = {"__meta__":{"hash":"sha256:a76d115945a250f41e6e9cef8c770ea25816eeb5e7d6a99f152381ac0d427550"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalonInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declineSalonInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const SalonInvoicesDocument = {"__meta__":{"hash":"sha256:c687a690f88368d06b36ad3b0cfbdc2c8321bfb4de8d74afa84d3280732498a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taxDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salonTakings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"counterHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundsHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"netHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteCount"}},{"kind":"Field","name":{"kind":"Name","value":"byMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"takenHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salonInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"originalInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SalonInvoicesQuery, SalonInvoicesQueryVariables>;
export const UpdateSalonTaxDetailsDocument = {"__meta__":{"hash":"sha256:9007234be3106e824eee8d07d9eaf0bfb73de47071b424dd042a87c34da1c389"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSalonTaxDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSalonTaxDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateSalonTaxDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"taxDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSalonTaxDetailsMutation, UpdateSalonTaxDetailsMutationVariables>;
export const MyMessageChannelDocument = {"__meta__":{"hash":"sha256:8ca5b1777d906f9dd893a088766e3a001b6dbdf975b82061d100c7cfeef61dd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMessageChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"}}]}}]}}]} as unknown as DocumentNode<MyMessageChannelQuery, MyMessageChannelQueryVariables>;
export const SetMyMessageChannelDocument = {"__meta__":{"hash":"sha256:98113ffa616865971e22e2f8b5a77e4f34ab53a23958629056cc5d2afd394518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyMessageChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageChannel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preferredChannel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetMyMessageChannelMutation, SetMyMessageChannelMutationVariables>;
export const MyMarketingConsentDocument = {"__meta__":{"hash":"sha256:3d0fcddeb66aa23874529614fe88ad57b657ecab8b4adefaafcf531c3a12eb79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMarketingConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyMarketingConsentQuery, MyMarketingConsentQueryVariables>;
export const SetMyMarketingConsentDocument = {"__meta__":{"hash":"sha256:54766f82c07c664a2e2aa7be409dff0e13e61f9aa006e69e988183b629b2cc8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyMarketingConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMarketingConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"granted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granted"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetMyMarketingConsentMutation, SetMyMarketingConsentMutationVariables>;
export const MyDataExportDocument = {"__meta__":{"hash":"sha256:120f4f0d52e9ea86aa94d2e91adb2ff9fc3df79478bb3167d6980205fdeecd82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"json"}}]}}]}}]} as unknown as DocumentNode<MyDataExportQuery, MyDataExportQueryVariables>;
export const RequestMyDeletionCodeDocument = {"__meta__":{"hash":"sha256:d708516a728c4954e865e955b1568a6ce47988d3ed70966d9b09c1e607ace734"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMyDeletionCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestAccountDeletionCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestMyDeletionCodeMutation, RequestMyDeletionCodeMutationVariables>;
export const DeleteMyAccountDocument = {"__meta__":{"hash":"sha256:a1f5b17b0e6c4dffd7255a5ad81536c2787408d5417627748aa6861479c0e7fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBookings"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const GiveNameDocument = {"__meta__":{"hash":"sha256:278da0aaa54e8c110317ea1e3902ada56b0ec0f3ef6535fe34d580bc62cd5f4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"needsName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GiveNameMutation, GiveNameMutationVariables>;
export const PaymentSettingsDocument = {"__meta__":{"hash":"sha256:d6359b1f75ef17544eae765363865dbec5661e1461fad3b559a3468a08c28b42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishableKey"}},{"kind":"Field","name":{"kind":"Name","value":"tokenUrl"}},{"kind":"Field","name":{"kind":"Name","value":"applePayStandIn"}},{"kind":"Field","name":{"kind":"Name","value":"applePayDisplayName"}}]}}]}}]} as unknown as DocumentNode<PaymentSettingsQuery, PaymentSettingsQueryVariables>;
export const ValidateApplePayMerchantDocument = {"__meta__":{"hash":"sha256:107a6a50f13e74351bda9f9cd158a1e8febdd6c20d00f841a07a41eeaab771c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateApplePayMerchant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateApplePayMerchantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"validateApplePayMerchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"merchantSession"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ValidateApplePayMerchantMutation, ValidateApplePayMerchantMutationVariables>;
export const StartPaymentDocument = {"__meta__":{"hash":"sha256:bcb28a865d19d00da8467d835172fd0f5f6da873cdb5c0a4075056d4892790c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartPaymentMutation, StartPaymentMutationVariables>;
export const SalonPaymentPolicyDocument = {"__meta__":{"hash":"sha256:9b4ef97c2b1e3ba72c583fe7d8850ec06d4ba245dd4091d6902042f87b63e7b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonPaymentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelWindowHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPolicyOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"halalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelWindowHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDueHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonPaymentPolicyQuery, SalonPaymentPolicyQueryVariables>;
export const RemoveServicePaymentPolicyDocument = {"__meta__":{"hash":"sha256:b4bcc00d6dacdfbebf9309273b005a7d700a58af9828e1fad094ea442b582919"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveServicePaymentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveServicePaymentPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeServicePaymentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveServicePaymentPolicyMutation, RemoveServicePaymentPolicyMutationVariables>;
export const SetPaymentPolicyDocument = {"__meta__":{"hash":"sha256:d1630de432df6474bd7db52c35d5ae7e96f3d2f636d6e682ad9f0041be7fc584"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPaymentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPaymentPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setPaymentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prepayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetPaymentPolicyMutation, SetPaymentPolicyMutationVariables>;
export const SetStylistPhotoConsentDocument = {"__meta__":{"hash":"sha256:7b8a616abc392a02d257d6c9fea5c5146cb7ceae9aac9d09efd5e766f988c938"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStylistPhotoConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStylistPhotoConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setStylistPhotoConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetStylistPhotoConsentMutation, SetStylistPhotoConsentMutationVariables>;
export const ManagerPhotosDocument = {"__meta__":{"hash":"sha256:13834448117cc608a8d7cd7daaf5666a2ff472424e908001c44f701650d0a251"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerPhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcset"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcset"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"photoConsent"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcset"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerPhotosQuery, ManagerPhotosQueryVariables>;
export const ReorderPhotosDocument = {"__meta__":{"hash":"sha256:6231324e811dc61c68f5bed3989412de995a5434446ea6782be29be4ea3f5cc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderPhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderPhotosInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPhotos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderPhotosMutation, ReorderPhotosMutationVariables>;
export const DeletePhotoDocument = {"__meta__":{"hash":"sha256:bdf27cba5dc624378128fbcb33bfb81eb3992f6f9efcbb1de0289a0b5940b81a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePhotoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletePhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedPhotoId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeletePhotoMutation, DeletePhotoMutationVariables>;
export const ReportedReviewsDocument = {"__meta__":{"hash":"sha256:18a5de21c9bee0db98baf356ae5192c2e2f857c326f34a60cdbd4adcb6028727"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportedReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportedReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportReason"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportedReviewsQuery, ReportedReviewsQueryVariables>;
export const HideReviewDocument = {"__meta__":{"hash":"sha256:ba9079ed2be099f3b67e19eaedc0c4221b58e0f191e458275a331ad6156366e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HideReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hideReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HideReviewMutation, HideReviewMutationVariables>;
export const DismissReviewReportDocument = {"__meta__":{"hash":"sha256:fcdb55bd144bfe34b0abd6cd4e24ada7cd77a46451684b3084c1cfbc6fce09a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissReviewReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissReviewReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReviewReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportDismissedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DismissReviewReportMutation, DismissReviewReportMutationVariables>;
export const RescheduleMyBookingDocument = {"__meta__":{"hash":"sha256:5f741fd2b007e8cc91e3e8bc3031dd61c050761c572c9fd546d144b34b1e2cce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleMyBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleMyBookingMutation, RescheduleMyBookingMutationVariables>;
export const SalonCalendarDocument = {"__meta__":{"hash":"sha256:d5c06732681a4e7a1516e8a1766c797ce401316485ab3ef80cf4fae749b554fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salonCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotIntervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chargedToSavedCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPosition"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonCalendarQuery, SalonCalendarQueryVariables>;
export const ManagerReviewsDocument = {"__meta__":{"hash":"sha256:0e20603d442cb7bbde32e44ebc45cc79a18482fae8fb916b372492b32007f77c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerReviewsQuery, ManagerReviewsQueryVariables>;
export const ReplyToReviewDocument = {"__meta__":{"hash":"sha256:cfb9f0d8944d4458f06acb8a0d55ea78118d7aecd6a1a1821e35aa10e0dcb19e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replyToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyToReviewMutation, ReplyToReviewMutationVariables>;
export const ReportReviewDocument = {"__meta__":{"hash":"sha256:1ac773a75802208c1996db64c1612a84be9e7de5f2e3ba4bc88fa6a2b5ee1225"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReportReviewMutation, ReportReviewMutationVariables>;
export const SalonCitiesDocument = {"__meta__":{"hash":"sha256:fc9614d66b32f415fa867a6c41c4a88470b15672f8245fc4de0823dc709837bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salonCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<SalonCitiesQuery, SalonCitiesQueryVariables>;
export const ConfirmStcPaymentDocument = {"__meta__":{"hash":"sha256:a0f60fd2a2e471d0a92be28b2102f438a52d8aec30ae1099f415634e038e7f14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmStcPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmStcPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmStcPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmStcPaymentMutation, ConfirmStcPaymentMutationVariables>;
export const SalonTeamDocument = {"__meta__":{"hash":"sha256:30289aea6159a391e2fa08ae620f6e9a2a594cff131b97c4e95f061d223608af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salonTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stylists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingsToHandle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonTeamQuery, SalonTeamQueryVariables>;
export const InviteToSalonDocument = {"__meta__":{"hash":"sha256:8547c9f752a06b114d1e08d7cc269bef261048be4b84acb0c51633371f229c53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToSalon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteToSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<InviteToSalonMutation, InviteToSalonMutationVariables>;
export const RevokeInvitationDocument = {"__meta__":{"hash":"sha256:95aeb9656f3b897ff59e2f228060f650db09c6b7bfef6781477111d20640604e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalonInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSalonInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const DeactivateStylistDocument = {"__meta__":{"hash":"sha256:5af9d7c2c2cefd380ce3c78a3c224798acaee79a1db150490ffe333a058b23d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStylist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deactivateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingsToHandle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateStylistMutation, DeactivateStylistMutationVariables>;
export const MoveLeftBookingDocument = {"__meta__":{"hash":"sha256:f81b20cbf49562a79c7c95fb01f497e7145f2bd86c3394df18ae65b9083531eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveLeftBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MoveLeftBookingMutation, MoveLeftBookingMutationVariables>;
export const CancelLeftBookingDocument = {"__meta__":{"hash":"sha256:78853ee321d4ed0a2b28993dbc49c3d0bec2bc7764b6a7b17b80a5653ab9fe00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelLeftBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelLeftBookingMutation, CancelLeftBookingMutationVariables>;
export const ChangeMemberRoleDocument = {"__meta__":{"hash":"sha256:a1c2c2cce60bd286d2012099e557bb5e0ae5c658327a0c6079ebf67753fc8906"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSalonMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeSalonMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const StaffTimeOffDocument = {"__meta__":{"hash":"sha256:c65c31dd41c6cf62656ce3340f5079e841d7444f132ec9ca553148a1b98da736"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffTimeOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<StaffTimeOffQuery, StaffTimeOffQueryVariables>;
export const AddTimeOffDocument = {"__meta__":{"hash":"sha256:268b49a5b54802656e9afaa4fd26e5a95639fecaf34092d0a7116db8796e9058"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTimeOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTimeOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addTimeOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddTimeOffMutation, AddTimeOffMutationVariables>;
export const RemoveTimeOffDocument = {"__meta__":{"hash":"sha256:7f235e2914b8062e585d61b249e23006ec8c0558ae7c229d04bee94ca6bf0076"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTimeOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveTimeOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeTimeOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removedTimeOffId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTimeOffMutation, RemoveTimeOffMutationVariables>;
export const AvailableVisitDaysDocument = {"__meta__":{"hash":"sha256:c6a1a47461ddef670c4858cac46e6bdcffae0ffec80e65ee2d71fb7a283726f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableVisitDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableVisitDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableVisitDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AvailableVisitDaysQuery, AvailableVisitDaysQueryVariables>;
export const AvailableVisitStartsDocument = {"__meta__":{"hash":"sha256:af01089359150196408a7216fc02f41fed2456462276692d3e1004b611c504a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableVisitStarts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableVisitStartsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableVisitStarts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailableVisitStartsQuery, AvailableVisitStartsQueryVariables>;
export const BookVisitDocument = {"__meta__":{"hash":"sha256:2f0185e90848bdb0c63bf7c083c06deb73ade9e8806282af377909f7298ff8fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bookVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"savesCard"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<BookVisitMutation, BookVisitMutationVariables>;
export const RescheduleVisitDocument = {"__meta__":{"hash":"sha256:186c550fd85c9b60cd217f89333c4f5cc0bc43b75b76b8b0e82f26172dc7f80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleVisitMutation, RescheduleVisitMutationVariables>;
export const JoinWaitlistDocument = {"__meta__":{"hash":"sha256:fe2521c3104e9a60d1872d41021bc70de84cb69dd30fde85f452ddce06b1536c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"joinWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const WaitlistOfferDocument = {"__meta__":{"hash":"sha256:8ba72ac0c26348efdd5fc1a1a00fa2660bbc6e137e32b48d2061be8d5b85abac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WaitlistOfferQuery, WaitlistOfferQueryVariables>;
export const AcceptWaitlistOfferDocument = {"__meta__":{"hash":"sha256:f0389b3f0e5ec1c8dc6cbc12a092ef1ae4cd4dd72eaebff5c319b37d02c33f18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptWaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptWaitlistOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptWaitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"savesCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptWaitlistOfferMutation, AcceptWaitlistOfferMutationVariables>;
export const MyWaitlistDocument = {"__meta__":{"hash":"sha256:ffdda18416f99179004692214d20c6f3aa834b41307161c94ce9352e75b6264d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWaitlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myWaitlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"timeTo"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyWaitlistQuery, MyWaitlistQueryVariables>;
export const LeaveWaitlistDocument = {"__meta__":{"hash":"sha256:54def5134017a4ee3d0e0f6debea4834b7d1755a3ca950f203d1e6c455ba72fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LeaveWaitlistMutation, LeaveWaitlistMutationVariables>;
export const SalonWaitlistDocument = {"__meta__":{"hash":"sha256:334fe4b447a60a610ca72dfd765964ad7a8b56ca009cebea62966505bb9aebb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salonWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"timeTo"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<SalonWaitlistQuery, SalonWaitlistQueryVariables>;
export const StaffWeeklyHoursDocument = {"__meta__":{"hash":"sha256:bbcf7a76e1177c0e89e2b2e08af74039dcbe36c87332ae7a2dae31fcaad81350"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffWeeklyHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<StaffWeeklyHoursQuery, StaffWeeklyHoursQueryVariables>;
export const SetWeeklyHoursDocument = {"__meta__":{"hash":"sha256:0688c73b4af6578183b62da2f126bc034ef4f019b794d86ea43ec7440a79d2c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWeeklyHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWeeklyHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setWeeklyHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetWeeklyHoursMutation, SetWeeklyHoursMutationVariables>;
export const SalonScheduleExceptionsDocument = {"__meta__":{"hash":"sha256:0bb53bf97dac3548a92564a7d2ab2be662697ab286cc284ac891b40ff0aa32d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonScheduleExceptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"thisYear"},"name":{"kind":"Name","value":"scheduleExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nextYear"},"name":{"kind":"Name","value":"scheduleExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonScheduleExceptionsQuery, SalonScheduleExceptionsQueryVariables>;
export const AddScheduleExceptionDocument = {"__meta__":{"hash":"sha256:7232e4f4cbc5cdd25946e8d0576392b5b0895c736102c249e2842bcbce725852"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddScheduleException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddScheduleExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addScheduleException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddScheduleExceptionMutation, AddScheduleExceptionMutationVariables>;
export const UpdateScheduleExceptionDocument = {"__meta__":{"hash":"sha256:b2f26bc3966729e71b6e0b76765b725b3a9e5216e458b0bb0d614e74f48695a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScheduleException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduleExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateScheduleException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScheduleExceptionMutation, UpdateScheduleExceptionMutationVariables>;
export const RemoveScheduleExceptionDocument = {"__meta__":{"hash":"sha256:0cce5589e210175b27169f80cb16025f5f12963394432840e2ad1370a0a9a15f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveScheduleException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveScheduleExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeScheduleException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removedExceptionId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveScheduleExceptionMutation, RemoveScheduleExceptionMutationVariables>;
export const CopyScheduleExceptionsDocument = {"__meta__":{"hash":"sha256:5f6e1d196ddf6b7b9cf8490a8539e22a94d8e645d60a8776f403a596febf4a6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyScheduleExceptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyScheduleExceptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"copyScheduleExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CopyScheduleExceptionsMutation, CopyScheduleExceptionsMutationVariables>;
export const SalonOpeningHoursDocument = {"__meta__":{"hash":"sha256:f03379b0be815ce87a730d5b6c8289e7a9b3577cbd30ef763cb60de65c247783"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonOpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<SalonOpeningHoursQuery, SalonOpeningHoursQueryVariables>;
export const SetOpeningHoursDocument = {"__meta__":{"hash":"sha256:49bdbdb527c258f38ef8bea40f038df0ea8b1cdcb913145ff50bc18d626a30de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOpeningHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOpeningHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setOpeningHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetOpeningHoursMutation, SetOpeningHoursMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:56857e8f2a760951431071b73941fbd8390e561b106782ed9e2ba3dd5f0dda3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"needsName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SaveLanguageDocument = {"__meta__":{"hash":"sha256:4bffc47b27496152673f0b6368a0ede7521d5bcff5f374146b831ed8b376b48a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveLanguageMutation, SaveLanguageMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:1ae3b805918e21252d68f6c2ec5fed58c375bbbd7c2beed06067a693b0ecf25a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ApplicationQueueDocument = {"__meta__":{"hash":"sha256:918d1bdc413eb1cf3235ca4bf3a2bed93c8a972cd830510f249fcec0e6545aa8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salonApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"commercialRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientele"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationQueueQuery, ApplicationQueueQueryVariables>;
export const PlatformSalonsDocument = {"__meta__":{"hash":"sha256:8c69ac4aa9ec47698ed63391295f9586163b21028c8f973cb4a7b6fcd6794be1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformSalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"platformSalons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformSalonsQuery, PlatformSalonsQueryVariables>;
export const ApproveApplicationDocument = {"__meta__":{"hash":"sha256:449a68d03ef0ddaf827bc21321d0bda48b7c9440d67911b7e88ce0a043e779c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveSalonApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveSalonApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveApplicationMutation, ApproveApplicationMutationVariables>;
export const RejectApplicationDocument = {"__meta__":{"hash":"sha256:fb8563ab05637f89252152b78860b6cb8e5fd2ef82faa00d60f9a49be1d517be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectSalonApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rejectSalonApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RejectApplicationMutation, RejectApplicationMutationVariables>;
export const SuspendSalonDocument = {"__meta__":{"hash":"sha256:e8c65081c15b28e3dccdc5020ccc8f97d80620810c3c2f5ebc74cfe9e093d90a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendSalon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"suspendSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SuspendSalonMutation, SuspendSalonMutationVariables>;
export const ReinstateSalonDocument = {"__meta__":{"hash":"sha256:86d015c17e90520a54dc774d25478a5bf635c88b8e0fdbd12168d1453ad7682d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateSalon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReinstateSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reinstateSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReinstateSalonMutation, ReinstateSalonMutationVariables>;
export const MyApplicationsDocument = {"__meta__":{"hash":"sha256:09659b99a64d13c75623c20a6b764a12455b6f65595803cf8c243e92fedfcf94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const ApplyToListSalonDocument = {"__meta__":{"hash":"sha256:7311a4a60b73387b250e231b1cb25aa211585300c35cf79bb83eb42185c0f65e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToListSalon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToListSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyToListSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyToListSalonMutation, ApplyToListSalonMutationVariables>;
export const MyBookingsDocument = {"__meta__":{"hash":"sha256:064c65d82d4f473cbf7097046182cd5bbd15c5cb26972fd333a0d351b4c6c16c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myBookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"savesCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDueHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"}},{"kind":"Field","name":{"kind":"Name","value":"balanceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"noShowFeeHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelFeeHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelWindowHours"}},{"kind":"Field","name":{"kind":"Name","value":"savesCard"}},{"kind":"Field","name":{"kind":"Name","value":"savesCardBeyondDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chargedToSavedCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPosition"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"editableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyBookingsQuery, MyBookingsQueryVariables>;
export const CancelMyBookingDocument = {"__meta__":{"hash":"sha256:5c966e401064e3f8286f06006149bbc4f64f22285215f9578d354b865594f06f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMyBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelMyBookingMutation, CancelMyBookingMutationVariables>;
export const ReviewBookingDocument = {"__meta__":{"hash":"sha256:eac72530772874594cf0fba24b738bb48b88e671a963f268937d030432a0d061"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewBookingMutation, ReviewBookingMutationVariables>;
export const EditMyReviewDocument = {"__meta__":{"hash":"sha256:8b74280255b9a217b69dcd4fcebc56761f13df60abdf72c1ba1b5afdd0f32195"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditMyReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"editReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditMyReviewMutation, EditMyReviewMutationVariables>;
export const HomeSalonsDocument = {"__meta__":{"hash":"sha256:e4b40873dcd7c050070e86d0d1c4d821feb326dd826c632070c1f31e82e4b994"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeSalons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SalonFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"ratingAverage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"minHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"maxHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HomeSalonsQuery, HomeSalonsQueryVariables>;
export const InvoiceDocumentDocument = {"__meta__":{"hash":"sha256:c7971d1249264b1a0b06d5287ef9ec0733d516daf15ae9b6be5e9625067e20a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sellerNameAr"}},{"kind":"Field","name":{"kind":"Name","value":"sellerNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"vatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"totalHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMeans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceDocumentQuery, InvoiceDocumentQueryVariables>;
export const RequestCodeDocument = {"__meta__":{"hash":"sha256:3920aed4a1c5453f224379bf5cf6159554bd0cf3bed434206644dde45b0d122a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPhoneCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPhoneCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RequestCodeMutation, RequestCodeMutationVariables>;
export const VerifyCodeDocument = {"__meta__":{"hash":"sha256:1d03f4538e50809fc0ef74d8b247bb0add3d25ddf257b3d397101df31fad7db1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPhoneCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyPhoneCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyCodeMutation, VerifyCodeMutationVariables>;
export const MySalonsDocument = {"__meta__":{"hash":"sha256:09b1e9dffa4b5c048fc9eb096a43ad0e25821f3249839ece6eb98ccd2a603e6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mySalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPrepayment"}},{"kind":"Field","name":{"kind":"Name","value":"autoConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}}]}}]}}]} as unknown as DocumentNode<MySalonsQuery, MySalonsQueryVariables>;
export const SalonPaymentsDocument = {"__meta__":{"hash":"sha256:822ba0055e4897bdf9affd8422c9f147a2d5e33fa26d85a5b3817baa78fa072b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salonPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"cardCompany"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonPaymentsQuery, SalonPaymentsQueryVariables>;
export const RefundFromManagerDocument = {"__meta__":{"hash":"sha256:15818a3be3069a000324931df254f372151fe9d45b0edbf49282c33da92f47b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundFromManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refundedHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundFromManagerMutation, RefundFromManagerMutationVariables>;
export const UpdateSalonSettingsDocument = {"__meta__":{"hash":"sha256:95d3e9e451ee0db80b99a3732505caaba9bbaf536ff40a8d12b2099244c410cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSalonSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSalonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateSalon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameAr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionAr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPrepayment"}},{"kind":"Field","name":{"kind":"Name","value":"autoConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSalonSettingsMutation, UpdateSalonSettingsMutationVariables>;
export const UpdateMyProfileDocument = {"__meta__":{"hash":"sha256:2217eb6fca95dd8e9964bd86c48dddf63b3d5c48dee4cbaed635114b7c4a9b2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ReportSalonsDocument = {"__meta__":{"hash":"sha256:cb7e3a04491449f8d22ca5ca79293ca18d2af63fd2d90bd5f8825609830e6064"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportSalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mySalons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<ReportSalonsQuery, ReportSalonsQueryVariables>;
export const SalonReportDocument = {"__meta__":{"hash":"sha256:d9ef963325bae5b855755324440a3cedeca03d4fef30c7b8d58b60c7325279e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salonReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salonId"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grossHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundsHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"netHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"counterHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingCount"}},{"kind":"Field","name":{"kind":"Name","value":"bookedHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"returningCustomers"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grossHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"refundsHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"netHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"vatHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"counterHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingCount"}},{"kind":"Field","name":{"kind":"Name","value":"bookedHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"returningCustomers"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonReportQuery, SalonReportQueryVariables>;
export const SalonPageDocument = {"__meta__":{"hash":"sha256:3c063b4a2b2219690a3e3f2c9dfd2c768ed2162b103c7409e449fbc20b289516"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"ratingAverage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPrepayment"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"minHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"maxHalalas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcset"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDueHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"}},{"kind":"Field","name":{"kind":"Name","value":"balanceHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"noShowFeeHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelFeeHalalas"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancelWindowHours"}},{"kind":"Field","name":{"kind":"Name","value":"savesCardBeyondDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalonPageQuery, SalonPageQueryVariables>;
export const MyWorkplacesDocument = {"__meta__":{"hash":"sha256:061e2a97c0a0d89ddbc10b563f4d0d9cc2d8c7f1567c1c7e6f1ca72cef34f62f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkplaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myWorkplaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photoConsent"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkplacesQuery, MyWorkplacesQueryVariables>;